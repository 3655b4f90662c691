import type { EntityManager } from '@mikro-orm/postgresql';
import type { Audience, EventKind, LiveEvent } from './event.js';

/**
 * Key of the transaction-level advisory lock every event writer takes just before inserting its
 * row. It makes event ids commit in id order, so a reader that has seen id N has seen everything
 * below N: "id > cursor" can never skip a row that committed late. The lock is held only from the
 * insert to the commit, the tail of the transaction.
 */
const EVENT_ORDER_LOCK = [7_001, 1] as const;

const visibilityKinds = new Set<EventKind>(['topic_hidden', 'topic_unhidden', 'answer_hidden', 'answer_unhidden']);

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
 */
export async function recordEvent(em: EntityManager, event: NewEvent): Promise<void> {
  await em.execute('insert into search_outbox (topic_id) values (?)', [event.topicId]);
  await em.execute('select pg_advisory_xact_lock(?, ?)', [...EVENT_ORDER_LOCK]);
  // Changes to hidden posts reach staff only; the hide and unhide themselves reach everyone, so
  // viewers drop (or get back) the post.
  const followsHidden = !visibilityKinds.has(event.kind);
  await em.execute(
    `insert into event (kind, topic_id, category_id, audience, actor_id, payload)
     select ?, t.id, t.category_id,
            case when ?::boolean and (t.is_hidden or coalesce((select a.is_hidden from answer a where a.id = ?::int), false)) then 'staff' else ? end,
            ?::int, jsonb_build_object('topic', topic_snapshot(t.id), 'answer', answer_snapshot(?::int), 'actor', user_snapshot(?::int))
     from topic t where t.id = ?`,
    [event.kind, followsHidden, event.answerId ?? null, event.audience ?? 'public', event.actorId, event.answerId ?? null, event.actorId, event.topicId],
  );
}

interface EventRow {
  id: string;
  kind: EventKind;
  topic_id: number | null;
  category_id: number | null;
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
    audience: row.audience,
    occurredAt: row.created_at,
    topic: row.payload.topic ?? null,
    answer: row.payload.answer ?? null,
    actor: row.payload.actor ?? null,
  };
}

export interface EventScope {
  topicId?: number;
  /** undefined: any category; a number: that category. */
  categoryId?: number;
}

// Ordered by event.id (bigint): a bare "order by id" would sort the text alias, so 10 before 9.
const COLUMNS = 'id::text as id, kind, topic_id, category_id, audience, created_at, payload';

/** Events after a cursor, oldest first, optionally for one topic or category. */
export async function readEvents(em: EntityManager, after: string, scope: EventScope, limit: number): Promise<LiveEvent[]> {
  const where = ['event.id > ?::bigint'];
  const params: unknown[] = [after];
  if (scope.topicId !== undefined) {
    where.push('topic_id = ?');
    params.push(scope.topicId);
  }
  if (scope.categoryId !== undefined) {
    where.push('category_id = ?');
    params.push(scope.categoryId);
  }
  const rows = await em.getConnection().execute<EventRow[]>(
    `select ${COLUMNS} from event where ${where.join(' and ')} order by event.id limit ?`,
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
