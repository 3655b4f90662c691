/**
 * Ask-form suggestion quality on real duplicate questions (shared/datasets/stackexchange-dups).
 * Loads the corpus as resolved threads through the real write path (services, events, search
 * outbox, indexer), sends every query through the ask form's own GraphQL query (similarTopics),
 * and prints recall@1/5/10 and MRR@10 for title only and title+body, beside the PostgreSQL
 * full-text baseline (lexemes OR-ed, ts_rank) that Discourse and NodeBB ship.
 * Usage: npm run bench:deflection [-- dev|test]   (tune on dev only)
 */
import fs from 'node:fs';
import path from 'node:path';
import { setAnswerMark, postAnswer } from '../../api/src/answers/answers.service.js';
import { User } from '../../api/src/accounts/user.entity.js';
import type { ServiceContext } from '../../api/src/graphql/context.js';
import { askQuestion } from '../../api/src/topics/topics.service.js';
import { toGlobalId } from '../../api/src/graphql/ids.js';
import { GraphQLClient } from '../support/graphql-client.js';
import { ms, now, startBench, summarize } from './harness.js';

const split = process.argv[2] === 'test' ? 'test' : 'dev';
const dataset = path.resolve(import.meta.dirname, '../../../shared/datasets/stackexchange-dups');
const read = <T>(file: string): T[] =>
  fs.readFileSync(path.join(dataset, file), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as T);
const corpus = read<{ id: string; title: string; body: string; site: string }>('corpus.jsonl').slice(0, Number(process.env.BENCH_CORPUS_LIMIT ?? Infinity));
const queries = read<{ query_id: string; title: string; body: string; duplicate_of: string[]; site: string }>(`${split}.jsonl`);

const fit = (text: string, min: number, max: number, pad: string) => {
  const t = text.trim().slice(0, max);
  return t.length >= min ? t : `${t} ${pad}`.slice(0, max).padEnd(min, '.');
};

const bench = await startBench();
try {
  const em = () => bench.app.deps.orm.em.fork();
  await bench.user('staff');
  const staffUser = await em().findOneOrFail(User, { role: 'staff' });
  await bench.user('expert');
  const expertUser = await em().findOneOrFail(User, { role: 'expert' });
  const ctxFor = (viewer: User): ServiceContext => ({ em: em(), viewer, deps: bench.app.deps, clientIp: 'bench' });
  await em().getConnection().execute("insert into category (slug, name) values ('askubuntu', 'Ask Ubuntu'), ('meta', 'Meta')");
  const categories = new Map((await em().getConnection().execute<Array<{ id: number; slug: string }>>('select id, slug from category')).map((c) => [c.slug, c.id]));

  // The corpus as resolved threads, written the way the app writes them.
  const loadStarted = now();
  const topicOf = new Map<string, string>();
  const load = async (doc: (typeof corpus)[number]) => {
    const topic = await askQuestion(ctxFor(staffUser), {
      title: fit(doc.title, 10, 200, 'question'),
      body: fit(doc.body || doc.title, 20, 20_000, doc.title),
      categoryId: categories.get(doc.site === 'meta' ? 'meta' : 'askubuntu'),
      tags: [],
    });
    const { answer } = await postAnswer(ctxFor(expertUser), topic.id, { body: 'This was solved in this thread.' });
    await setAnswerMark(ctxFor(staffUser), 'accepted', { answerId: answer.id });
    topicOf.set(doc.id, toGlobalId('Topic', topic.id));
  };
  // Eight writers at once, like eight people posting: sequential commits would measure fsync, not Commons.
  const queue = [...corpus];
  await Promise.all(Array.from({ length: 8 }, async () => {
    for (let doc = queue.shift(); doc; doc = queue.shift()) await load(doc);
  }));
  await bench.app.deps.indexer.idle(300_000);
  console.log(`loaded ${corpus.length} resolved threads through the write path and indexed them in ${((now() - loadStarted) / 1000).toFixed(1)} s`);
  console.log(`${queries.length} ${split} queries (real questions closed as duplicates)\n`);

  const visitor = new GraphQLClient(bench.url);
  const SIMILAR = 'query($title: String!, $body: String) { similarTopics(title: $title, body: $body, first: 10) { topic { id } } }';

  type Ranker = (q: (typeof queries)[number]) => Promise<string[]>;
  const evaluate = async (rank: Ranker) => {
    const latencies: number[] = [];
    let r1 = 0, r5 = 0, r10 = 0, mrr = 0;
    for (const q of queries) {
      const started = now();
      const ids = await rank(q);
      latencies.push(now() - started);
      const targets = new Set(q.duplicate_of.map((id) => topicOf.get(id)));
      const position = ids.findIndex((id) => targets.has(id));
      if (position === 0) r1++;
      if (position >= 0 && position < 5) r5++;
      if (position >= 0 && position < 10) { r10++; mrr += 1 / (position + 1); }
    }
    const n = queries.length;
    return { r1: r1 / n, r5: r5 / n, r10: r10 / n, mrr: mrr / n, latency: summarize(latencies), p95: [...latencies].sort((a, b) => a - b)[Math.floor(0.95 * latencies.length)]! };
  };

  const commons = (withBody: boolean): Ranker => async (q) =>
    (await visitor.ok(SIMILAR, { title: q.title.slice(0, 200), body: withBody ? q.body.slice(0, 20_000) : null })).similarTopics.map((s: { topic: { id: string } }) => s.topic.id);

  const postgres = (withBody: boolean): Ranker => async (q) => {
    const text = withBody ? `${q.title} ${q.body}` : q.title;
    const rows = await em().getConnection().execute<Array<{ id: number }>>(
      `with q as (select to_tsquery('simple', coalesce(string_agg(lexeme, ' | '), '')) as query from unnest(to_tsvector('english', ?)))
       select t.id from topic t, q
       where to_tsvector('english', t.title || ' ' || t.body) @@ q.query
       order by ts_rank(to_tsvector('english', t.title || ' ' || t.body), q.query) desc, t.id limit 10`,
      [text.slice(0, 5_000)],
    );
    return rows.map((r) => toGlobalId('Topic', r.id));
  };

  const print = (name: string, r: Awaited<ReturnType<typeof evaluate>>) =>
    console.log(`${name.padEnd(34)} recall@1 ${r.r1.toFixed(3)}  recall@5 ${r.r5.toFixed(3)}  recall@10 ${r.r10.toFixed(3)}  MRR@10 ${r.mrr.toFixed(3)}  p50 ${ms(r.latency.p50)}  p95 ${ms(r.p95)}`);

  for (const withBody of [false, true]) {
    const label = withBody ? 'title+body' : 'title';
    const ours = await evaluate(commons(withBody));
    const baseline = await evaluate(postgres(withBody));
    print(`Commons similarTopics (${label})`, ours);
    print(`PostgreSQL FTS baseline (${label})`, baseline);
    console.log(`  ratio recall@5 ${(ours.r5 / baseline.r5).toFixed(2)}x, MRR@10 ${(ours.mrr / baseline.mrr).toFixed(2)}x\n`);
  }
} finally {
  await bench.close();
}
