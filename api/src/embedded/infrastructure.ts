import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { startEmbeddedMeilisearch } from './meilisearch.js';
import { startEmbeddedPostgres } from './postgres.js';

export interface Infrastructure {
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey?: string;
  /** Stops what this process started (embedded servers); external servers are left alone. */
  stop: () => Promise<void>;
}

interface EmbeddedSecrets {
  postgresPassword: string;
  meiliMasterKey: string;
}

/** Generated once per data directory and kept there, so a restart opens the same cluster. */
async function embeddedSecrets(dataDir: string): Promise<EmbeddedSecrets> {
  const file = path.join(dataDir, 'embedded-secrets.json');
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as EmbeddedSecrets;
  } catch {
    const secrets = {
      postgresPassword: crypto.randomBytes(18).toString('hex'),
      meiliMasterKey: crypto.randomBytes(24).toString('hex'),
    };
    await fs.mkdir(dataDir, { recursive: true });
    await fs.writeFile(file, JSON.stringify(secrets), { mode: 0o600 });
    return secrets;
  }
}

export async function ensureDatabase(maintenanceUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

export async function startInfrastructure(config: Config, log: Logger): Promise<Infrastructure> {
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch((err) => log.error({ err }, 'stopping an embedded server failed'));
  };
  try {
    const secrets = !config.databaseUrl || !config.meiliUrl ? await embeddedSecrets(config.dataDir) : undefined;

    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      const postgres = await startEmbeddedPostgres({
        dataDir: path.join(config.dataDir, 'postgres'),
        port: config.embeddedPgPort,
        password: secrets!.postgresPassword,
        persistent: true,
        log,
      });
      stops.push(postgres.stop);
      await ensureDatabase(postgres.url('postgres'), 'commons');
      databaseUrl = postgres.url('commons');
    }

    let meiliUrl = config.meiliUrl;
    let meiliMasterKey = config.meiliMasterKey;
    if (!meiliUrl) {
      const meili = await startEmbeddedMeilisearch({
        dataDir: path.join(config.dataDir, 'meilisearch'),
        port: config.embeddedMeiliPort,
        masterKey: secrets!.meiliMasterKey,
        log,
      });
      stops.push(meili.stop);
      meiliUrl = meili.url;
      meiliMasterKey = meili.masterKey;
    }
    return { databaseUrl, meiliUrl, meiliMasterKey, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
