import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate, openDatabase } from '../../api/src/db/orm.js';
import { ensureDatabase } from '../../api/src/embedded/infrastructure.js';
import { startEmbeddedMeilisearch } from '../../api/src/embedded/meilisearch.js';
import { startEmbeddedPostgres } from '../../api/src/embedded/postgres.js';
import { freePort } from '../../api/src/embedded/process.js';
import { createLogger } from '../../api/src/logger.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: { maintenanceUrl: string; templateDatabase: string };
    meilisearch: { url: string; masterKey: string; dataDir: string; port: number };
  }
}

export const TEMPLATE_DATABASE = 'commons_template';

/**
 * One real PostgreSQL and one real Meilisearch for the whole run, on free loopback ports, in a
 * directory of this run's own (the postgres user must reach it, so not under a 0700 tmp dir).
 * The schema is migrated once into a template database that each test file clones.
 */
export default async function setup(project: TestProject) {
  const log = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'warn', pretty: false });
  const runDir = path.resolve('.data', `test-run-${process.pid}-${crypto.randomBytes(3).toString('hex')}`);
  await fs.mkdir(runDir, { recursive: true });

  const postgres = await startEmbeddedPostgres({
    dataDir: path.join(runDir, 'postgres'),
    port: await freePort(),
    password: crypto.randomBytes(12).toString('hex'),
    persistent: false,
    log,
  });
  const meiliPort = await freePort();
  const meiliDir = path.join(runDir, 'meilisearch');
  const meili = await startEmbeddedMeilisearch({ dataDir: meiliDir, port: meiliPort, masterKey: crypto.randomBytes(24).toString('hex'), log });

  await ensureDatabase(postgres.url('postgres'), TEMPLATE_DATABASE);
  const orm = await openDatabase(postgres.url(TEMPLATE_DATABASE));
  await migrate(orm);
  await orm.close();

  project.provide('postgres', { maintenanceUrl: postgres.url('postgres'), templateDatabase: TEMPLATE_DATABASE });
  project.provide('meilisearch', { url: meili.url, masterKey: meili.masterKey, dataDir: meiliDir, port: meiliPort });

  return async () => {
    await meili.stop();
    await postgres.stop();
    await fs.rm(runDir, { recursive: true, force: true });
  };
}
