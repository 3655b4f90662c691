/**
 * Topic page read: the web app's own TopicPage query (topic + 50 answers + authors + the viewer's
 * votes) as a signed-in reader. Prints p50/p99 and the SQL statements one request sends.
 * Usage: npm run bench:topic-page
 */
import fs from 'node:fs';
import pg from 'pg';
import { answer, ask, VOTE } from '../support/forum.js';
import { categoryId, ms, now, startBench, summarize } from './harness.js';

// The query exactly as the web client sends it (web/src/graphql/documents.ts).
const documents = fs.readFileSync(new URL('../../web/src/graphql/documents.ts', import.meta.url), 'utf8');
const TOPIC_QUERY = documents.match(/query TopicPage[\s\S]*?\n {2}}\n/)![0];

let statements = 0;
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements++;
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof originalQuery;

const bench = await startBench();
try {
  const reader = await bench.user();
  const asker = await bench.user();
  const topic = await ask(null, asker.client, { categoryId: await categoryId(bench) });
  const authors = await Promise.all(Array.from({ length: 50 }, () => bench.user('expert')));
  const answerIds: string[] = [];
  for (const [i, author] of authors.entries()) answerIds.push(await answer(author.client, topic.id, `Answer ${i}: **try** this, then \`that\`.\n\n- one\n- two`));
  for (const id of answerIds.slice(0, 20)) await reader.client.ok(VOTE, { input: { answerId: id, value: 1 } });

  const run = () => reader.client.ok(TOPIC_QUERY, { id: topic.id });
  const first = await run();
  if (first.topic.answers.edges.length !== 50) throw new Error('expected 50 answers');
  for (let i = 0; i < 50; i++) await run(); // warm up

  const before = statements;
  await run();
  const perRequest = statements - before;

  const sequential: number[] = [];
  for (let i = 0; i < 500; i++) {
    const started = now();
    await run();
    sequential.push(now() - started);
  }
  const s = summarize(sequential);

  const concurrent: number[] = [];
  const deadline = now() + 5000;
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (now() < deadline) {
        const started = now();
        await run();
        concurrent.push(now() - started);
      }
    }),
  );
  const c = summarize(concurrent);

  console.log('topic page (topic + 50 answers + authors + viewer votes), signed-in reader');
  console.log(`  SQL statements per request: ${perRequest}`);
  console.log(`  one client:   p50 ${ms(s.p50)}  p99 ${ms(s.p99)}  (${s.n} requests)`);
  console.log(`  10 clients:   p50 ${ms(c.p50)}  p99 ${ms(c.p99)}  ${(c.n / 5).toFixed(0)} requests/s`);
} finally {
  await bench.close();
}
