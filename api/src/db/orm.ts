import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { SessionSchema } from '../accounts/session.entity.js';
import { UserSchema } from '../accounts/user.entity.js';
import { AnswerSchema } from '../answers/answer.entity.js';
import { CategorySchema } from '../topics/category.entity.js';
import { TagSchema } from '../topics/tag.entity.js';
import { TopicSchema } from '../topics/topic.entity.js';
import type { Logger } from '../logger.js';
import { migrations } from './migrations/index.js';
import { renderStoredBodies } from './migrations/Migration20261123000000LiveQA.js';

export const entities = [UserSchema, SessionSchema, CategorySchema, TagSchema, TopicSchema, AnswerSchema];

/**
 * How long the app waits on PostgreSQL. A stuck or frozen database must not hold requests (and
 * the connections behind them) forever: statements end on the server after statementMs, the
 * client gives up a little later even if the server does not answer at all, and waiting for a
 * connection or for the pool is bounded too. Migrations and batch jobs pass null: no limit.
 */
export interface DatabaseTimeouts {
  statementMs: number;
  connectMs: number;
}
export const REQUEST_TIMEOUTS: DatabaseTimeouts = { statementMs: 5_000, connectMs: 3_000 };

export function ormOptions(databaseUrl: string, log?: Logger, timeouts: DatabaseTimeouts | null = REQUEST_TIMEOUTS): Options {
  return {
    clientUrl: databaseUrl,
    entities,
    extensions: [Migrator],
    // Migrations are listed in code: no file globbing, so they work the same from tsx and tests.
    migrations: { migrationsList: migrations, transactional: true, allOrNothing: true, snapshot: false },
    discovery: { warnWhenNoEntities: true },
    pool: { min: 0, max: 10, ...(timeouts ? { acquireTimeoutMillis: timeouts.connectMs + 1_000 } : {}) },
    driverOptions: timeouts
      ? {
          acquireConnectionTimeout: timeouts.connectMs + 1_000,
          connection: { statement_timeout: timeouts.statementMs, query_timeout: timeouts.statementMs + 1_000, connectionTimeoutMillis: timeouts.connectMs },
        }
      : {},
    debug: false,
    logger: log ? (message) => log.debug({ orm: message }) : undefined,
    // Each request forks its own EntityManager; the global one is never used for work.
    allowGlobalContext: false,
  };
}

export async function openDatabase(databaseUrl: string, log?: Logger, timeouts: DatabaseTimeouts | null = REQUEST_TIMEOUTS): Promise<MikroORM> {
  return MikroORM.init(ormOptions(databaseUrl, log, timeouts));
}

/** Applies pending migrations on a connection of its own, without the request timeouts (a backfill may take minutes). */
export async function migrateDatabase(databaseUrl: string, log?: Logger): Promise<string[]> {
  const orm = await openDatabase(databaseUrl, log, null);
  try {
    return await migrate(orm);
  } finally {
    await orm.close();
  }
}

export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = (await orm.getMigrator().up()).map((m) => m.name);
  if (applied.includes('Migration20261123000000LiveQA')) {
    await renderStoredBodies((sql, params) => orm.em.getConnection().execute(sql, params as never[]));
  }
  return applied;
}
