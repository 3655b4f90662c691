import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { Role } from '../../api/src/accounts/user.entity.js';
import { openDatabase } from '../../api/src/db/orm.js';
import { createLogger } from '../../api/src/logger.js';
import { createApp, type App, type AppOptions } from '../../api/src/server/app.js';
import { LocalDiskStore } from '../../api/src/uploads/image-store.js';
import { MailCatcher } from '../../api/src/mail/catcher.js';
import { GraphQLClient } from './graphql-client.js';

export interface TestApp {
  app: App;
  url: string;
  databaseUrl: string;
  /** A visitor with no session. */
  visitor(): GraphQLClient;
  /** A signed-in user of the given role, made through the real sign-up path. */
  user(role?: Role, overrides?: { email?: string; password?: string; displayName?: string }): Promise<TestUser>;
  /** With `mail: true`: the SMTP server the app sends to (a real smtp-server on a free port). */
  mail: MailCatcher | null;
  /** Plain SQL against this file's database, for arranging and checking what the API cannot show. */
  sql<R extends pg.QueryResultRow = any>(text: string, values?: unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

export interface TestUser {
  client: GraphQLClient;
  id: string;
  dbId: number;
  email: string;
  password: string;
}

let counter = 0;
export const unique = (prefix: string) => `${prefix}${process.pid}x${++counter}x${crypto.randomBytes(2).toString('hex')}`;

/** Relaxed limits and a cheap password hash: tests sign up many users; limits get their own tests. */
export const testPolicy: AppOptions['policy'] = {
  passwordCost: 10,
  rateLimits: {
    signUp: { limit: 10_000, windowSeconds: 60 },
    write: { limit: 100_000, windowSeconds: 60 },
    subscribe: { limit: 1_000_000, windowSeconds: 60 },
    accountEmail: { limit: 1_000_000, windowSeconds: 60 },
    accountEmailPerAddress: { limit: 1_000_000, windowSeconds: 60 },
  },
  login: { freeFailures: 10_000, addressFailuresPerHour: 1_000_000, accountUnderAttackAfter: 1_000_000 },
};

export interface TestAppOptions {
  policy?: AppOptions['policy'];
  webDist?: string;
  /** Another API process on an existing test database (default: a fresh database). */
  databaseUrl?: string;
  /** Default: any free port. */
  port?: number;
  /** Default: the run's shared Meilisearch. */
  meiliUrl?: string;
  meiliMasterKey?: string;
  trustProxy?: AppOptions['trustProxy'];
  publicUrl?: string;
  /** Default: a fresh directory on local disk, removed on close. */
  imageStore?: AppOptions['imageStore'];
  /** Send email to a receiver of the test's own (t.mail); or to this SMTP URL. Default: no sending. */
  mail?: boolean | { smtpUrl: string };
  /** Semantic search's embedder. Default: none (words only); semantic tests use the real bundled encoder. */
  embedder?: AppOptions['embedder'];
}

/** Retries in a fraction of a second, so a test can watch a mail server come back. */
export const testMailPolicy = { retryBaseMs: 200, maxRetryMs: 1_000, pollMs: 200 };

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const { maintenanceUrl, templateDatabase } = inject('postgres');
  const meili = inject('meilisearch');
  let databaseUrl = options.databaseUrl;
  if (!databaseUrl) {
    const database = unique('test_').toLowerCase();
    const admin = new pg.Client({ connectionString: maintenanceUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database} TEMPLATE ${templateDatabase}`);
    await admin.end();
    databaseUrl = maintenanceUrl.replace(/\/postgres$/, `/${database}`);
  }

  const log = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent', pretty: false });
  const catcher = options.mail === true ? new MailCatcher() : null;
  await catcher?.listen();
  const uploadsDir = options.imageStore ? null : await fs.promises.mkdtemp(path.join(os.tmpdir(), 'commons-uploads-'));
  const app = await createApp({
    orm: await openDatabase(databaseUrl, log),
    databaseUrl,
    meiliUrl: options.meiliUrl ?? meili.url,
    meiliMasterKey: options.meiliUrl ? options.meiliMasterKey : meili.masterKey,
    // One Meilisearch serves the whole run: each database gets its own index.
    searchIndex: `threads_${new URL(databaseUrl).pathname.slice(1)}`,
    log,
    cookieSecure: false,
    policy: {
      ...testPolicy,
      ...options.policy,
      rateLimits: { ...testPolicy?.rateLimits, ...options.policy?.rateLimits },
      login: { ...testPolicy?.login, ...options.policy?.login },
      mail: { ...testMailPolicy, ...options.policy?.mail },
    },
    mail: options.mail ? { catcher: catcher ?? undefined, smtpUrl: typeof options.mail === 'object' ? options.mail.smtpUrl : undefined } : undefined,
    webDist: options.webDist,
    trustProxy: options.trustProxy,
    publicUrl: options.publicUrl,
    imageStore: options.imageStore ?? new LocalDiskStore(uploadsDir!),
    embedder: options.embedder,
  });
  const url = await app.listen(options.port ?? 0, '127.0.0.1');
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });

  const sql = async <R extends pg.QueryResultRow>(text: string, values?: unknown[]) => (await pool.query<R>(text, values)).rows;

  const testApp: TestApp = {
    app,
    url,
    databaseUrl,
    sql,
    mail: catcher,
    visitor: () => new GraphQLClient(url),
    async user(role = 'customer', overrides = {}) {
      const client = new GraphQLClient(url);
      const email = overrides.email ?? `${unique('user')}@example.test`;
      const password = overrides.password ?? 'correct horse battery';
      const data = await client.ok<{ signUp: { user: { id: string } } }>(
        'mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }',
        { input: { email, password, displayName: overrides.displayName ?? unique('User ').slice(0, 40) } },
      );
      const [row] = await sql<{ id: number }>('select id from app_user where email = $1', [email]);
      // Roles other than customer are granted by an admin; the factory sets them directly.
      if (role !== 'customer') await sql('update app_user set role = $1 where id = $2', [role, row!.id]);
      return { client, id: data.signUp.user.id, dbId: row!.id, email, password };
    },
    async close() {
      await app.close();
      // A test may have replaced the receiver (a mail server coming back): close the current one.
      await testApp.mail?.close();
      await pool.end();
      if (uploadsDir) await fs.promises.rm(uploadsDir, { recursive: true, force: true });
    },
  };
  return testApp;
}

