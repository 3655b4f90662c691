/**
 * Search speed with 30,000+ threads indexed, with sentence vectors (hybrid search): GraphQL
 * `search` at 20 concurrent clients and at 1, and in the same run the raw Meilisearch HTTP request
 * the page makes for the same queries (the limit): its words search and its search by meaning, with
 * a precomputed query vector.
 * Query encoding is timed on its own line. Then index freshness: from an accepted answer's commit
 * to the thread being findable as resolved.
 * Threads are bulk-written with SQL (a 30k load through the API would measure the write path)
 * and indexed through the real outbox and indexer. The 30k threads are the 2,726 corpus threads
 * repeated with a number in the title: the corpus is encoded for real, and each copy reuses its
 * original's vectors (encoding 60k texts on this machine's CPU would take an hour, and a copy's
 * vector costs Meilisearch the same to search). Usage: npm run bench:search
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildDocuments } from '../../api/src/search/documents.js';
import { BUNDLED_MODEL, embeddingTexts, hashText, type SemanticQuery } from '../../api/src/search/semantic/semantic.js';
import { rankedPageQueries, shownPageQuery } from '../../api/src/search/search.service.js';
import { similarityOf } from '../../api/src/search/similar.js';
import { answer, ask, ACCEPT } from '../support/forum.js';
import { GraphQLClient } from '../support/graphql-client.js';
import { categoryId, ms, now, profiled, startBench, summarize } from './harness.js';

const THREADS = Number(process.env.BENCH_THREADS ?? 30_000);
const CLIENTS = 20;
const SECONDS = 5;
const ROUNDS = 3;

const dataset = path.resolve(import.meta.dirname, '../../../shared/datasets/stackexchange-dups');
const corpus = fs.readFileSync(path.join(dataset, 'corpus.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { title: string; body: string });
const queries = fs.readFileSync(path.join(dataset, 'dev.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { title: string }).title);

const bench = await startBench({ embedder: { kind: 'bundled' } });
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
  // Vectors: the corpus encoded once, copies given their original's vectors in the cache.
  const encodeStarted = now();
  const em = bench.app.deps.orm.em.fork();
  const topicIds = (await connection.execute<Array<{ id: number }>>('select id from topic order by id')).map((r) => r.id);
  const originals = topicIds.slice(0, corpus.length);
  for (let i = 0; i < originals.length; i += 200) await bench.app.deps.semantic.encodeMissing(em, (await buildDocuments(em, originals.slice(i, i + 200))).documents);
  console.log(`${originals.length} corpus threads encoded in ${((now() - encodeStarted) / 1000).toFixed(1)} s`);
  const position = new Map(topicIds.map((id, i) => [id, i]));
  const originalOf = (id: number) => topicIds[position.get(id)! % corpus.length]!;
  for (let i = corpus.length; i < topicIds.length; i += 500) {
    const ids = topicIds.slice(i, i + 500);
    const copies = (await buildDocuments(em, ids)).documents;
    const sources = new Map((await buildDocuments(em, [...new Set(ids.map(originalOf))])).documents.map((d) => [d.id, d]));
    const pairs: Buffer[] = [];
    for (const copy of copies) {
      const source = sources.get(originalOf(copy.id))!;
      const [copyTexts, sourceTexts] = [embeddingTexts(copy), embeddingTexts(source)];
      copyTexts.forEach((text, k) => pairs.push(hashText(text), hashText(sourceTexts[Math.min(k, sourceTexts.length - 1)]!)));
    }
    await connection.execute(
      `insert into embedding (model, text_hash, vector)
       select e.model, v.copy, e.vector from (values ${Array.from({ length: pairs.length / 2 }, () => '(?::bytea, ?::bytea)').join(', ')}) v(copy, source)
       join embedding e on e.model = ? and e.text_hash = v.source on conflict do nothing`,
      [...pairs, BUNDLED_MODEL],
    );
  }
  await connection.execute('insert into search_outbox (topic_id) select id from topic');
  bench.app.deps.indexer.kick();
  await bench.app.deps.indexer.idle(900_000);
  console.log(`${THREADS} threads written and indexed, with vectors, through the outbox in ${((now() - loadStarted) / 1000).toFixed(1)} s\n`);

  // Query vectors, computed once for the raw searches; GraphQL computes its own (cached after the first use, as for text typed again).
  const semantic = bench.app.deps.semantic;
  const encodeTimes: number[] = [];
  const queryParams = new Map<string, SemanticQuery>();
  for (const q of queries) {
    const started = now();
    queryParams.set(q, (await semantic.query(q, 1))!);
    encodeTimes.push(now() - started);
  }
  const encoding = summarize(encodeTimes);
  console.log(`query embedding (bundled encoder, its worker thread, ${encoding.n} dev titles): p50 ${ms(encoding.p50)}  p99 ${ms(encoding.p99)}\n`);

  const client = new GraphQLClient(bench.url);
  // What the search page asks for (web/src/graphql/documents.ts SearchQuery).
  const SEARCH = `query($q: String!) { search(query: $q, first: 20) {
    totalHits edges { node { titleHtml snippetHtml topicId status answerCount category { name slug } } }
    pageInfo { hasNextPage endCursor } facets { categories { value label count } statuses { value label count } tags { value label count } } } }`;
  const meili = bench.app.deps.meili;
  // Each concurrent client is a visitor of its own, as on a real search page.
  const visitors = Array.from({ length: CLIENTS }, () => new GraphQLClient(bench.url));
  const run = async (operation: (q: string, visitor: GraphQLClient) => Promise<unknown>, clients = CLIENTS) => {
    const latencies: number[] = [];
    const deadline = now() + SECONDS * 1000;
    let next = 0;
    await Promise.all(
      Array.from({ length: clients }, async (_, c) => {
        while (now() < deadline) {
          const q = queries[next++ % queries.length]!;
          const started = now();
          await operation(q, visitors[c]!);
          latencies.push(now() - started);
        }
      }),
    );
    return { ...summarize(latencies), perSecond: latencies.length / SECONDS };
  };
  // The same requests the API makes for the page, straight to Meilisearch: the words and the meaning
  // searches it re-ranks (with the count and facets), the similarity of word candidates outside the
  // nearest, then marks and snippets for the 20 shown (here
  // the first 20 by words; the API's are re-ranked). Word counts for IDF are cached by then.
  const uid = bench.app.deps.searchIndex;
  const rawSearch = async (q: string) => {
    const { results } = await meili.multiSearch({ queries: rankedPageQueries(uid, q, [], queryParams.get(q)!) });
    const near = new Set(results[1]!.hits.map((hit) => hit.id as number));
    const unscored = results[0]!.hits.map((hit) => hit.id as number).filter((id) => !near.has(id));
    await similarityOf(meili, uid, queryParams.get(q)!, unscored);
    const shown = [...new Set([...results[0]!.hits, ...results[1]!.hits].map((hit) => hit.id as number))].slice(0, 20);
    if (shown.length) await meili.index(uid).search(q, shownPageQuery(q, shown, queryParams.get(q)!));
  };
  // Warm: every query once through GraphQL, so its vector is cached as it is for text typed again.
  for (const q of queries) await client.ok(SEARCH, { q });
  const graphqlSearch = (q: string, visitor: GraphQLClient) => visitor.ok(SEARCH, { q });
  // This machine's speed drifts within a run (a shared VM: the same phase ran at 37/s and 59/s
  // minutes apart), so raw and GraphQL take turns, and each figure is the median of its rounds.
  const median = (values: number[]) => summarize(values).p50;
  const compare = async (clients: number) => {
    const rounds = { raw: [] as Array<Awaited<ReturnType<typeof run>>>, graphql: [] as Array<Awaited<ReturnType<typeof run>>> };
    for (let round = 0; round < ROUNDS; round++) {
      rounds.raw.push(await run(rawSearch, clients));
      rounds.graphql.push(await (clients === 1 && round === 0 ? profiled('search-1-client', () => run(graphqlSearch, 1)) : run(graphqlSearch, clients)));
    }
    const figures = (r: typeof rounds.raw) => ({ p50: median(r.map((x) => x.p50)), p99: median(r.map((x) => x.p99)), perSecond: median(r.map((x) => x.perSecond)), each: r.map((x) => x.perSecond.toFixed(0)).join(', ') });
    return { raw: figures(rounds.raw), graphql: figures(rounds.graphql) };
  };
  const many = await compare(CLIENTS);
  console.log(`search at ${CLIENTS} concurrent clients, ${ROUNDS} rounds of ${SECONDS} s each (medians), dev question titles as queries`);
  console.log(`  GraphQL search:          p50 ${ms(many.graphql.p50)}  p99 ${ms(many.graphql.p99)}  ${many.graphql.perSecond.toFixed(0)}/s (rounds: ${many.graphql.each})`);
  console.log(`  raw Meilisearch search:  p50 ${ms(many.raw.p50)}  p99 ${ms(many.raw.p99)}  ${many.raw.perSecond.toFixed(0)}/s (rounds: ${many.raw.each})`);
  console.log(`  GraphQL overhead at p50: ${ms(many.graphql.p50 - many.raw.p50)}; throughput ${((100 * many.graphql.perSecond) / many.raw.perSecond).toFixed(0)}% of raw\n`);
  // One client: what the API adds to a search when the machine is not saturated.
  const one = await compare(1);
  console.log(`search with 1 client, ${ROUNDS} rounds of ${SECONDS} s each (medians)`);
  console.log(`  GraphQL search:          p50 ${ms(one.graphql.p50)}  p99 ${ms(one.graphql.p99)}`);
  console.log(`  raw Meilisearch search:  p50 ${ms(one.raw.p50)}  p99 ${ms(one.raw.p99)}`);
  console.log(`  GraphQL overhead at p50: ${ms(one.graphql.p50 - one.raw.p50)}\n`);

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
      const { hits } = await meili.index(bench.app.deps.searchIndex).search(word, { filter: ['status = "resolved"'], limit: 1 });
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
