/**
 * Search speed with 30,000+ threads indexed: GraphQL `search` at 20 concurrent clients, and in
 * the same run the raw Meilisearch HTTP search for the same queries (the limit). Then index
 * freshness: from an accepted answer's commit to the thread being findable as resolved.
 * Threads are bulk-written with SQL (a 30k load through the API would measure the write path)
 * and indexed through the real outbox and indexer. Usage: npm run bench:search
 */
import fs from 'node:fs';
import path from 'node:path';
import { answer, ask, ACCEPT } from '../support/forum.js';
import { GraphQLClient } from '../support/graphql-client.js';
import { categoryId, ms, now, startBench, summarize } from './harness.js';

const THREADS = Number(process.env.BENCH_THREADS ?? 30_000);
const CLIENTS = 20;
const SECONDS = 8;

const dataset = path.resolve(import.meta.dirname, '../../../shared/datasets/stackexchange-dups');
const corpus = fs.readFileSync(path.join(dataset, 'corpus.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { title: string; body: string });
const queries = fs.readFileSync(path.join(dataset, 'dev.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { title: string }).title);

const bench = await startBench();
try {
  const connection = bench.app.deps.orm.em.getConnection();
  const author = await bench.user();
  const authorId = (await connection.execute<Array<{ id: number }>>('select id from app_user order by id limit 1'))[0]!.id;
  const catId = (await connection.execute<Array<{ id: number }>>('select id from category limit 1'))[0]!.id;
  const loadStarted = now();
  for (let start = 0; start < THREADS; start += 1000) {
    const values: unknown[] = [];
    const rows: string[] = [];
    for (let i = start; i < Math.min(THREADS, start + 1000); i++) {
      const doc = corpus[i % corpus.length]!;
      rows.push("(?, ?, '', ?, ?, ?)");
      values.push(`${doc.title}${i >= corpus.length ? ` (${Math.floor(i / corpus.length)})` : ''}`.slice(0, 200), doc.body.slice(0, 4000), authorId, catId, i % 3 === 0 ? 'resolved' : 'answered');
    }
    await connection.execute(`insert into topic (title, body, body_html, author_id, category_id, status) values ${rows.join(', ')}`, values);
  }
  await connection.execute('insert into search_outbox (topic_id) select id from topic');
  bench.app.deps.indexer.kick();
  await bench.app.deps.indexer.idle(900_000);
  console.log(`${THREADS} threads written and indexed through the outbox in ${((now() - loadStarted) / 1000).toFixed(1)} s\n`);

  const client = new GraphQLClient(bench.url);
  const SEARCH = 'query($q: String!) { search(query: $q, first: 20) { totalHits edges { node { titleHtml snippetHtml topic { id title status } } } } }';
  const meiliIndex = bench.app.deps.meili.index(bench.app.deps.searchIndex);
  const run = async (operation: (q: string) => Promise<unknown>, clients = CLIENTS) => {
    const latencies: number[] = [];
    const deadline = now() + SECONDS * 1000;
    let next = 0;
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (now() < deadline) {
          const q = queries[next++ % queries.length]!;
          const started = now();
          await operation(q);
          latencies.push(now() - started);
        }
      }),
    );
    return { ...summarize(latencies), perSecond: latencies.length / SECONDS };
  };
  // The same request the API makes (highlights, crops, facets), straight to Meilisearch.
  const rawOptions = { limit: 20, facets: ['categoryId', 'status', 'tags'], attributesToRetrieve: ['id', 'categoryName', 'categoryId'], attributesToHighlight: ['title', 'officialAnswer', 'acceptedAnswer', 'body'], attributesToCrop: ['officialAnswer', 'acceptedAnswer', 'body'], cropLength: 28, showMatchesPosition: true };
  const raw = await run((q) => meiliIndex.search(q, rawOptions));
  const graphql = await run((q) => client.ok(SEARCH, { q }));
  console.log(`search at ${CLIENTS} concurrent clients, ${SECONDS} s each, dev question titles as queries`);
  console.log(`  GraphQL search:          p50 ${ms(graphql.p50)}  p99 ${ms(graphql.p99)}  ${graphql.perSecond.toFixed(0)}/s`);
  console.log(`  raw Meilisearch search:  p50 ${ms(raw.p50)}  p99 ${ms(raw.p99)}  ${raw.perSecond.toFixed(0)}/s`);
  console.log(`  GraphQL overhead at p50: ${ms(graphql.p50 - raw.p50)}\n`);
  // One client: what the API adds to a search when the machine is not saturated.
  const rawAlone = await run((q) => meiliIndex.search(q, rawOptions), 1);
  const graphqlAlone = await run((q) => client.ok(SEARCH, { q }), 1);
  console.log(`search with 1 client, ${SECONDS} s each`);
  console.log(`  GraphQL search:          p50 ${ms(graphqlAlone.p50)}  p99 ${ms(graphqlAlone.p99)}`);
  console.log(`  raw Meilisearch search:  p50 ${ms(rawAlone.p50)}  p99 ${ms(rawAlone.p99)}`);
  console.log(`  GraphQL overhead at p50: ${ms(graphqlAlone.p50 - rawAlone.p50)}\n`);

  // Freshness: accept an answer, then poll search until the thread shows as resolved.
  const expert = await bench.user('expert');
  const category = await categoryId(bench);
  const freshness: number[] = [];
  for (let i = 0; i < 30; i++) {
    const word = `fresh${i}x${Math.random().toString(36).slice(2, 8)}`;
    const topic = await ask(null, author.client, { title: `Freshness probe ${word} question`, categoryId: category });
    const answerId = await answer(expert.client, topic.id);
    await bench.app.deps.indexer.idle();
    const committed = now();
    await author.client.ok(ACCEPT, { input: { answerId } });
    for (;;) {
      const { hits } = await meiliIndex.search(word, { filter: ['status = "resolved"'], limit: 1 });
      if (hits.length) break;
      await new Promise((r) => setTimeout(r, 2));
    }
    freshness.push(now() - committed);
  }
  const f = summarize(freshness);
  console.log(`index freshness (accept committed → findable as resolved), ${f.n} samples: p50 ${ms(f.p50)}  p99 ${ms(f.p99)}  max ${ms(f.max)}`);
} finally {
  await bench.close();
}
// Something in the 30k run keeps the event loop alive after close (not yet found): end explicitly.
process.exit(0);
