/**
 * The staff support queue with 10,000 questions waiting (and 10,000 already answered): slaQueue
 * through GraphQL at 1 and 10 clients, the queue SQL alone (EXPLAIN ANALYZE), and how long an admin's
 * new target takes to move every waiting deadline. Usage: npm run bench:sla-queue
 */
import { ms, now, startBench, summarize } from './harness.js';

const WAITING = Number(process.env.BENCH_WAITING ?? 10_000);
const SECONDS = 5;

const bench = await startBench();
try {
  const connection = bench.app.deps.orm.em.getConnection();
  const staff = await bench.user('staff');
  const admin = await bench.user('staff');
  await connection.execute("update app_user set role = 'admin' where id = (select max(id) from app_user)");
  await bench.user(); // the asker
  const [{ id: authorId }] = (await connection.execute<Array<{ id: number }>>('select min(id) as id from app_user where role = ?', ['customer'])) as [{ id: number }];
  const [{ id: categoryId }] = (await connection.execute<Array<{ id: number }>>('select id from category limit 1')) as [{ id: number }];
  const started = now();
  // Waiting questions spread over the last week across the three plans; as many answered by staff.
  await connection.execute(
    `insert into topic (title, body, body_html, author_id, category_id, status, created_at, sla_plan, sla_due_at, staff_answered_at)
     select 'Queue question ' || g, 'Body of queue question ' || g, '', ?, ?, 'open', c.at, c.plan,
            c.at + case c.plan when 'critical' then interval '15 minutes' when 'premium' then interval '1 hour' else interval '2 days' end,
            case when g > ? then c.at + interval '10 minutes' end
     from generate_series(1, ?) g,
          lateral (select now() - (g % 10080) * interval '1 minute' as at, (array['free', 'premium', 'critical'])[1 + g % 3] as plan) c`,
    [authorId, categoryId, WAITING, WAITING * 2],
  );
  await connection.execute('analyze topic');
  console.log(`${WAITING} waiting + ${WAITING} answered questions written in ${((now() - started) / 1000).toFixed(1)} s\n`);

  const QUEUE = '{ slaQueue(first: 50) { openCount breachedCount items { dueAt plan claimedBy { id } topic { id title author { displayName } category { name } } } } }';
  const run = async (clients: number) => {
    const latencies: number[] = [];
    const deadline = now() + SECONDS * 1000;
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (now() < deadline) {
          const t0 = now();
          const { slaQueue } = await staff.client.ok(QUEUE);
          if (slaQueue.openCount !== WAITING) throw new Error(`queue holds ${slaQueue.openCount}, expected ${WAITING}`);
          latencies.push(now() - t0);
        }
      }),
    );
    return { ...summarize(latencies), perSecond: latencies.length / SECONDS };
  };
  for (const clients of [1, 10]) {
    const r = await run(clients);
    console.log(`slaQueue(first: 50) at ${clients} client(s): p50 ${ms(r.p50)}  p99 ${ms(r.p99)}  ${r.perSecond.toFixed(0)}/s`);
  }
  const plan = await connection.execute<Array<{ 'QUERY PLAN': string }>>(
    `explain analyze select t.id from topic t
     where t.sla_due_at is not null and t.staff_answered_at is null and t.accepted_answer_id is null and t.official_answer_id is null
       and not t.is_hidden and not t.is_locked and t.duplicate_of_id is null order by t.sla_due_at, t.id limit 50`,
  );
  const text = plan.map((r) => r['QUERY PLAN']).join('\n');
  console.log(`queue SQL alone: ${text.match(/Execution Time: ([\d.]+) ms/)?.[1]} ms (${text.includes('topic_sla_queue_idx') ? 'partial index' : 'NO INDEX'})`);
  const counts = (
    await connection.execute<Array<{ 'QUERY PLAN': string }>>(
      `explain analyze select count(*), count(*) filter (where t.sla_due_at < now()) from topic t
       where t.sla_due_at is not null and t.staff_answered_at is null and t.accepted_answer_id is null and t.official_answer_id is null
         and not t.is_hidden and not t.is_locked and t.duplicate_of_id is null`,
    )
  ).map((r) => r['QUERY PLAN']).join('\n');
  console.log(`queue counts SQL: ${counts.match(/Execution Time: ([\d.]+) ms/)?.[1]} ms`);

  const t0 = now();
  await admin.client.ok('mutation { updateSlaPolicy(input: { plan: FREE, firstResponseMinutes: 480, businessTime: true }) { policy { plan } } }');
  console.log(`new free-plan target: ${Math.round(WAITING / 3)} waiting deadlines recomputed in ${ms(now() - t0)}`);
} finally {
  await bench.close();
}
