/**
 * The server under attack, as a stranger on the internet would try it: `npm start` (the real entry
 * point, demo data, real password cost) in its own process on scratch servers. Prints:
 * - server time of the most expensive queries the cost budget still accepts (target < 1 s);
 * - /healthz and thread-page p99 with no attack, during a login flood from 16 addresses, and
 *   during a flood of maximum-budget queries (targets < 50 ms and < 200 ms), with the ratio to no attack;
 * - the server process's peak memory during the query flood (target < 500 MB).
 * Usage: npm run bench:abuse   (on an idle machine; loopback only, bounded in time)
 */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { createLogger } from '../../api/src/logger.js';
import { freePort } from '../../api/src/embedded/process.js';
import { ensureDatabase } from '../../api/src/embedded/infrastructure.js';
import { buildSchema } from '../../api/src/graphql/schema.js';
import { createCostLimit, QUERY_LIMITS } from '../../api/src/graphql/query-limits.js';
import { parse } from 'graphql';
import pg from 'pg';
import { startScratchServers } from '../support/scratch-servers.js';
import { ms, summarize } from './harness.js';

const FLOOD_SECONDS = Number(process.env.FLOOD_SECONDS ?? 10);
const ATTACKERS = 16;

const log = createLogger({ level: 'error', pretty: false });
const scratch = await startScratchServers('bench-abuse', log);
await ensureDatabase(scratch.postgres.url('postgres'), 'abuse');
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, [...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []), '--import', 'tsx', 'api/src/main.ts'], {
  env: {
    ...process.env,
    NODE_ENV: process.env.BENCH_NODE_ENV ?? 'production',
    COOKIE_SECURE: 'false',
    PORT: String(port),
    DATABASE_URL: scratch.postgres.url('abuse'),
    MEILI_URL: scratch.meili.url,
    MEILI_MASTER_KEY: scratch.meili.masterKey,
    MEILI_INDEX: 'abuse',
    SEED_DEMO: 'true',
    LOG_LEVEL: 'error',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let serverOutput = '';
server.stdout!.on('data', (c: Buffer) => (serverOutput += c.toString()));

/** One POST to /graphql, optionally from another loopback address (another visitor). */
const keepAlive = new http.Agent({ keepAlive: true });
/** A staff session: its queries are not counted against an address's cost allowance, so timing runs are not refused. */
let staffCookie = '';
function post(body: unknown, localAddress?: string, agent: http.Agent | false = false): Promise<{ status: number; text: string }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', localAddress: agent ? undefined : localAddress, agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...(agent && staffCookie ? { cookie: staffCookie } : {}) } },
      (response) => {
        let text = '';
        response.on('data', (c) => (text += c));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

function peakRss(pid: number) {
  let peak = 0;
  const read = () => {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    peak = Math.max(peak, Number(/VmRSS:\s+(\d+)/.exec(status)![1]) * 1024);
  };
  read();
  const timer = setInterval(read, 50);
  return { stop: () => (clearInterval(timer), read(), peak), now: () => (read(), peak) };
}

/** Sequential probes of /healthz and a thread page for `seconds`; their latencies. */
async function probe(threadPath: string, seconds: number) {
  const health: number[] = [];
  const thread: number[] = [];
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    let started = performance.now();
    await fetch(`${base}/healthz`).then((r) => r.text());
    health.push(performance.now() - started);
    started = performance.now();
    const page = await fetch(`${base}${threadPath}`);
    await page.text();
    if (page.status !== 200) throw new Error(`thread page answered ${page.status}`);
    thread.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 20));
  }
  return { health: summarize(health), thread: summarize(thread) };
}

/** Runs `attack` from ATTACKERS loops until the window ends; counts what they got. */
async function flood(seconds: number, attack: (i: number) => Promise<{ status: number; text: string }>) {
  const until = performance.now() + seconds * 1000;
  const outcomes = new Map<string, number>();
  const loops = Array.from({ length: ATTACKERS }, async (_, i) => {
    while (performance.now() < until) {
      const { status, text } = await attack(i).catch((e: Error) => ({ status: 0, text: e.message }));
      const code = /"code":"([A-Z_]+)"/.exec(text)?.[1] ?? (status === 200 ? 'OK' : String(status));
      outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
    }
  });
  return { done: Promise.all(loops), outcomes };
}

