import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { Logger } from '../logger.js';

export class EmbeddedServerError extends Error {}

/** Fails with a message that says what to do, instead of a child that dies or hangs on a taken port. */
export async function assertPortFree(port: number, what: string, envVar: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
  if (!free) {
    throw new EmbeddedServerError(
      `Port ${port} for the embedded ${what} is in use by another program. ` +
        `Stop it, or set ${envVar} to a free port (or point the app at your own server).`,
    );
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function commandLineOf(pid: number): Promise<string | undefined> {
  try {
    return (await fs.readFile(`/proc/${pid}/cmdline`, 'utf8')).replaceAll('\0', ' ');
  } catch {
    return undefined;
  }
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
}

async function parentOf(pid: number): Promise<number | undefined> {
  try {
    // Field 4 of /proc/<pid>/stat, after the parenthesised command name (which may hold spaces).
    const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/** What holds a data directory: nobody, a server whose Commons parent is alive, or a crashed run's orphan. */
export type DataDirState = { state: 'free' } | { state: 'in-use'; pid: number; ownerPid: number };

/**
 * A previous run that crashed (kill -9, power loss) can leave its child server running and
 * holding the data directory. If the pid file names a live process whose command line names
 * our data directory, it is ours: if the Commons that started it still runs (a second
 * `npm start`, `npm run reindex`), it is in use and the caller may attach to it; if its parent
 * is gone, it is an orphan and is stopped. A live process that is not ours is explained.
 */
export async function recoverOrphan(options: {
  pidFile: string;
  marker: string;
  what: string;
  signal: NodeJS.Signals;
  log: Logger;
}): Promise<DataDirState> {
  let pid: number;
  try {
    pid = Number.parseInt((await fs.readFile(options.pidFile, 'utf8')).split('\n')[0]!, 10);
  } catch {
    return { state: 'free' };
  }
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return { state: 'free' }; // stale file: the server clears it itself
  const commandLine = await commandLineOf(pid);
  if (!commandLine?.includes(options.marker)) {
    throw new EmbeddedServerError(
      `${options.pidFile} names process ${pid}, which is running but is not an embedded ${options.what} ` +
        `of this data directory. If no other server uses ${options.marker}, delete ${options.pidFile} and start again.`,
    );
  }
  const ownerPid = await parentOf(pid);
  if (ownerPid !== undefined && ownerPid > 1 && (await commandLineOf(ownerPid))?.includes('node')) {
    return { state: 'in-use', pid, ownerPid };
  }
  options.log.warn({ pid }, `stopping an embedded ${options.what} left running by a previous run`);
  process.kill(pid, options.signal);
  if (!(await waitForExit(pid, 20_000))) {
    process.kill(pid, 'SIGKILL');
    await waitForExit(pid, 5_000);
  }
  return { state: 'free' };
}

/** Keeps the last lines a child printed, so a failed start can say why. */
export class OutputTail {
  private lines: string[] = [];
  push(chunk: string): void {
    this.lines.push(...chunk.split('\n').filter((l) => l.trim() !== ''));
    if (this.lines.length > 30) this.lines = this.lines.slice(-30);
  }
  toString(): string {
    return this.lines.join('\n');
  }
}

/**
 * Run as root, the embedded PostgreSQL drops to the `postgres` system user, which must be able to
 * enter every folder above its data and its binaries. A checkout under a 0700 home (or a 0700 temp
 * folder) stops it with an unreadable error deep in its start: say what is wrong and what to do.
 */
export async function assertReachableByServiceUser(targets: Array<{ path: string; what: string; fix: string }>): Promise<void> {
  if (process.getuid?.() !== 0) return;
  for (const target of targets) {
    // The target itself is the server's own (PostgreSQL keeps its data folder at 0700): check above it.
    let dir = path.dirname(path.resolve(target.path));
    const chain: string[] = [];
    for (;;) {
      chain.unshift(dir);
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    for (const folder of chain) {
      const stat = await fs.stat(folder).catch(() => null);
      if (!stat) break; // not created yet: created below a folder that was checked
      if (stat.isDirectory() && (stat.mode & 0o001) === 0) {
        throw new EmbeddedServerError(
          `The embedded PostgreSQL runs as the system user "postgres" (Commons runs as root), which cannot enter ${folder} ` +
            `(mode ${(stat.mode & 0o777).toString(8)}), above ${target.what}. ` +
            `Either run \`chmod o+x ${folder}\`, ${target.fix}, or set DATABASE_URL to a PostgreSQL server of your own.`,
        );
      }
    }
  }
}
