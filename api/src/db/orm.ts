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

export function ormOptions(databaseUrl: string, log?: Logger): Options {
  return {
    clientUrl: databaseUrl,
    entities,
    extensions: [Migrator],
    // Migrations are listed in code: no file globbing, so they work the same from tsx and tests.
    migrations: { migrationsList: migrations, transactional: true, allOrNothing: true, snapshot: false },
    discovery: { warnWhenNoEntities: true },
    pool: { min: 0, max: 10 },
    debug: false,
    logger: log ? (message) => log.debug({ orm: message }) : undefined,
    // Each request forks its own EntityManager; the global one is never used for work.
    allowGlobalContext: false,
  };
}

export async function openDatabase(databaseUrl: string, log?: Logger): Promise<MikroORM> {
  return MikroORM.init(ormOptions(databaseUrl, log));
}

export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = (await orm.getMigrator().up()).map((m) => m.name);
  if (applied.includes('Migration20261123000000LiveQA')) {
    await renderStoredBodies((sql, params) => orm.em.getConnection().execute(sql, params as never[]));
  }
  return applied;
}
