import crypto from 'node:crypto';
import fs from 'node:fs';
import type { MikroORM } from '@mikro-orm/postgresql';
import { migrate, openDatabase } from '../../api/src/db/orm.js';
import { ensureDatabase } from '../../api/src/embedded/infrastructure.js';
import { createLogger } from '../../api/src/logger.js';
import { BUNDLED_MODEL, storeVectors } from '../../api/src/search/semantic/semantic.js';
import { createApp, type App, type AppOptions } from '../../api/src/server/app.js';
import { GraphQLClient } from '../support/graphql-client.js';
import { startScratchServers } from '../support/scratch-servers.js';

/** The real app on embedded servers in a scratch directory, for benchmarks (not tests). */
export interface Bench {
  app: App;
  url: string;
  databaseUrl: string;
  user(role?: 'customer' | 'expert' | 'staff'): Promise<{ client: GraphQLClient; id: string }>;
  close(): Promise<void>;
}

export async function startBench(options: { mail?: AppOptions['mail']; policy?: AppOptions['policy']; embedder?: AppOptions['embedder'] } = {}): Promise<Bench> {
  const log = createLogger({ level: process.env.BENCH_LOG_LEVEL ?? 'error', pretty: false });
  const { postgres, meili, stop } = await startScratchServers('bench', log);
  const vectorCache = options.embedder?.kind === 'bundled' ? process.env.BENCH_VECTOR_CACHE : undefined;
  // A benchmark stopped by hand (Ctrl-C, timeout) must not leave its servers running and their data behind.
  let app: App | undefined;
  const close = async () => {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    if (app && vectorCache) await saveVectors(app.deps.orm, vectorCache);
    await app?.close();
    await stop();
  };
  const interrupted = (signal: NodeJS.Signals) => void close().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  await ensureDatabase(postgres.url('postgres'), 'bench');
  const databaseUrl = postgres.url('bench');
  const orm = await openDatabase(databaseUrl, log, null);
  await migrate(orm);
  if (vectorCache) await loadVectors(orm, vectorCache);
  app = await createApp({
    orm,
    databaseUrl,
    meiliUrl: meili.url,
    meiliMasterKey: meili.masterKey,
    log,
    cookieSecure: false,
    policy: {
      passwordCost: 10,
      rateLimits: { signUp: { limit: 1e9, windowSeconds: 60 }, write: { limit: 1e9, windowSeconds: 60 }, subscribe: { limit: 1e9, windowSeconds: 60 } },
      login: { freeFailures: 1e9, addressFailuresPerHour: 1e9, accountUnderAttackAfter: 1e9 },
      ...options.policy,
    },
    mail: options.mail,
    embedder: options.embedder,
  });
  const url = await app.listen(0, '127.0.0.1');
  await orm.em.getConnection().execute("insert into category (slug, name) values ('bench', 'Bench')");
  let n = 0;
  return {
    app,
    url,
    databaseUrl,
    async user(role = 'customer') {
      const client = new GraphQLClient(url);
      const email = `bench${++n}-${crypto.randomBytes(3).toString('hex')}@example.test`;
      const { signUp } = await client.ok('mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }', {
        i: { email, password: 'bench password 123', displayName: `Bench ${n}` },
      });
      if (role !== 'customer') await orm.em.getConnection().execute('update app_user set role = ? where email = ?', [role, email]);
      return { client, id: signUp.user.id };
    },
    close,
  };
}

/**
 * BENCH_VECTOR_CACHE=file keeps the bundled encoder's vectors between runs (the embedding table, keyed
 * by model and text hash, so a vector is only ever reused for the same text): encoding the corpus
 * takes minutes and is measured on its own when the file is absent. Benchmarks only.
 */
const HASH_BYTES = 32;
async function loadVectors(orm: MikroORM, file: string): Promise<void> {
  if (!fs.existsSync(file)) return;
  const data = fs.readFileSync(file);
  const dimensions = data.readUInt32LE(0);
  const rowBytes = HASH_BYTES + 4 * dimensions;
  const rows: Array<{ textHash: Buffer; vector: Buffer }> = [];
  for (let at = 4; at + rowBytes <= data.length; at += rowBytes) rows.push({ textHash: data.subarray(at, at + HASH_BYTES), vector: data.subarray(at + HASH_BYTES, at + rowBytes) });
  await storeVectors(orm.em.fork(), rows);
  console.log(`(${rows.length} vectors read from ${file}: encoding time below is not the encoder's)`);
}

async function saveVectors(orm: MikroORM, file: string): Promise<void> {
  const rows = await orm.em.fork().getConnection().execute<Array<{ text_hash: Buffer; vector: Buffer }>>('select text_hash, vector from embedding where model = ?', [BUNDLED_MODEL]);
  if (rows.length === 0) return;
  const header = Buffer.alloc(4);
  header.writeUInt32LE(rows[0]!.vector.length / 4);
  fs.writeFileSync(file, Buffer.concat([header, ...rows.flatMap((r) => [r.text_hash, r.vector])]));
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function summarize(values: number[]): { p50: number; p99: number; max: number; n: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN, n: sorted.length };
}

export const ms = (v: number) => `${v.toFixed(1)} ms`;

/** A wall clock comparable across processes on this machine, with sub-millisecond resolution. */
export const now = () => performance.timeOrigin + performance.now();

export async function categoryId(bench: Bench): Promise<string> {
  const { categories } = await new GraphQLClient(bench.url).ok('{ categories { id } }');
  return categories[0].id;
}

/**
 * Runs `work` under the CPU profiler when BENCH_PROFILE names a directory, and writes
 * `<dir>/<label>.cpuprofile` (open in Chrome DevTools): where the API's own time goes in one phase.
 */
export async function profiled<T>(label: string, work: () => Promise<T>): Promise<T> {
  const dir = process.env.BENCH_PROFILE;
  if (!dir) return work();
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(`${dir}/${label}.cpuprofile`, JSON.stringify(profile));
    session.disconnect();
  }
}
