import type { EntityManager } from '@mikro-orm/postgresql';
import { periodEndAt } from '../notifications/digest.js';
import { displayNameKey } from '../accounts/display-name.js';
import { hashPassword } from '../accounts/password.js';
import { User } from '../accounts/user.entity.js';
import { postAnswer, setAnswerMark, voteOnAnswer } from '../answers/answers.service.js';
import { writeSyntheticSignals } from '../deflection/synthetic-signals.js';
import type { AppDeps, ServiceContext } from '../graphql/context.js';
import { startSlaClock } from '../sla/sla.service.js';
import { Category } from '../topics/category.entity.js';
import { Topic } from '../topics/topic.entity.js';
import { askQuestion, setMeToo } from '../topics/topics.service.js';
import { seedCategories, seedMembers, seedThreads, seedUsers } from './seed-data.js';

export const DEMO_PASSWORD = 'harbor-demo-2026';
export const demoEmail = (key: string) => `${key}@demo.harbor.test`;

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Columns the time warp leaves alone: deadlines lie in the future (recomputed), counters expire. */
const UNWARPED = new Set(['topic.sla_due_at']);
// Queues and caches are machine bookkeeping, not the demo's history; and the indexer holds the
// search outbox's rows locked while Meilisearch applies a batch (slow with vectors), so warping
// them made the seed wait past its statement timeout at first start.
const UNWARPED_TABLES = new Set(['rate_limit', 'session', 'event_horizon', 'mikro_orm_migrations', 'search_outbox', 'embedding', 'embedding_outbox']);

/**
 * Writes the demo community once: it does nothing when categories already exist, so restarts keep
 * whatever users have changed.
 *
 * Every question, answer, vote, acceptance, official mark and "me too" goes through the product's
 * own services, so reputation, expert status, counts, statuses, first-response times, notifications
 * and the event log are what the product computes. The services stamp "now"; each action's intended
 * moment in the last 60 days is recorded, and afterwards every timestamp written is moved from the
 * moment it was written to that action's intended moment (a time warp), support deadlines are
 * recomputed from the moved question times.
 */
