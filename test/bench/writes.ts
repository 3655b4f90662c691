/**
 * Write path: postAnswer and voteOnAnswer at 50 concurrent clients (each a signed-in user over
 * HTTP on 127.0.0.1), each for a fixed time. Prints throughput and latency percentiles.
 * Usage: npm run bench:writes
 */
import { answer, ask } from '../support/forum.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { categoryId, ms, now, startBench, summarize } from './harness.js';

const CLIENTS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

async function load(clients: GraphQLClient[], operation: (client: GraphQLClient, i: number, n: number) => Promise<unknown>) {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = now() + SECONDS * 1000;
  await Promise.all(
    clients.map(async (client, i) => {
      for (let n = 0; now() < deadline; n++) {
        const started = now();
        try {
          await operation(client, i, n);
          latencies.push(now() - started);
        } catch {
          errors++;
        }
      }
    }),
  );
  return { ...summarize(latencies), perSecond: latencies.length / SECONDS, errors };
}

const bench = await startBench();
try {
  const category = await categoryId(bench);
  const users = await Promise.all(Array.from({ length: CLIENTS }, () => bench.user()));
  const clients = users.map((u) => u.client);
  const expert = await bench.user('expert');
  const topics = await Promise.all(Array.from({ length: 10 }, () => ask(null, users[0]!.client, { categoryId: category })));
  const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => answer(expert.client, topics[i % 10]!.id, `Answer ${i} with enough words to be real.`)));

  console.log(`write path: ${CLIENTS} concurrent clients, ${SECONDS} s each\n`);
  const posts = await load(clients, (client, i, n) =>
    client.ok('mutation($i: PostAnswerInput!) { postAnswer(input: $i) { answer { id } } }', {
      i: { topicId: topics[(i + n) % 10]!.id, body: `Reply ${n} from client ${i}: have you tried restarting the sync service?` },
    }),
  );
  console.log(`postAnswer (10 topics):         ${posts.perSecond.toFixed(0)}/s  p50 ${ms(posts.p50)}  p99 ${ms(posts.p99)}  max ${ms(posts.max)}  errors ${posts.errors}`);

  const spread = await load(clients, (client, i, n) =>
    client.ok('mutation($i: VoteOnAnswerInput!) { voteOnAnswer(input: $i) { answer { score } } }', {
      i: { answerId: answers[(i + n) % 50]!, value: n % 3 === 0 ? -1 : 1 },
    }),
  );
  console.log(`voteOnAnswer (50 answers):      ${spread.perSecond.toFixed(0)}/s  p50 ${ms(spread.p50)}  p99 ${ms(spread.p99)}  max ${ms(spread.max)}  errors ${spread.errors}`);

  const hot = await load(clients, (client, _i, n) =>
    client.ok('mutation($i: VoteOnAnswerInput!) { voteOnAnswer(input: $i) { answer { score } } }', {
      i: { answerId: answers[0]!, value: n % 2 === 0 ? 1 : -1 },
    }),
  );
  console.log(`voteOnAnswer (one hot answer):  ${hot.perSecond.toFixed(0)}/s  p50 ${ms(hot.p50)}  p99 ${ms(hot.p99)}  max ${ms(hot.max)}  errors ${hot.errors}`);

  const [check] = await bench.app.deps.orm.em
    .getConnection()
    .execute<Array<{ bad: number }>>('select count(*)::int as bad from answer a where a.score <> coalesce((select sum(value) from answer_vote v where v.answer_id = a.id), 0)');
  console.log(`\nscore = sum of votes on every answer: ${check!.bad === 0 ? 'yes' : `NO (${check!.bad} answers differ)`}`);
} finally {
  await bench.close();
}
