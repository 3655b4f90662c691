import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceContext } from '../graphql/context.js';
import { recordEvent, type NewEvent } from './event-log.js';

export type RecordEvent = (event: NewEvent) => Promise<void>;

/**
 * Runs a change and the events it causes in one transaction, then wakes the live pumps after the
 * commit. Pending entity changes are flushed before each event, so its snapshot shows them.
 */
export async function changeWithEvents<T>(ctx: ServiceContext, work: (em: EntityManager, record: RecordEvent) => Promise<T>): Promise<T> {
  let recorded = 0;
  const result = await ctx.em.transactional(async (em) =>
    work(em, async (event) => {
      await em.flush();
      await recordEvent(em, event);
      recorded += 1;
    }),
  );
  if (recorded > 0) await ctx.deps.live.announce();
  return result;
}

/**
 * Serializes retries of one client mutation id by one user (a transaction-level advisory lock), so
 * the check for an earlier result and the insert cannot interleave.
 */
export async function lockClientMutation(em: EntityManager, userId: number, clientMutationId: string): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(?, hashtext(?))', [7_002, `${userId}:${clientMutationId}`]);
}