export async function seedDemoCommunity(deps: AppDeps, options: { passwordCost: number; now?: Date }): Promise<{ topics: number; users: number } | null> {
  const em = deps.orm.em.fork();
  if ((await em.count(Category, {})) > 0) return null;
  const now = options.now?.getTime() ?? Date.now();
  const passwordHash = await hashPassword(DEMO_PASSWORD, options.passwordCost);

  const categories = new Map(seedCategories.map((c, position) => [c.slug, em.create(Category, { ...c, position })]));
  const everyone: Array<[key: string, name: string, role: User['role']]> = [
    ...Object.entries(seedUsers).map(([key, [name, role]]) => [key, name, role] as [string, string, User['role']]),
    ...seedMembers.map(([key, name]) => [key, name, 'customer'] as [string, string, User['role']]),
  ];
  const users = new Map(
    everyone.map(([key, displayName, role], i) => [
      key,
      em.create(User, {
        email: demoEmail(key),
        passwordHash,
        displayName,
        nameKey: displayNameKey(displayName),
        role,
        plan: i % 5 === 0 ? 'premium' : 'free',
        createdAt: new Date(now - 120 * DAY),
      }),
    ]),
  );
  await em.flush();
  const user = (key: string) => users.get(key) ?? raise(`seed: unknown user ${key}`);
  const voterPool = [...users.values()];

  // The demo writes as fast as a script can: per-member write limits are for people.
  const deps4Seed: AppDeps = { ...deps, policy: { ...deps.policy, rateLimits: { ...deps.policy.rateLimits, write: { limit: 1_000_000, windowSeconds: 1 } } } };
  const as = (member: User): ServiceContext => ({ em: deps.orm.em.fork(), viewer: member, deps: deps4Seed, clientIp: '127.0.0.1' });
  const warp: Array<{ realAt: Date; intendedAt: Date }> = [];
  const at = async <T>(intendedAt: number, action: () => Promise<T>): Promise<T> => {
    warp.push({ realAt: new Date(), intendedAt: new Date(intendedAt) });
    return action();
  };
  /** Others than `exclude`, in an order that differs per thread, so votes come from many people. */
  const others = (count: number, exclude: User[], offset: number) => {
    const pool = voterPool.filter((u) => !exclude.includes(u));
    if (count > pool.length) raise(`seed: ${count} votes need more members`);
    return Array.from({ length: count }, (_, k) => pool[(offset + k) % pool.length]!);
  };

  // Spread the threads over the last 60 days, newest last, answers minutes to hours later.
  for (const [i, thread] of seedThreads.entries()) {
    const askedAt = now - ((seedThreads.length - i) / seedThreads.length) * 60 * DAY;
    const asker = user(thread.asker);
    const topic = await at(askedAt, () =>
      askQuestion(as(asker), { title: thread.title, body: thread.body, categoryId: categories.get(thread.category)!.id, tags: thread.tags }),
    );
    let clock = askedAt;
    const answerIds: number[] = [];
    for (const [j, [author, body, score]] of thread.answers.entries()) {
      clock = askedAt + (j + 1) * (17 + ((i * 37) % 240)) * MINUTE;
      const { answer } = await at(clock, () => postAnswer(as(user(author)), topic.id, { body }));
      answerIds.push(answer.id);
      // Votes trickle in over the following hours.
      for (const [k, voter] of others(Math.abs(score), [user(author)], i * 5 + j).entries()) {
        await at(clock + (k + 1) * 6 * MINUTE, () => voteOnAnswer(as(voter), answer.id, Math.sign(score)));
      }
    }
    const lastAnswerAt = clock + Math.max(...thread.answers.map(([, , s]) => Math.abs(s)), 0) * 6 * MINUTE;
    if (thread.accepted !== undefined) {
      await at(lastAnswerAt + 50 * MINUTE, () => setAnswerMark(as(asker), 'accepted', { answerId: answerIds[thread.accepted!]! }));
    }
    if (thread.official !== undefined) {
      await at(lastAnswerAt + 60 * MINUTE, () => setAnswerMark(as(user('maya')), 'official', { answerId: answerIds[thread.official!]! }));
    }
    for (const [k, fan] of others(thread.meToo ?? 0, [asker], i * 3).entries()) {
      await at(askedAt + (k + 1) * 9 * MINUTE, () => setMeToo(as(fan), topic.id, true));
    }
  }

  await em.transactional(async (tx) => {
    await applyTimeWarp(tx, warp);
    // Deadlines follow the moved question times (they lie ahead of the moment they were written).
    const topics = await tx.find(Topic, { slaPlan: { $ne: null } }, { populate: ['author'] });
    for (const topic of topics) await startSlaClock(tx, topic.author, topic);
    await tx.flush();
    // Two months of visits, so the support dashboard has something to show on a fresh install.
    await writeSyntheticSignals(tx, { sessions: 300, days: 60, now: new Date(now) });
    // The demo's past is not news: its members' addresses are confirmed only now, so none of it was
    // emailed (whether or not a mail worker runs meanwhile), and its latest digest counts as sent.
    // From here on, their notifications reach the embedded mail receiver.
    await tx.execute('update app_user set email_verified_at = created_at where email like ?', [demoEmail('%')]);
    await tx.execute('insert into digest_run (period_end, finished_at) values (?, now()) on conflict do nothing', [periodEndAt(new Date(now), deps.policy.digest.hourUtc)]);
  });
  return { topics: seedThreads.length, users: users.size };
}

/**
 * Moves every timestamp written during the seed to its action's intended moment: a value written
 * at real time r, during the action that started at realAt (the latest one at or before r), becomes
 * intendedAt + (r - realAt).
 */
async function applyTimeWarp(em: EntityManager, warp: Array<{ realAt: Date; intendedAt: Date }>): Promise<void> {
  if (warp.length === 0) return;
  await em.execute('create temporary table seed_warp (real_at timestamptz primary key, intended_at timestamptz not null) on commit drop');
  await em.execute(
    `insert into seed_warp select (w->>'realAt')::timestamptz, (w->>'intendedAt')::timestamptz from json_array_elements(?::json) w on conflict (real_at) do nothing`,
    [JSON.stringify(warp)],
  );
  const columns = await em.execute<Array<{ table_name: string; column_name: string }>>(
    `select table_name, column_name from information_schema.columns
     where table_schema = current_schema() and data_type = 'timestamp with time zone'`,
  );
  const since = warp[0]!.realAt;
  for (const { table_name: table, column_name: column } of columns) {
    if (UNWARPED_TABLES.has(table) || UNWARPED.has(`${table}.${column}`)) continue;
    await em.execute(
      `update "${table}" set "${column}" = (select w.intended_at + ("${table}"."${column}" - w.real_at) from seed_warp w where w.real_at <= "${table}"."${column}" order by w.real_at desc limit 1)
       where "${column}" >= ?`,
      [since],
    );
  }
}

function raise(message: string): never {
  throw new Error(message);
}
