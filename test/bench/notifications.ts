/**
 * Notification fan-out for a topic with 1,000 followers, each with the bell open over a real
 * WebSocket: how long postAnswer takes (its transaction writes the 1,000 notifications), and how
 * long from its commit until every follower's bell shows the new count. Usage: npm run bench:notifications
 */
import type { Client } from 'graphql-ws';
import { answer, ask } from '../support/forum.js';
import { ms, now, startBench, summarize } from './harness.js';

const FOLLOWERS = Number(process.env.BENCH_FOLLOWERS ?? 1_000);
const ROUNDS = 5;

const bench = await startBench();
const sockets: Client[] = [];
try {
  const asker = await bench.user();
  const category = (await bench.app.deps.orm.em.getConnection().execute<Array<{ id: number }>>('select id from category limit 1'))[0]!.id;
  const topic = await ask(null, asker.client, { categoryId: Buffer.from(`Category:${category}`).toString('base64url') });
  const started = now();
  const followers = [];
  for (let i = 0; i < FOLLOWERS; i += 25) followers.push(...(await Promise.all(Array.from({ length: Math.min(25, FOLLOWERS - i) }, () => bench.user()))));
  await bench.app.deps.orm.em
    .getConnection()
    .execute(`insert into topic_follow (user_id, topic_id) select id, ? from app_user where id <> (select author_id from topic where id = ?)`, [topic.dbId, topic.dbId]);
  console.log(`${followers.length} followers signed up and following in ${((now() - started) / 1000).toFixed(1)} s`);

  // Every follower's bell: the latest count each one has seen.
  const seen = new Map<number, number>();
  const waiters: Array<() => void> = [];
  followers.forEach((f, i) => {
    const ws = f.client.webSocket();
    sockets.push(ws);
    ws.subscribe<{ unreadNotificationCount: number }>({ query: 'subscription { unreadNotificationCount }' }, {
      next: (value) => {
        seen.set(i, value.data!.unreadNotificationCount);
        for (const w of waiters.splice(0)) w();
      },
      error: (err) => console.error('subscription failed', err),
      complete: () => {},
    });
  });
  const allAt = (count: number) =>
    new Promise<void>((resolve) => {
      const check = () => ([...seen.values()].filter((c) => c >= count).length === followers.length ? resolve() : waiters.push(check));
      check();
    });
  await allAt(0);
  console.log(`${followers.length} bells open\n`);

  const expert = await bench.user('expert');
  const writes: number[] = [];
  const delivered: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const t0 = now();
    await answer(expert.client, topic.id, `Answer number ${round}: check the agent log.`);
    const committed = now();
    writes.push(committed - t0);
    await allAt(round);
    delivered.push(now() - committed);
  }
  const w = summarize(writes);
  const d = summarize(delivered);
  console.log(`postAnswer with ${followers.length} followers (writes their notifications): p50 ${ms(w.p50)}  max ${ms(w.max)}`);
  console.log(`commit → every follower's bell updated, ${ROUNDS} rounds: p50 ${ms(d.p50)}  max ${ms(d.max)}`);
} finally {
  await Promise.all(sockets.map((s) => s.dispose()));
  await bench.close();
}
// Open WebSocket clients keep the event loop alive after dispose: end explicitly.
process.exit(0);
