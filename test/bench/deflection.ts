/**
 * Ask-form suggestion quality on real duplicate questions (shared/datasets/stackexchange-dups).
 * Loads the corpus as resolved threads through the real write path (services, events, search
 * outbox, indexer, the bundled sentence encoder), sends every query through the ask form's own
 * GraphQL query (similarTopics), and prints recall@1/5/10 and MRR@10 for title only and
 * title+body: the lexical ranking (the same API with its embedder switched off), the hybrid one,
 * and the PostgreSQL full-text baseline (lexemes OR-ed, ts_rank) that Discourse and NodeBB ship.
 * Then "with duplicate history": in file order, each query is scored, then asked and closed as a
 * duplicate of its target through the real mutation, as staff would; later queries with the same
 * target can find it by the earlier wording.
 * Usage: npm run bench:deflection [-- dev|test]   (tune on dev only; run test once, at the end)
 *        BENCH_COLD_ONLY=1 stops after the cold figures; BENCH_HYBRID_ONLY=1 prints only the hybrid ones.
 *        BENCH_SIMILAR='{"perWord":20}' overrides ranking parameters (similarTuning) for the run, to try one on dev.
 * The search page is scored too, with each question's title typed into it (its first ten results).
 */
import fs from 'node:fs';
import path from 'node:path';
import { setAnswerMark, postAnswer } from '../../api/src/answers/answers.service.js';
import { User } from '../../api/src/accounts/user.entity.js';
import type { ServiceContext } from '../../api/src/graphql/context.js';
import { askQuestion } from '../../api/src/topics/topics.service.js';
import { parseGlobalId, toGlobalId } from '../../api/src/graphql/ids.js';
import { closeAsDuplicate } from '../../api/src/moderation/moderation.service.js';
import { Semantic } from '../../api/src/search/semantic/semantic.js';
import { similarCandidates, similarTuning } from '../../api/src/search/similar.js';
import { rebuildIndex } from '../../api/src/search/reindex.js';
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

