import crypto from 'node:crypto';
import { migrate, openDatabase } from '../../api/src/db/orm.js';
import { ensureDatabase } from '../../api/src/embedded/infrastructure.js';
import { createLogger } from '../../api/src/logger.js';
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
  // A benchmark stopped by hand (Ctrl-C, timeout) must not leave its servers running and their data behind.
  let app: App | undefined;
  const close = async () => {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
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
