import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import type { LiveBus } from './bus.js';
import { resyncEvent, type LiveEvent, type TypingSignal } from './event.js';
import { latestEventId, pruneEvents, prunedThrough, readEvents, type EventScope } from './event-log.js';

/** A reconnecting client is replayed at most this many events; further behind, it refetches. */
const MAX_BACKLOG = 10_000;
/** A subscriber that cannot keep up is told to resync rather than buffered without bound. */
const MAX_BUFFERED = 5_000;
const PUMP_BATCH = 500;
/** Dashboards refetch on a tick; a burst of activity makes one tick. */
const STATS_TICK_MS = 2_000;

/**
 * One subscriber's stream. Live events are buffered from the moment it is registered; the
 * backlog read afterwards goes first; anything at or below the last delivered id is dropped.
 * So the seam between replay and live has no gap and no duplicate.
 */
export class Stream<T extends object> implements AsyncIterableIterator<T> {
  private backlog: T[] = [];
  private buffer: T[] = [];
  private waiter: ((result: IteratorResult<T>) => void) | null = null;
  private done = false;
  private floor: bigint | null = null;
  private finishAfterDrain = false;

  constructor(
    readonly accepts: (item: T) => boolean,
    private readonly onEnd: () => void,
    /** What a stream that fell too far behind ends with; null: drop the oldest instead. */
    private readonly overflowItem: (() => T) | null,
  ) {}

  setBacklog(items: T[], floor: bigint): void {
    this.backlog = items;
    this.floor = floor;
    this.flush();
  }

  push(item: T): void {
    if (this.done) return;
    if (this.buffer.length >= MAX_BUFFERED) {
      if (!this.overflowItem) this.buffer.shift();
      else {
        // Too far behind: drop the buffer, tell the reader to resync, then end.
        this.buffer = [];
        this.backlog = [this.overflowItem()];
        this.floor = null;
        this.finishAfterDrain = true;
        this.flush();
        return;
      }
    }
    this.buffer.push(item);
    this.flush();
  }

  private take(): T | undefined {
    for (;;) {
      const item = this.backlog.length ? this.backlog.shift() : this.buffer.shift();
      if (item === undefined) return undefined;
      // RESYNC is an instruction, not a position in the log: it is never a duplicate.
      const isResync = 'kind' in item && item.kind === 'resync';
      const cursor = !isResync && 'id' in item && typeof item.id === 'string' ? item.id : undefined;
      if (cursor !== undefined && this.floor !== null) {
        const id = BigInt(cursor);
        if (id <= this.floor) continue;
        this.floor = id;
      }
      return item;
    }
  }

  private flush(): void {
    if (!this.waiter) return;
    const item = this.take();
    if (item !== undefined) {
      const waiter = this.waiter;
      this.waiter = null;
      waiter({ value: item, done: false });
    }
  }

  next(): Promise<IteratorResult<T>> {
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    const item = this.take();
    if (item !== undefined) return Promise.resolve({ value: item, done: false });
    if (this.finishAfterDrain) return this.return();
    return new Promise((resolve) => (this.waiter = resolve));
  }

