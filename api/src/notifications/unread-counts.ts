import type { MikroORM } from '@mikro-orm/postgresql';
import type { LiveBus } from '../live/bus.js';
import type { EventKind } from '../live/event.js';
import { Stream, type LiveHub } from '../live/hub.js';
import type { Logger } from '../logger.js';

/** The events whose transactions may have written notifications. */
const notifying = new Set<EventKind>(['topic_created', 'topic_edited', 'answer_posted', 'answer_edited', 'answer_accepted', 'answer_marked_official']);

/**
 * Live unread counts for the bell. Notifications commit with the event that caused them and carry
 * the same transaction time (now()), so when such an event passes this process's pump, one query
 * finds whom it notified and re-counts only those connected here. Marking read in another tab
 * arrives through the bus. Each person's stream gets its own payload object (shared subscription
 * execution keys on the object).
 */
export class UnreadCounts {
  private streams = new Map<number, Set<Stream<{ count: number }>>>();
  private last = new Map<number, number>();
  private due = new Set<number>();
  /** Notifying events not yet looked at: their topic and transaction time. */
  private touched: Array<{ topicId: number; at: Date }> = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly bus: LiveBus,
    private readonly log: Logger,
    live: LiveHub,
  ) {
    live.observeEvents((event) => {
      if (!notifying.has(event.kind) || event.topicId === null || this.streams.size === 0) return;
      this.touched.push({ topicId: event.topicId, at: event.occurredAt });
      this.schedule();
    });
    bus.subscribe('notifications', (payload) => payload && this.refresh([Number(payload)]));
  }

  open(userId: number, stillSignedIn: () => boolean): AsyncIterableIterator<{ count: number }> {
    const set = this.streams.get(userId) ?? this.streams.set(userId, new Set()).get(userId)!;
    const stream: Stream<{ count: number }> = new Stream(
      () => stillSignedIn(),
      () => {
        set.delete(stream);
        if (set.size === 0) {
          this.streams.delete(userId);
          this.last.delete(userId);
        }
      },
      null,
    );
    set.add(stream);
    this.last.delete(userId); // a new stream starts with the current count
    this.refresh([userId]);
    return stream;
  }

  /** After marking read: every process re-reads this person's count. */
  async announce(userId: number): Promise<void> {
    await this.bus.publish('notifications', String(userId)).catch((err) => this.log.warn({ err }, 'could not announce read notifications'));
  }

  private refresh(userIds: number[]): void {
    for (const id of userIds) if (this.streams.has(id)) this.due.add(id);
    this.schedule();
  }

  private schedule(): void {
    if ((this.due.size === 0 && this.touched.length === 0) || this.timer) return;
    // A burst of events becomes one or two queries.
    this.timer = setTimeout(() => void this.flush(), 20);
  }

  private async flush(): Promise<void> {
    const touched = this.touched;
    this.touched = [];
    const connection = this.orm.em.fork().getConnection();
    try {
      if (touched.length > 0) {
        // Timestamps reach JS in whole milliseconds: the window catches the microseconds.
        const notified = await connection.execute<Array<{ user_id: number }>>(
          `select distinct n.user_id from notification n
           join json_to_recordset(?::json) as e(topic_id int, at timestamptz)
             on n.topic_id = e.topic_id and n.created_at >= e.at and n.created_at < e.at + interval '1 millisecond'`,
          [JSON.stringify(touched.map((e) => ({ topic_id: e.topicId, at: e.at })))],
        );
        for (const { user_id: userId } of notified) if (this.streams.has(userId)) this.due.add(userId);
      }
      const ids = [...this.due];
      this.due.clear();
      if (ids.length === 0) return;
      const rows = await connection.execute<Array<{ user_id: number; n: number }>>(
        `select u.id as user_id, (select count(*) from notification n where n.user_id = u.id and n.read_at is null and n.bell)::int as n
         from json_array_elements_text(?::json) as j(id) join app_user u on u.id = j.id::int`,
        [JSON.stringify(ids)],
      );
      for (const { user_id: userId, n } of rows) {
        if (this.last.get(userId) === n) continue;
        this.last.set(userId, n);
        for (const stream of this.streams.get(userId) ?? []) if (stream.accepts({ count: n })) stream.push({ count: n });
      }
    } catch (err) {
      this.log.warn({ err }, 'could not refresh unread notification counts');
    } finally {
      this.timer = null;
      this.schedule();
    }
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}
