import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '../accounts/user.entity.js';

export type ModerationActionKind = 'hide' | 'unhide' | 'dismiss_flags' | 'lock' | 'unlock' | 'move' | 'close_as_duplicate' | 'remove_phrasing';

/** Writes one moderation audit log entry (who, what, when, why) in the caller's transaction. */
export async function recordModeration(
  em: EntityManager,
  entry: { actor: User; action: ModerationActionKind; topicId: number | null; answerId?: number | null; reason?: string | null; details?: Record<string, unknown> },
): Promise<void> {
  await em.execute('insert into moderation_action (actor_id, action, topic_id, answer_id, reason, details) values (?, ?, ?, ?, ?, ?::jsonb)', [
    entry.actor.id,
    entry.action,
    entry.topicId,
    entry.answerId ?? null,
    entry.reason ?? null,
    JSON.stringify(entry.details ?? {}),
  ]);
}
