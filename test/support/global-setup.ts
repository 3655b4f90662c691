import type { TestProject } from 'vitest/node';
import { migrate, openDatabase } from '../../api/src/db/orm.js';
import { ensureDatabase } from '../../api/src/embedded/infrastructure.js';
import { createLogger } from '../../api/src/logger.js';
import { startScratchServers } from './scratch-servers.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: { maintenanceUrl: string; templateDatabase: string };
    meilisearch: { url: string; masterKey: string; dataDir: string; port: number };
  }
}

export const TEMPLATE_DATABASE = 'commons_template';

/**
 * One real PostgreSQL and one real Meilisearch for the whole run (startScratchServers). The schema
 * is migrated once into a template database that each test file clones.
 */
export default async function setup(project: TestProject) {
  const log = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'warn', pretty: false });
  const { postgres, meili, meiliDir, meiliPort, stop } = await startScratchServers('test-run', log);

  await ensureDatabase(postgres.url('postgres'), TEMPLATE_DATABASE);
  const orm = await openDatabase(postgres.url(TEMPLATE_DATABASE), undefined, null);
  await migrate(orm);
  await orm.close();

  project.provide('postgres', { maintenanceUrl: postgres.url('postgres'), templateDatabase: TEMPLATE_DATABASE });
  project.provide('meilisearch', { url: meili.url, masterKey: meili.masterKey, dataDir: meiliDir, port: meiliPort });

  return stop;
}
