/**
 * Live fan-out: N WebSocket subscribers on one topic (in separate client processes on
 * 127.0.0.1); time from each vote's mutation response to its event at every subscriber. In the
 * same run, a bare `ws` server broadcasts a payload of the same size to N clients: the practical
 * limit. Usage: npm run bench:fanout [-- 1000 5000]
 */
import { fork, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { answer, ask } from '../support/forum.js';
import { categoryId, ms, now, startBench, summarize } from './harness.js';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const WORKERS = 4;
const ROUNDS = 20;
const GAP_MS = 150;

interface Worker {
  child: ChildProcess;
  open: number;
}

async function startWorkers(mode: 'graphql' | 'bare', url: string, topicId: string, total: number): Promise<Worker[]> {
  return Promise.all(
    Array.from({ length: WORKERS }, (_, i) => {
      const count = Math.floor(total / WORKERS) + (i < total % WORKERS ? 1 : 0);
      const child = fork(new URL('./fanout-client.ts', import.meta.url).pathname, [mode, url, topicId, String(count)], {
        execArgv: ['--import', 'tsx'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      return new Promise<Worker>((resolve) => child.once('message', (m: { open: number }) => resolve({ child, open: m.open })));
    }),
  );
}

async function collectReports(workers: Worker[]): Promise<Array<Record<string, number[]>>> {
  return Promise.all(
    workers.map(
      (w) =>
        new Promise<Record<string, number[]>>((resolve) => {
          w.child.once('message', (m: { received: Record<string, number[]> }) => resolve(m.received));
          w.child.send({ type: 'report' });
        }),
    ),
  );
}

function latencies(reports: Array<Record<string, number[]>>, sentAt: Map<string, number>, expectedPerKey: number) {
  const values: number[] = [];
  let missing = 0;
  for (const [key, t0] of sentAt) {
    let got = 0;
    for (const report of reports) {
      for (const t of report[key] ?? []) values.push(t - t0);
      got += report[key]?.length ?? 0;
    }
    missing += expectedPerKey - got;
  }
  return { ...summarize(values), missing };
}

const bench = await startBench();
try {
  const asker = await bench.user();
  const expert = await bench.user('expert');
  const voter = await bench.user();
  const topic = await ask(null, asker.client, { categoryId: await categoryId(bench) });
  const answerId = await answer(expert.client, topic.id, 'A realistic answer body of a few sentences. '.repeat(4));
  const wsUrl = `${bench.url.replace('http', 'ws')}/graphql`;

  console.log(`fan-out: ${ROUNDS} votes per size, ${WORKERS} client processes, one event per vote\n`);
  for (const n of sizes.length ? sizes : [1000, 5000]) {
    // Commons: a vote → event row → NOTIFY → pump → GraphQL execution per subscriber → WebSocket.
    const workers = await startWorkers('graphql', wsUrl, topic.id, n);
    const open = workers.reduce((s, w) => s + w.open, 0);
    while (bench.app.deps.live.openStreams < n) await new Promise((r) => setTimeout(r, 50));
    const sentAt = new Map<string, number>();
    let payloadBytes = 0;
    for (let i = 0; i < ROUNDS; i++) {
      await voter.client.ok('mutation($i: VoteOnAnswerInput!) { voteOnAnswer(input: $i) { answer { score } } }', {
        i: { answerId, value: i % 2 === 0 ? 1 : -1 },
      });
      const t0 = now();
      const [row] = await bench.app.deps.orm.em.getConnection().execute<Array<{ id: string; size: number }>>(
        'select id::text as id, length(payload::text) as size from event order by event.id desc limit 1',
      );
      sentAt.set(row!.id, t0);
      payloadBytes = row!.size;
      await new Promise((r) => setTimeout(r, GAP_MS));
    }
    await new Promise((r) => setTimeout(r, 2000));
    const commons = latencies(await collectReports(workers), sentAt, n);
    for (const w of workers) w.child.kill();
    while (bench.app.deps.live.openStreams > 0) await new Promise((r) => setTimeout(r, 50));

    // The limit: a bare ws server sending a message of the same size to the same number of clients.
    const server = http.createServer();
    const wss = new WebSocketServer({ server });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const bareUrl = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const bareWorkers = await startWorkers('bare', bareUrl, '', n);
    const bareSent = new Map<string, number>();
    const filler = 'x'.repeat(Math.max(0, payloadBytes - 40));
    for (let i = 0; i < ROUNDS; i++) {
      const seq = String(i);
      const message = JSON.stringify({ seq, filler });
      bareSent.set(seq, now());
      for (const client of wss.clients) client.send(message);
      await new Promise((r) => setTimeout(r, GAP_MS));
    }
    await new Promise((r) => setTimeout(r, 2000));
    const bare = latencies(await collectReports(bareWorkers), bareSent, n);
    for (const w of bareWorkers) w.child.kill();
    wss.close();
    server.close();

    console.log(`N = ${n} subscribers (${open} connected), event payload ${payloadBytes} bytes`);
    console.log(`  Commons (mutation response → receipt): p50 ${ms(commons.p50)}  p99 ${ms(commons.p99)}  max ${ms(commons.max)}  missing ${commons.missing}`);
    console.log(`  bare ws broadcast (send → receipt):     p50 ${ms(bare.p50)}  p99 ${ms(bare.p99)}  max ${ms(bare.max)}  missing ${bare.missing}`);
    console.log(`  ratio Commons / bare: p50 ${(commons.p50 / bare.p50).toFixed(2)}x  p99 ${(commons.p99 / bare.p99).toFixed(2)}x\n`);
  }
} finally {
  await bench.close();
}
