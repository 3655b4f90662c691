import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../errors.js';
import type { ServiceContext } from '../graphql/context.js';
import { changeWithEvents } from '../live/transaction.js';
import { recordModeration } from '../moderation/audit.js';
import { requireModerator } from '../accounts/accounts.service.js';
import { canModerate } from '../topics/permissions.js';
import { normalizeText, truncate } from '../validation.js';

/**
 * Other wordings of a thread's question ("also asked as"), which the index carries with the thread
 * (documents.ts) so that the next person who words it that way finds it. Learned from:
 * - duplicates: closing a question as a duplicate lends its title to the original. Hidden or
 *   reopened duplicates lend nothing (checked when the document is built);
 * - solved suggestions: a signed-in member who says a suggested thread solved their problem lends
 *   the title they were typing, taken back if they say it did not, or post their question anyway.
 *   Only members: a stranger must not be able to attach words to threads. Only staff see these.
 */
export type PhrasingSource = 'duplicate' | 'solved';

export interface PhrasingRow {
  id: number;
  topicId: number;
  text: string;
  source: PhrasingSource;
  sourceTopicId: number | null;
  createdAt: string;
}

const MAX_LENGTH = 200;

export async function addDuplicatePhrasing(em: EntityManager, originalId: number, duplicate: { id: number; title: string }): Promise<void> {
  await em.execute(
    `insert into topic_phrasing (topic_id, text, source, source_topic_id) values (?, ?, 'duplicate', ?) on conflict do nothing`,
    [originalId, truncate(normalizeText(duplicate.title), MAX_LENGTH), duplicate.id],
  );
}

/** The member's last ask-form title in this visit became a solved suggestion of the thread. */
export async function addSolvedPhrasing(em: EntityManager, sessionId: number | string, userId: number, topicId: number): Promise<void> {
  const inserted = await em.execute<Array<{ topic_id: number }>>(
    `insert into topic_phrasing (topic_id, text, source, user_id)
     select t.id, left(e.query, ${MAX_LENGTH}), 'solved', ?
       from topic t,
            lateral (select query from deflection_event where session_id = ? and kind = 'suggestions_shown' and query is not null order by id desc limit 1) e
      where t.id = ? and not t.is_hidden and t.duplicate_of_id is null and length(e.query) >= 10
     on conflict do nothing
     returning topic_id`,
    [userId, sessionId, topicId],
  );
  if (inserted.length) await em.execute('insert into search_outbox (topic_id) values (?)', [topicId]);
}

/** "It did not solve it" (for one thread), or the member posted their question after all (all recent ones). */
export async function withdrawSolvedPhrasings(em: EntityManager, userId: number, topicId: number | null, since: string): Promise<void> {
  const removed = await em.execute<Array<{ topic_id: number }>>(
    `delete from topic_phrasing where source = 'solved' and user_id = ? and (?::int is null or topic_id = ?) and created_at > now() - ?::interval returning topic_id`,
    [userId, topicId, topicId, since],
  );
  if (removed.length) await em.execute(`insert into search_outbox (topic_id) values ${removed.map(() => '(?)').join(', ')}`, removed.map((r) => r.topic_id));
}

const COLUMNS = `id, topic_id as "topicId", text, source, source_topic_id as "sourceTopicId", created_at as "createdAt"`;

/** Staff see a thread's phrasings; everyone else gets null (a solved phrasing is what a member typed). */
export async function phrasingsOf(ctx: ServiceContext, topicId: number): Promise<PhrasingRow[] | null> {
  if (!canModerate(ctx.viewer)) return null;
  return ctx.em.getConnection().execute<PhrasingRow[]>(
    `select ${COLUMNS} from topic_phrasing where topic_id = ? and removed_at is null order by id desc`,
    [topicId],
  );
}

export async function removePhrasing(ctx: ServiceContext, phrasingId: string): Promise<number> {
  const viewer = requireModerator(ctx);
  if (!/^\d{1,9}$/.test(phrasingId)) throw badInput('Unknown phrasing.', { phrasingId: 'Not a phrasing id.' });
  return changeWithEvents(ctx, async (em, record) => {
    const [row] = await em.execute<Array<{ topic_id: number; text: string }>>(
      'update topic_phrasing set removed_at = now(), removed_by_id = ? where id = ? and removed_at is null returning topic_id, text',
      [viewer.id, Number(phrasingId)],
    );
    if (!row) throw notFound('Phrasing');
    await recordModeration(em, { actor: viewer, action: 'remove_phrasing', topicId: row.topic_id, details: { text: row.text } });
    // The event queues the thread for the index, which then drops the wording.
    await record({ kind: 'topic_updated', topicId: row.topic_id, actorId: viewer.id });
    return row.topic_id;
  });
}