  return(): Promise<IteratorResult<T>> {
    if (!this.done) {
      this.done = true;
      this.onEnd();
      this.waiter?.({ value: undefined, done: true });
      this.waiter = null;
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}

type EventStream = Stream<LiveEvent>;

/**
 * The per-process end of live updates. One pump reads committed events in id order and hands each
 * to the streams that want it; the bus only wakes the pump. Several API processes each run a hub.
 */
export class LiveHub {
  private lastDispatched = 0n;
  private pumping = false;
  private pumpAgain = false;
  private timer: NodeJS.Timeout | undefined;
  private byTopic = new Map<number, Set<EventStream>>();
  private byCategory = new Map<number | 'all', Set<EventStream>>();
  private typingByTopic = new Map<number, Set<Stream<TypingSignal>>>();
  /** Topics hidden since this process started; typing streams opened before learn it from here. */
  private hiddenTopics = new Set<number>();

  private retentionTimer: NodeJS.Timeout | undefined;
  private statsStreams = new Set<Stream<{ at: Date }>>();
  private statsTick: NodeJS.Timeout | null = null;
  /** Process-wide observers of every event, in order (unread notification counts). */
  private observers = new Set<(event: LiveEvent) => void>();

  constructor(
    private readonly orm: MikroORM,
    private readonly bus: LiveBus,
    private readonly log: Logger,
    /** Events older than this are trimmed; a client behind them gets RESYNC. */
    private readonly retentionDays = 14,
  ) {}

  async start(): Promise<void> {
    this.lastDispatched = BigInt(await latestEventId(this.orm.em.fork()));
    this.bus.subscribe('events', () => {
      void this.pump();
      this.scheduleStatsTick();
    });
    this.bus.subscribe('deflection', () => this.scheduleStatsTick());
    this.bus.subscribe('typing', (payload) => payload && this.dispatchTyping(JSON.parse(payload) as TypingSignal));
    // A safety net: a signal lost between commit and NOTIFY (crash, dropped connection) only delays delivery.
    this.timer = setInterval(() => void this.pump(), 2_000);
    this.timer.unref();
    this.retentionTimer = setInterval(() => void this.trim(), 3_600_000);
    this.retentionTimer.unref();
  }

  /** Hourly; one process at a time (a try-lock), the others skip. */
  private async trim(): Promise<void> {
    const em = this.orm.em.fork();
    try {
      await em.transactional(async (tx) => {
        const [lock] = await tx.execute<Array<{ ok: boolean }>>('select pg_try_advisory_xact_lock(7003, 1) as ok');
        if (!lock?.ok) return;
        const trimmed = await pruneEvents(tx, new Date(Date.now() - this.retentionDays * 86_400_000));
        if (trimmed) this.log.info({ trimmed }, 'trimmed old live events');
      });
    } catch (err) {
      this.log.warn({ err }, 'trimming old live events failed');
    }
  }

  /** Called after a transaction that recorded events has committed. */
  async announce(): Promise<void> {
    await this.bus.publish('events', '').catch((err) => this.log.warn({ err }, 'could not signal new events; the pump will poll'));
  }

  /** Called after a transaction that recorded deflection signals has committed: dashboards refresh. */
  async announceSignals(): Promise<void> {
    await this.bus.publish('deflection', '').catch((err) => this.log.warn({ err }, 'could not signal new deflection signals'));
  }

  async pump(): Promise<void> {
    if (this.pumping) {
      this.pumpAgain = true;
      return;
    }
    this.pumping = true;
    try {
      do {
        this.pumpAgain = false;
        for (;;) {
          const events = await readEvents(this.orm.em.fork(), this.lastDispatched.toString(), {}, PUMP_BATCH);
          for (const event of events) {
            this.dispatch(event);
            this.lastDispatched = BigInt(event.id);
          }
          if (events.length < PUMP_BATCH) break;
        }
      } while (this.pumpAgain);
    } catch (err) {
      this.log.error({ err }, 'live pump failed; retrying on the next signal');
    } finally {
      this.pumping = false;
    }
  }

  /** Calls `observer` with every event this process dispatches; returns the way to stop. */
  observeEvents(observer: (event: LiveEvent) => void): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  private dispatch(event: LiveEvent): void {
    if (event.topicId !== null && event.kind === 'topic_hidden') this.hiddenTopics.add(event.topicId);
    if (event.topicId !== null && event.kind === 'topic_unhidden') this.hiddenTopics.delete(event.topicId);
    for (const observer of this.observers) observer(event);
    const targets = [
      event.topicId !== null ? this.byTopic.get(event.topicId) : undefined,
      event.categoryId !== null ? this.byCategory.get(event.categoryId) : undefined,
      this.byCategory.get('all'),
    ];
    for (const streams of targets) {
      if (!streams) continue;
      for (const stream of streams) if (stream.accepts(event)) stream.push(event);
    }
  }

  /**
   * Events of one topic, or of one category (or all), that the viewer may see: first every event
   * after `after` (if given), then live ones.
   */
  async openEvents(scope: EventScope, after: string | null, canSee: (event: LiveEvent) => boolean): Promise<AsyncIterableIterator<LiveEvent>> {
    const [registry, key] =
      scope.topicId !== undefined
        ? [this.byTopic as Map<number | 'all', Set<EventStream>>, scope.topicId]
        : [this.byCategory, scope.categoryId ?? ('all' as const)];
    const set = registry.get(key) ?? registry.set(key, new Set()).get(key)!;
    const stream: EventStream = new Stream<LiveEvent>(
      canSee,
      () => {
        set.delete(stream);
        if (set.size === 0) registry.delete(key);
      },
      () => resyncEvent(this.lastDispatched.toString()),
    );
    set.add(stream);
    try {
      if (after === null) {
        stream.setBacklog([], this.lastDispatched);
        return stream;
      }
      const em = this.orm.em.fork();
      if (BigInt(after) < BigInt(await prunedThrough(em))) {
        stream.setBacklog([resyncEvent(await latestEventId(em))], BigInt(after));
        return stream;
      }
      const backlog = await readEvents(em, after, scope, MAX_BACKLOG + 1);
      if (backlog.length > MAX_BACKLOG) {
        const resumeAt = backlog.at(-1)!.id;
        stream.setBacklog([resyncEvent(resumeAt)], BigInt(after));
      } else {
        // Live copies of backlog events are dropped by the floor; unseen ones never enter the stream.
        stream.setBacklog(backlog.filter(canSee), BigInt(after));
      }
      return stream;
    } catch (error) {
      await stream.return();
      throw error;
    }
  }

  /** Who is typing on a topic, for a viewer; `mayStillSee` is asked once the topic is hidden after opening. */
  openTyping(topicId: number, viewerId: () => number | null, mayStillSee: () => boolean): AsyncIterableIterator<TypingSignal> {
    const set = this.typingByTopic.get(topicId) ?? this.typingByTopic.set(topicId, new Set()).get(topicId)!;
    const stream: Stream<TypingSignal> = new Stream<TypingSignal>(
      (signal) => signal.user.id !== viewerId() && (!this.hiddenTopics.has(topicId) || mayStillSee()),
      () => {
        set.delete(stream);
        if (set.size === 0) this.typingByTopic.delete(topicId);
      },
      null,
    );
    set.add(stream);
    return stream;
  }

  async sendTyping(signal: TypingSignal): Promise<void> {
    await this.bus.publish('typing', JSON.stringify(signal));
  }

  private dispatchTyping(signal: TypingSignal): void {
    for (const stream of this.typingByTopic.get(signal.topicId) ?? []) if (stream.accepts(signal)) stream.push(signal);
  }

  /** Ticks when topics, answers or deflection signals change, at most every STATS_TICK_MS; only while `mayWatch` holds. */
  openStatsTicks(mayWatch: () => boolean): AsyncIterableIterator<{ at: Date }> {
    const stream: Stream<{ at: Date }> = new Stream<{ at: Date }>(() => mayWatch(), () => this.statsStreams.delete(stream), null);
    this.statsStreams.add(stream);
    return stream;
  }

  private scheduleStatsTick(): void {
    if (this.statsStreams.size === 0 || this.statsTick) return;
    this.statsTick = setTimeout(() => {
      this.statsTick = null;
      const tick = { at: new Date() };
      for (const stream of this.statsStreams) if (stream.accepts(tick)) stream.push(tick);
    }, STATS_TICK_MS);
  }

  /** How many streams are open in this process (for health and benchmarks). */
  get openStreams(): number {
    let n = 0;
    for (const set of [...this.byTopic.values(), ...this.byCategory.values()]) n += set.size;
    return n;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    if (this.statsTick) clearTimeout(this.statsTick);
    clearInterval(this.retentionTimer);
    for (const set of [...this.byTopic.values(), ...this.byCategory.values()]) for (const s of [...set]) await s.return();
    for (const set of this.typingByTopic.values()) for (const s of [...set]) await s.return();
    for (const s of [...this.statsStreams]) await s.return();
    await this.bus.close();
  }
}
