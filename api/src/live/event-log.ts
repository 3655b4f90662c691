import type { EntityManager } from '@mikro-orm/postgresql';
import type { Audience, EventKind, LiveEvent } from './event.js';

/**
 * Key of the transaction-level advisory lock every event writer takes just before inserting its
 * row. It makes event ids commit in id order, so a reader that has seen id N has seen everything
 * below N: "id > cursor" can never skip a row that committed late. The lock is held only from the
 * insert to the commit, the tail of the transaction.
 */
const EVENT_ORDER_LOCK = [7_001, 1] as const;

/** Hide and unhide events carry ids only: the content they are about may be what had to go. */
export const idsOnlyKinds = new Set<EventKind>(['topic_hidden', 'topic_unhidden', 'answer_hidden', 'answer_unhidden']);

export interface NewEvent {
  kind: EventKind;
  topicId: number;
  answerId?: number | null;
  actorId: number | null;
  audience?: Audience;
}

/**
 * Writes one event inside the caller's transaction, with snapshots of the state it leaves, and
 * queues the topic's search document for rebuilding (the search outbox) in the same transaction:
 * whatever readers can see change, search catches up with, and nothing is lost if Meilisearch is down.
 * Who may see it is decided when it is delivered, against the posts as they are then (canViewEvent).
 */
export async function recordEvent(em: EntityManager, event: NewEvent): Promise<void> {
  await em.execute('insert into search_outbox (topic_id) values (?)', [event.topicId]);
  await em.execute('select pg_advisory_xact_lock(?, ?)', [...EVENT_ORDER_LOCK]);
  const withSnapshots = !idsOnlyKinds.has(event.kind);
  await em.execute(
    `insert into event (kind, topic_id, category_id, answer_id, audience, actor_id, payload)
     select ?, t.id, t.category_id, ?::int, ?, ?::int,
            case when ?::boolean
                 then jsonb_build_object('topic', topic_snapshot(t.id), 'answer', answer_snapshot(?::int), 'actor', user_snapshot(?::int))
                 else jsonb_build_object('topic', null, 'answer', null, 'actor', null) end
     from topic t where t.id = ?`,
    [event.kind, event.answerId ?? null, event.audience ?? 'public', event.actorId, withSnapshots, event.answerId ?? null, event.actorId, event.topicId],
  );
}

interface EventRow {
  id: string;
  kind: EventKind;
  topic_id: number | null;
  category_id: number | null;
  answer_id: number | null;
  topic_hidden: boolean | null;
  topic_author_id: number | null;
  answer_hidden: boolean | null;
  answer_author_id: number | null;
  audience: Audience;
  created_at: Date;
  payload: Pick<LiveEvent, 'topic' | 'answer' | 'actor'>;
}

export function toLiveEvent(row: EventRow): LiveEvent {
  return {
    id: String(row.id),
    kind: row.kind,
    topicId: row.topic_id,
    categoryId: row.category_id,
    answerId: row.answer_id,
    audience: row.audience,
    occurredAt: row.created_at,
    topic: row.payload.topic ?? null,
    answer: row.payload.answer ?? null,
    actor: row.payload.actor ?? null,
    visibility: {
      audience: row.audience,
      idsOnly: idsOnlyKinds.has(row.kind),
      topic: row.topic_author_id === null ? null : { isHidden: Boolean(row.topic_hidden), authorId: row.topic_author_id },
      answer: row.answer_author_id === null ? null : { isHidden: Boolean(row.answer_hidden), authorId: row.answer_author_id },
    },
  };
}

export interface EventScope {
  topicId?: number;
  /** undefined: any category; a number: that category. */
  categoryId?: number;
}

// Ordered by event.id (bigint): a bare "order by id" would sort the text alias, so 10 before 9.
// The posts' current state rides along: delivery judges visibility by it, not by the snapshot's.
const COLUMNS = `event.id::text as id, event.kind, event.topic_id, event.category_id, event.answer_id, event.audience, event.created_at, event.payload,
  t.is_hidden as topic_hidden, t.author_id as topic_author_id, a.is_hidden as answer_hidden, a.author_id as answer_author_id`;
const FROM = 'event left join topic t on t.id = event.topic_id left join answer a on a.id = event.answer_id';

/** Events after a cursor, oldest first, optionally for one topic or category. */
export async function readEvents(em: EntityManager, after: string, scope: EventScope, limit: number): Promise<LiveEvent[]> {
  const where = ['event.id > ?::bigint'];
  const params: unknown[] = [after];
  if (scope.topicId !== undefined) {
    where.push('event.topic_id = ?');
    params.push(scope.topicId);
  }
  if (scope.categoryId !== undefined) {
    where.push('event.category_id = ?');
    params.push(scope.categoryId);
  }
  const rows = await em.getConnection().execute<EventRow[]>(
    `select ${COLUMNS} from ${FROM} where ${where.join(' and ')} order by event.id limit ?`,
    [...params, limit],
  );
  return rows.map(toLiveEvent);
}

/** The newest committed event id: a page read after taking it misses nothing that follows it. */
export async function latestEventId(em: EntityManager): Promise<string> {
  const [row] = await em.getConnection().execute<Array<{ id: string }>>('select coalesce(max(id), 0)::text as id from event');
  return row!.id;
}

/** Ids at or below this may have been trimmed: a client behind it must resync. */
export async function prunedThrough(em: EntityManager): Promise<string> {
  const [row] = await em.getConnection().execute<Array<{ id: string }>>('select pruned_through::text as id from event_horizon');
  return row!.id;
}

/** Trims events older than the retention window and moves the horizon past them. */
export async function pruneEvents(em: EntityManager, olderThan: Date): Promise<number> {
  return em.transactional(async (tx) => {
    const [row] = await tx.execute<Array<{ max: string | null; count: string }>>(
      `with gone as (delete from event where created_at < ? returning id)
       select max(id)::text as max, count(*)::text as count from gone`,
      [olderThan],
    );
    if (row?.max) await tx.execute('update event_horizon set pruned_through = greatest(pruned_through, ?::bigint)', [row.max]);
    return Number(row?.count ?? 0);
  });
}
