import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../api/src/embedded/process.js';
import { GraphQLClient } from '../support/graphql-client.js';
import { unique } from '../support/test-app.js';

/** The real entry point, as `npm start` runs it, in a data directory of its own. */
interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

const dataDir = path.resolve('.data', unique('startup-'));
const started: ChildProcess[] = [];
const ports = { PORT: 0, EMBEDDED_PG_PORT: 0, EMBEDDED_MEILI_PORT: 0 };

function start(env: Record<string, string> = {}): Run {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATA_DIR: dataDir,
      PORT: String(ports.PORT),
      EMBEDDED_PG_PORT: String(ports.EMBEDDED_PG_PORT),
      EMBEDDED_MEILI_PORT: String(ports.EMBEDDED_MEILI_PORT),
      DATABASE_URL: '',
      MEILI_URL: '',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function until(run: Run, pattern: RegExp, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = run.output().match(pattern);
    if (match) return match[0];
    if (run.child.exitCode !== null) throw new Error(`exited with ${run.child.exitCode}:\n${run.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${pattern}:\n${run.output()}`);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const childPids = async () => ({
  postgres: Number((await fs.readFile(path.join(dataDir, 'postgres/postmaster.pid'), 'utf8')).split('\n')[0]),
  meilisearch: Number(await fs.readFile(path.join(dataDir, 'meilisearch/meilisearch.pid'), 'utf8')),
});
const topicCount = async (url: string) =>
  (await new GraphQLClient(url).ok('{ categories { topicCount } }')).categories.reduce((n: number, c: { topicCount: number }) => n + c.topicCount, 0);

afterAll(async () => {
  // Whatever an assertion left running: the app (SIGTERM stops its servers), then the servers themselves.
  for (const child of started) if (child.exitCode === null) child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 3_000));
  const pids = await childPids().catch(() => null);
  for (const pid of pids ? [pids.postgres, pids.meilisearch] : []) if (alive(pid)) process.kill(pid, 'SIGKILL');
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('npm start with no DATABASE_URL or MEILI_URL', () => {
  it('starts embedded servers, seeds once, survives a crash, keeps data, and stops its children on SIGTERM', async () => {
    ports.PORT = await freePort();
    ports.EMBEDDED_PG_PORT = await freePort();
    ports.EMBEDDED_MEILI_PORT = await freePort();

    const first = start();
    const url = (await until(first, /Commons is running at http:\/\/[\d.:]+/)).split(' at ')[1]!;
    expect(first.output()).toMatch(/seeded the demo community/);
    expect(await topicCount(url)).toBeGreaterThanOrEqual(60);
    const ann = new GraphQLClient(url);
    const email = `${unique('kept')}@example.test`;
    await ann.ok('mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }', {
      i: { email, password: 'long enough password', displayName: 'Kept' },
    });

    // `npm run reindex` beside the running forum uses its servers and leaves them running.
    let reindexOutput = '';
    const reindex = spawn(process.execPath, ['--import', 'tsx', 'api/src/search/reindex-cli.ts'], {
      env: { ...process.env, DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(ports.EMBEDDED_PG_PORT), EMBEDDED_MEILI_PORT: String(ports.EMBEDDED_MEILI_PORT), DATABASE_URL: '', MEILI_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    reindex.stdout!.on('data', (c: Buffer) => (reindexOutput += c));
    reindex.stderr!.on('data', (c: Buffer) => (reindexOutput += c));
    expect(await new Promise((resolve) => reindex.once('exit', resolve))).toBe(0);
    expect(reindexOutput).toMatch(/(\d+) of \1 threads indexed .*counts match/);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);

    // A crash leaves PostgreSQL and Meilisearch running without their parent.
    const orphans = await childPids();
    first.child.kill('SIGKILL');
    await first.exited;
    expect(alive(orphans.postgres) && alive(orphans.meilisearch)).toBe(true);

    const second = start();
    await until(second, /Commons is running at/);
    expect(second.output()).toMatch(/left running by a previous run/);
    expect(second.output()).not.toMatch(/seeded the demo community/);
    expect(alive(orphans.postgres) || alive(orphans.meilisearch)).toBe(false);
    const login = await new GraphQLClient(url).execute('mutation($i: LogInInput!) { logIn(input: $i) { user { id } } }', {
      i: { email, password: 'long enough password' },
    });
    expect(login.errors).toBeUndefined();

    const running = await childPids();
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(alive(running.postgres)).toBe(false);
    expect(alive(running.meilisearch)).toBe(false);
  }, 120_000);

  it('explains a taken port instead of hanging, and leaves nothing running', async () => {
    const blocker = net.createServer().listen(ports.PORT, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    try {
      const run = start();
      expect(await run.exited).toBe(1);
      expect(run.output()).toMatch(new RegExp(`Port ${ports.PORT} is in use`));
      const pids = await childPids().catch(() => null);
      if (pids) expect(alive(pids.postgres) || alive(pids.meilisearch)).toBe(false);
    } finally {
      blocker.close();
    }
  }, 60_000);

  it('explains a taken embedded PostgreSQL port', async () => {
    const blocker = net.createServer().listen(ports.EMBEDDED_PG_PORT, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    try {
      const run = start();
      expect(await run.exited).toBe(1);
      expect(run.output()).toMatch(/embedded PostgreSQL is in use by another program.*EMBEDDED_PG_PORT/);
    } finally {
      blocker.close();
    }
  }, 60_000);

  it('refuses invalid configuration with a message naming the variable', async () => {
    const run = start({ PORT: 'eighty', MEILI_URL: 'localhost:7700' });
    expect(await run.exited).toBe(2);
    expect(run.output()).toMatch(/PORT:/);
    expect(run.output()).toMatch(/MEILI_URL: must be a URL/);
  });
});
