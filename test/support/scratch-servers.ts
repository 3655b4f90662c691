import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { startEmbeddedMeilisearch, type EmbeddedMeilisearchHandle } from '../../api/src/embedded/meilisearch.js';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../../api/src/embedded/postgres.js';
import { freePort } from '../../api/src/embedded/process.js';
import type { Logger } from '../../api/src/logger.js';

export interface ScratchServers {
  postgres: EmbeddedPostgresHandle;
  meili: EmbeddedMeilisearchHandle;
  meiliDir: string;
  meiliPort: number;
  /** Stops both servers and deletes their data. */
  stop(): Promise<void>;
}

/**
 * A real PostgreSQL and a real Meilisearch on free loopback ports with throwaway data, for a test
 * run or a benchmark. The directory is under .data: the postgres user must reach it (not a 0700 tmp dir).
 */
export async function startScratchServers(name: string, log: Logger): Promise<ScratchServers> {
  const dir = path.resolve('.data', `${name}-${process.pid}-${crypto.randomBytes(3).toString('hex')}`);
  await fs.mkdir(dir, { recursive: true });
  const postgres = await startEmbeddedPostgres({
    dataDir: path.join(dir, 'postgres'),
    port: await freePort(),
    password: crypto.randomBytes(12).toString('hex'),
    persistent: false,
    log,
  });
  const meiliPort = await freePort();
  const meiliDir = path.join(dir, 'meilisearch');
  const meili = await startEmbeddedMeilisearch({ dataDir: meiliDir, port: meiliPort, masterKey: crypto.randomBytes(24).toString('hex'), log });
  return {
    postgres,
    meili,
    meiliDir,
    meiliPort,
    async stop() {
      await meili.stop();
      await postgres.stop();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
