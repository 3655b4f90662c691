/**
 * Email at scale, through a real SMTP server on this machine (smtp-server, the embedded receiver):
 * 1. A topic with 1,000 followers who want new answers by email at once: postAnswer's time with
 *    and without those emails (it must not grow: the transaction only writes outbox rows), and the
 *    time from posting until the mail server has accepted all 1,000.
 * 2. A daily digest for 10,000 members: how long the run takes to build and write them, and how
 *    long until all are accepted. Usage: npm run bench:mail
 */
import { fork } from 'node:child_process';
import type { MailCatcher } from '../../api/src/mail/catcher.js';
import { answer, ask } from '../support/forum.js';
import { ms, now, startBench, summarize } from './harness.js';

const FOLLOWERS = Number(process.env.BENCH_FOLLOWERS ?? 1_000);
const DIGEST_MEMBERS = Number(process.env.BENCH_DIGEST_MEMBERS ?? 10_000);
const ROUNDS = 7;

const sink = fork(new URL('./smtp-sink.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });
const catcher = { port: 0, total: 0 };
await new Promise<void>((resolve) =>
  sink.on('message', (m: { port?: number; total?: number }) => {
    if (m.port) (catcher.port = m.port), resolve();
    if (m.total) catcher.total = m.total;
  }),
);
/** Until the SMTP server has accepted `count` messages in all. */
async function received(count: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (catcher.total < count) {
    if (Date.now() > deadline) throw new Error(`Only ${catcher.total} of ${count} messages arrived within ${timeoutMs} ms.`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
const bench = await startBench({ mail: { catcher: catcher as MailCatcher } });
const sql = <T = unknown>(text: string, params: unknown[] = []) => bench.app.deps.orm.em.getConnection().execute<T[]>(text, params);
try {
  const asker = await bench.user();
  const helper = await bench.user();
  const [category] = await sql<{ id: number }>('select id from category limit 1');
  const topic = await ask(null, asker.client, { categoryId: Buffer.from(`Category:${category!.id}`).toString('base64url') });

  // Followers are written directly: signing up 1,000 people is not what is measured.
  let started = now();
  await sql(
    `insert into app_user (email, password_hash, display_name, name_key, email_verified_at)
     select 'follower' || i || '@example.test', '!', 'Follower ' || i, 'follower ' || i, now() from generate_series(1, ?) i`,
    [FOLLOWERS],
  );
  await sql(`insert into topic_follow (user_id, topic_id) select id, ? from app_user where email like 'follower%'`, [topic.dbId]);
  console.log(`${FOLLOWERS} verified followers in ${((now() - started) / 1000).toFixed(1)} s`);

  const setMode = (mode: string) =>
    sql(
      `insert into notification_email_pref (user_id, kind, mode) select id, 'new_answer', ? from app_user where email like 'follower%'
       on conflict (user_id, kind) do update set mode = excluded.mode`,
      [mode],
    );
  const timed = async () => {
    const t0 = now();
    await answer(helper.client, topic.id, `An answer at ${t0}`);
    return now() - t0;
  };
  // Warm up both paths.
  await setMode('never');
  await timed();
  await bench.app.mailWorker!.idle();

  const withEmail: number[] = [];
  const withoutEmail: number[] = [];
  const delivery: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    await setMode('never');
    withoutEmail.push(await timed());
    await setMode('immediate');
    const before = catcher.total;
    const t0 = now();
    withEmail.push(await timed());
    await received(before + FOLLOWERS, 120_000);
    delivery.push(now() - t0);
  }
  const a = summarize(withoutEmail);
  const b = summarize(withEmail);
  const d = summarize(delivery);
  console.log(`\npostAnswer to a topic with ${FOLLOWERS} followers (${ROUNDS} rounds each, alternating):`);
  console.log(`  without email  p50 ${ms(a.p50)}  max ${ms(a.max)}`);
  console.log(`  with email     p50 ${ms(b.p50)}  max ${ms(b.max)}   (${(b.p50 / a.p50).toFixed(2)}x the time without)`);
  console.log(`  all ${FOLLOWERS} emails accepted by the SMTP server: p50 ${(d.p50 / 1000).toFixed(2)} s, max ${(d.max / 1000).toFixed(2)} s after posting (${Math.round(FOLLOWERS / (d.p50 / 1000))} emails/s)`);

  // Digest: every member has three unread notifications of digest kinds, over two topics.
  const other = await ask(null, asker.client, { categoryId: Buffer.from(`Category:${category!.id}`).toString('base64url'), title: 'Digest bench second topic' });
  await sql(
    `insert into app_user (email, password_hash, display_name, name_key, email_verified_at)
     select 'reader' || i || '@example.test', '!', 'Reader ' || i, 'reader ' || i, now() from generate_series(1, ?) i`,
    [DIGEST_MEMBERS],
  );
  const periodEnd = new Date(Date.now() + 86_400_000);
  await sql(
    `insert into notification (user_id, kind, topic_id, actor_id, created_at)
     select u.id, k.kind, k.topic, (select author_id from topic where id = ?), now() from app_user u
     cross join (values ('new_answer', ?::int), ('new_answer', ?::int), ('mention', ?::int)) k(kind, topic)
     where u.email like 'reader%'`,
    [topic.dbId, topic.dbId, other.dbId, other.dbId],
  );
  await bench.app.mailWorker!.idle();
  const before = catcher.total;
  started = now();
  const run = await bench.app.digests!.runDue(periodEnd);
  const built = now() - started;
  await received(before + run!.messages, 600_000);
  const accepted = now() - started;
  console.log(`\nDaily digest for ${DIGEST_MEMBERS} members (3 notifications each, 2 threads):`);
  console.log(`  built and written to the outbox: ${run!.messages} emails in ${(built / 1000).toFixed(2)} s (${Math.round(run!.messages / (built / 1000))}/s)`);
  console.log(`  all accepted by the SMTP server: ${(accepted / 1000).toFixed(2)} s after the run started (${Math.round(run!.messages / (accepted / 1000))}/s)`);
  const { rss } = process.memoryUsage();
  console.log(`  API process memory after: ${Math.round(rss / 1024 / 1024)} MB RSS`);
} finally {
  await bench.close();
  sink.disconnect();
}