try {
  const deadline = Date.now() + 120_000;
  while (!/Commons is running/.test(serverOutput)) {
    if (server.exitCode !== null) throw new Error(`server exited: ${serverOutput}`);
    if (Date.now() > deadline) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  // Let the first start settle (the demo seed is still being indexed) before timing anything.
  for (let settled = false; !settled; ) {
    const { text } = await post({ query: '{ search(query: "backup") { edges { node { titleHtml } } } }' });
    settled = (JSON.parse(text).data?.search.edges.length ?? 0) > 0;
    await new Promise((r) => setTimeout(r, 500));
  }
  await new Promise((r) => setTimeout(r, 3_000));
  const { text: topicsText } = await post({ query: '{ topics(first: 100) { edges { node { id answerCount } } } }' });
  const topics = JSON.parse(topicsText).data.topics.edges.map((e: { node: { id: string; answerCount: number } }) => e.node);
  const busiest = topics.sort((a: { answerCount: number }, b: { answerCount: number }) => b.answerCount - a.answerCount)[0];
  const threadPath = `/t/${busiest.id}`;
  console.log(`demo data: ${topics.length} topics; thread page ${threadPath} has ${busiest.answerCount} answers; cost budget ${QUERY_LIMITS.cost}`);

  // The most expensive shapes the budget accepts: each list grown until one more item would not fit.
  const staff = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }', variables: { i: { email: 'bench-staff@example.test', password: 'bench staff password 42', displayName: 'Bench Staff' } } }),
  });
  staffCookie = staff.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const pgClient = new pg.Client({ connectionString: scratch.postgres.url('abuse') });
  await pgClient.connect();
  await pgClient.query("update app_user set role = 'staff' where email = 'bench-staff@example.test'");
  await pgClient.end();
  const costLimit = createCostLimit(buildSchema());
  const largest = (shape: (n: number) => string) => {
    let n = 1;
    while (n < 100 && costLimit.price(parse(shape(n + 1)), { t: busiest.id }, undefined) <= QUERY_LIMITS.cost) n++;
    return shape(n);
  };
  const ANSWER = 'id bodyHtml score createdAt isAccepted isOfficial viewerCanEdit author { id displayName reputation }';
  const shapes: Record<string, string> = {
    'topics × answers': largest((n) => `{ topics(first: 100) { edges { node { id title bodyHtml tags { name } author { displayName } answers(first: ${n}) { edges { node { ${ANSWER} } } } } } } }`),
    'topic × answers × topic × answers': largest((n) => `query($t: ID!) { topic(id: $t) { answers(first: ${n}) { edges { node { topic { answers(first: ${n}) { edges { node { ${ANSWER} } } } } } } } } }`),
    'aliased topic pages': largest((n) => `query($t: ID!) { ${Array.from({ length: 15 }, (_, i) => `a${i}: topic(id: $t) { title bodyHtml answers(first: ${n}) { edges { node { ${ANSWER} } } } }`).join(' ')} }`),
    'search pages': largest((n) => `{ ${['backup', 'restore', 'sync', 'install', 'error'].map((word, i) => `s${i}: search(query: "${word}", first: ${n})`).join(' ')} }`.replace(/search\(query: "(\w+)", first: (\d+)\)/g, (m) => `${m} { edges { node { titleHtml snippetHtml topic { id title answerCount } } } facets { categories { value count } tags { value count } } }`)),
  };
  let worst = { name: '', ms: 0, query: '' };
  console.log('\nmost expensive accepted queries (server time over a kept-alive connection: the first, cold run, then the median and max of 5 after 20 warm-up runs):');
  for (const [name, query] of Object.entries(shapes)) {
    const cost = costLimit.price(parse(query), { t: busiest.id }, undefined);
    const times: number[] = [];
    let bytes = 0;
    let cold = 0;
    for (let i = 0; i < 26; i++) {
      const started = performance.now();
      // A fresh address every 3 runs: one address's cost allowance would refuse the warm-up.
      // Timed as a browser sends, over a kept-alive connection (as staff, whom the per-address allowance does not count).
      const reply = await post({ query, variables: { t: busiest.id } }, undefined, keepAlive);
      if (i === 0) cold = performance.now() - started;
      if (i > 20) times.push(performance.now() - started);
      bytes = reply.text.length;
      const errors = JSON.parse(reply.text).errors;
      if (errors) throw new Error(`${name} failed: ${JSON.stringify(errors).slice(0, 400)}\n${serverOutput.slice(-1500)}`);
    }
    const s = summarize(times);
    console.log(`  ${name.padEnd(36)} cost ${String(cost).padStart(5)}  cold ${ms(cold).padStart(9)}  warm ${ms(s.p50)} (max ${ms(s.max)}), ${Math.round(bytes / 1024)} kB`);
    if (cold > worst.ms) worst = { name, ms: cold, query };
  }
  console.log(`  → the most expensive accepted query: ${worst.name}, ${ms(worst.ms)} cold (target < 1 s)`);

  const rss = peakRss(server.pid!);
  const calm = await probe(threadPath, 5);
  const calmRss = rss.now();

  const logins = await flood(FLOOD_SECONDS, (i) =>
    post({ query: 'mutation($input: LogInInput!) { logIn(input: $input) { user { id } } }', variables: { input: { email: `nobody-${crypto.randomUUID()}@example.test`, password: 'a guess at it' } } }, `127.0.1.${i + 2}`),
  );
  const duringLogins = await probe(threadPath, FLOOD_SECONDS - 1);
  await logins.done;

  const queries = await flood(FLOOD_SECONDS, (i) => post({ query: worst.query, variables: { t: busiest.id } }, `127.0.2.${i + 2}`));
  const duringQueries = await probe(threadPath, FLOOD_SECONDS - 1);
  await queries.done;
  const peak = rss.stop();

  const row = (label: string, r: { health: ReturnType<typeof summarize>; thread: ReturnType<typeof summarize> }) =>
    `  ${label.padEnd(34)} /healthz p99 ${ms(r.health.p99).padStart(9)} (×${(r.health.p99 / calm.health.p99).toFixed(1)})   thread page p99 ${ms(r.thread.p99).padStart(9)} (×${(r.thread.p99 / calm.thread.p99).toFixed(1)})   [p50 ${ms(r.health.p50)} / ${ms(r.thread.p50)}, n=${r.thread.n}]`;
  console.log('\nresponsiveness (targets: /healthz p99 < 50 ms, thread page p99 < 200 ms; × = ratio to no attack):');
  console.log(row('no attack', calm));
  console.log(row(`login flood, ${ATTACKERS} addresses`, duringLogins));
  console.log(`    logins answered: ${[...logins.outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(row(`max-budget query flood, ${ATTACKERS} clients`, duringQueries));
  console.log(`    queries answered: ${[...queries.outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`\nserver memory: ${Math.round(calmRss / 1048576)} MB idle, peak ${Math.round(peak / 1048576)} MB during the floods (target < 500 MB)`);
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  await scratch.stop();
}