Object.assign(similarTuning, JSON.parse(process.env.BENCH_SIMILAR ?? '{}'));
const bench = await startBench({ embedder: { kind: 'bundled' } });
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
  await bench.app.deps.indexer.idle(1_800_000);
  console.log(`loaded ${corpus.length} resolved threads through the write path and indexed them, with vectors, in ${((now() - loadStarted) / 1000).toFixed(1)} s`);
  console.log(`${queries.length} ${split} queries (real questions closed as duplicates)\n`);

  const visitor = new GraphQLClient(bench.url);
  // What the ask form asks for (web/src/graphql/documents.ts SimilarTopicsQuery), ten of them for recall@10.
  const SIMILAR = 'query($title: String!, $body: String) { similarTopics(title: $title, body: $body, first: 10) { topicId titleHtml answerExcerpt status answerCount } }';

  type Ranker = (q: (typeof queries)[number]) => Promise<string[]>;
  const evaluate = async (rank: Ranker) => {
    const latencies: number[] = [];
    const positions: number[] = [];
    let r1 = 0, r5 = 0, r10 = 0, mrr = 0;
    for (const q of queries) {
      const started = now();
      const ids = await rank(q);
      latencies.push(now() - started);
      const targets = new Set(q.duplicate_of.map((id) => topicOf.get(id)));
      const position = ids.findIndex((id) => targets.has(id));
      positions.push(position);
      if (position === 0) r1++;
      if (position >= 0 && position < 5) r5++;
      if (position >= 0 && position < 10) { r10++; mrr += 1 / (position + 1); }
    }
    const n = queries.length;
    return { positions, r1: r1 / n, r5: r5 / n, r10: r10 / n, mrr: mrr / n, latency: summarize(latencies), p95: [...latencies].sort((a, b) => a - b)[Math.floor(0.95 * latencies.length)]! };
  };

  const commons = (withBody: boolean): Ranker => async (q) =>
    (await visitor.ok(SIMILAR, { title: q.title.slice(0, 200), body: withBody ? q.body.slice(0, 20_000) : null })).similarTopics.map((s: { topicId: string }) => s.topicId);

  // The search page asked the question's title: its first ten results.
  const SEARCH = 'query($q: String!) { search(query: $q, first: 10) { edges { node { topicId } } } }';
  const searchPage: Ranker = async (q) =>
    (await visitor.ok(SEARCH, { q: q.title.slice(0, 300) })).search.edges.map((e: { node: { topicId: string } }) => e.node.topicId);

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
    console.log(`${name.padEnd(40)} recall@1 ${r.r1.toFixed(3)}  recall@5 ${r.r5.toFixed(3)}  recall@10 ${r.r10.toFixed(3)}  MRR@10 ${r.mrr.toFixed(3)}  p50 ${ms(r.latency.p50)}  p95 ${ms(r.p95)}`);

  // BENCH_TUNE=file (dev only): write every dev query's candidates with both raw scores, for tuning
  // the mix offline (test/bench/tune-mix.ts), then stop. Never on the test split.
  if (process.env.BENCH_TUNE && split === 'dev') {
    Object.assign(similarTuning, { semanticLimit: 100, semanticOnlyMinCosine: -1 });
    const dump: unknown[] = [];
    for (const withBody of [false, true]) {
      for (const q of queries) {
        const { candidates } = await similarCandidates(bench.app.deps.meili, bench.app.deps.searchIndex, bench.app.deps.semantic, q.title.slice(0, 200), withBody ? q.body.slice(0, 20_000) : '');
        const targets = q.duplicate_of.flatMap((id) => (topicOf.has(id) ? [parseGlobalId(topicOf.get(id)!)!.id] : []));
        dump.push({ withBody, targets, candidates: candidates.map((c) => [c.id, c.bm25, c.similarity ?? null, c.resolved]) });
      }
    }
    // Which corpus document each thread is, so offline experiments can compute features of their own.
    const corpusIdOf = Object.fromEntries([...topicOf].map(([corpusId, topicId]) => [parseGlobalId(topicId)!.id, corpusId]));
    fs.writeFileSync(process.env.BENCH_TUNE, JSON.stringify({ corpusIdOf, rows: dump }));
    console.log(`wrote ${dump.length} queries' candidates to ${process.env.BENCH_TUNE}`);
    await bench.close();
    process.exit(0);
  }

  // The lexical ranking is the same GraphQL query with the app's embedder switched off for the run.
  const hybridSemantic = bench.app.deps.semantic;
  const lexicalOnly = async <T>(run: () => Promise<T>) => {
    bench.app.deps.semantic = new Semantic({ kind: 'none' }, bench.app.deps.log);
    try {
      return await run();
    } finally {
      bench.app.deps.semantic = hybridSemantic;
    }
  };
  if (process.env.BENCH_HYBRID_ONLY) {
    // The hybrid suggestions alone (a quick check of their speed after a change; cold figures only).
    for (const withBody of [false, true]) print(`Commons hybrid similarTopics (${withBody ? 'title+body' : 'title'})`, await evaluate(commons(withBody)));
    print('Commons search page (title)', await evaluate(searchPage));
    await bench.close();
    process.exit(0);
  }
  // Each title query's cold position, to compare with history on the same queries.
  let coldTitlePositions: number[] = [];
  for (const withBody of [false, true]) {
    const label = withBody ? 'title+body' : 'title';
    const lexical = await lexicalOnly(() => evaluate(commons(withBody)));
    const hybrid = await evaluate(commons(withBody));
    if (!withBody) coldTitlePositions = hybrid.positions;
    const baseline = await evaluate(postgres(withBody));
    print(`Commons lexical similarTopics (${label})`, lexical);
    print(`Commons hybrid similarTopics (${label})`, hybrid);
    print(`PostgreSQL FTS baseline (${label})`, baseline);
    if (!withBody) {
      print('Commons search page, words only (title)', await lexicalOnly(() => evaluate(searchPage)));
      print('Commons search page (title)', await evaluate(searchPage));
    }
    console.log(`  hybrid vs PostgreSQL: recall@5 ${(hybrid.r5 / baseline.r5).toFixed(2)}x, MRR@10 ${(hybrid.mrr / baseline.mrr).toFixed(2)}x; vs lexical: recall@5 ${(hybrid.r5 / lexical.r5).toFixed(2)}x, MRR@10 ${(hybrid.mrr / lexical.mrr).toFixed(2)}x\n`);
  }

  // Query embedding on its own: the encoder's query thread, warm, one short title at a time.
  const encodeTimes: number[] = [];
  for (const q of queries.slice(0, 200)) {
    const started = now();
    await hybridSemantic.encoder!.encode([`${q.title} ${Math.random()}`], 'query', 10_000);
    encodeTimes.push(now() - started);
  }
  const encodeSorted = [...encodeTimes].sort((a, b) => a - b);
  console.log(`query embedding alone (bundled encoder, worker thread): p50 ${ms(encodeSorted[100]!)}  p95 ${ms(encodeSorted[190]!)}\n`);

  if (process.env.BENCH_COLD_ONLY) {
    // The cold figures only (the test split, run once at the end).
    await bench.close();
    process.exit(0);
  }

  // With duplicate history: each query is scored cold, then becomes a closed duplicate of its target.
  const customer = await bench.user('customer');
  const customerUser = await em().findOneOrFail(User, { id: parseGlobalId(customer.id)!.id });
  const seenTargets = new Set<string>();
  const history = { all: [] as number[], repeat: [] as number[], first: [] as number[] };
  const cold = { repeat: [] as number[], first: [] as number[] };
  {
    const withBody = false;
    for (const q of queries) {
      const ids = await commons(withBody)(q);
      const targets = new Set(q.duplicate_of.map((id) => topicOf.get(id)));
      const position = ids.findIndex((id) => targets.has(id));
      const repeat = q.duplicate_of.some((id) => seenTargets.has(id));
      (repeat ? history.repeat : history.first).push(position);
      (repeat ? cold.repeat : cold.first).push(coldTitlePositions[history.all.length]!);
      history.all.push(position);
      const asked = await askQuestion(ctxFor(customerUser), {
        title: fit(q.title, 10, 200, 'question'),
        body: fit(q.body || q.title, 20, 20_000, q.title),
        categoryId: categories.get(q.site === 'meta' ? 'meta' : 'askubuntu'),
        tags: [],
      });
      const target = q.duplicate_of.find((id) => topicOf.has(id));
      if (target) {
        await closeAsDuplicate(ctxFor(staffUser), asked.id, parseGlobalId(topicOf.get(target)!)!.id, 'Asked before');
        seenTargets.add(target);
      }
      if (process.env.BENCH_DEBUG) console.log('history', history.all.length, await bench.app.deps.indexer.pending(), await bench.app.deps.indexer.embeddings?.pending());
      await bench.app.deps.indexer.idle(120_000);
    }
  }
  const summary = (positions: number[]) => {
    const n = Math.max(1, positions.length);
    const at = (k: number) => positions.filter((p) => p >= 0 && p < k).length / n;
    const mrr = positions.reduce((s, p) => s + (p >= 0 && p < 10 ? 1 / (p + 1) : 0), 0) / n;
    return `recall@1 ${at(1).toFixed(3)}  recall@5 ${at(5).toFixed(3)}  recall@10 ${at(10).toFixed(3)}  MRR@10 ${mrr.toFixed(3)}  (${positions.length} queries)`;
  };
  console.log('With duplicate history (hybrid, title queries, each query then closed as a duplicate of its target):');
  console.log(`  all queries                      ${summary(history.all)}`);
  console.log(`    the same queries cold          ${summary(coldTitlePositions)}`);
  console.log(`  target asked before              ${summary(history.repeat)}`);
  console.log(`    the same queries cold          ${summary(cold.repeat)}`);
  console.log(`  target not asked before          ${summary(history.first)}`);
  console.log(`    the same queries cold          ${summary(cold.first)}`);

  // Reindex with vectors from a cold cache: what `npm run reindex` does after a model change.
  const threads = (await em().getConnection().execute<Array<{ threads: number }>>('select count(*)::int as threads from topic'))[0]!.threads;
  await em().getConnection().execute('delete from embedding');
  const rebuilt = await rebuildIndex(bench.app.deps.orm, bench.app.deps.meili, bench.app.deps.searchIndex, hybridSemantic, () => undefined);
  console.log(`\nreindex with vectors, cold cache: ${threads} threads (${rebuilt.encoded} texts encoded) in ${rebuilt.seconds.toFixed(1)} s = ${(threads / rebuilt.seconds).toFixed(1)} threads/s`);
  console.log(`API process memory with the encoder loaded (main thread and its encoder threads): RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB (this process also runs the benchmark's client)`);
} finally {
  await bench.close();
}
