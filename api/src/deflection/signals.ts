import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { isStaff } from '../accounts/user.entity.js';
import { notFound } from '../errors.js';
import type { ServiceContext } from '../graphql/context.js';
import type { LiveHub } from '../live/hub.js';
import type { Logger } from '../logger.js';
import { canViewTopic } from '../topics/permissions.js';
import { limitKey } from '../rate-limit.js';
import { Topic } from '../topics/topic.entity.js';
import { parseInput, truncate } from '../validation.js';
import { addSolvedPhrasing, withdrawSolvedPhrasings } from '../search/phrasings.js';

/**
 * What a visitor did that tells whether the community answered them. The server records search,
 * suggestions_shown and question_posted itself; the browser reports the rest (recordSignal).
 */
export const signalKinds = [
  'search',
  'search_click',
  'suggestions_shown',
  'suggestion_click',
  'ask_opened',
  'solved',
  'not_solved',
  'topic_viewed',
  'question_posted',
  'duplicate_followed',
] as const;
export type SignalKind = (typeof signalKinds)[number];

export interface Signal {
  kind: SignalKind;
  /** The search text, or the ask form's title for suggestions (lower-cased, trimmed). */
  query?: string | null;
  hitCount?: number | null;
  topicId?: number | null;
  /** 1-based position of a clicked result. */
  rank?: number | null;
  /** When it happened (default: now); background writes pass the request's time. */
  at?: Date;
}

/** Opening a thread that already has an accepted or official answer is a solved signal. */
async function solvedIfAnswered(em: EntityManager, sessionId: number | string, topicId: number): Promise<void> {
  await em.execute(
    `update deflection_session s set solved_at = coalesce(s.solved_at, now()), solved_topic_id = coalesce(s.solved_topic_id, t.id)
       from topic t
      where s.id = ? and t.id = ? and (t.accepted_answer_id is not null or t.official_answer_id is not null)`,
    [sessionId, topicId],
  );
}

/** A visit ends after this long without a signal. */
export const SESSION_GAP = '30 minutes';
/** A question posted this long after a session still makes it a failed deflection. */
export const POST_WINDOW = '24 hours';
/** Search-as-you-type: a refined query this soon after the last one is the same search (Discourse uses 5 s). */
const MERGE_WINDOW = '5 seconds';

export const normalizeQuery = (text: string) => truncate(text.trim().replace(/\s+/g, ' ').toLowerCase(), 200);

interface Who {
  visitorId: string;
  userId: number | null;
  isStaff: boolean;
}

/** Who a request's signals belong to; null for crawlers and for requests without a visitor id. */
export function signalSource(ctx: ServiceContext): Who | null {
  if (!ctx.visitor || ctx.visitor.isCrawler) return null;
  return { visitorId: ctx.visitor.id, userId: ctx.viewer?.id ?? null, isStaff: isStaff(ctx.viewer) };
}

/** Signals that list results (a search, the suggestions shown): the read path records them, typing merges them. */
export type ListingSignal = Signal & { kind: 'search' | 'suggestions_shown' };
const isListing = (signal: Signal): signal is ListingSignal => signal.kind === 'search' || signal.kind === 'suggestions_shown';

/**
 * Records listing signals in order, each in its visitor's current session, in one statement
 * (the database function deflection_record_listings, migration SignalFunctions): a batch of a busy
 * search page's signals costs one round trip.
 */
async function recordListings(em: EntityManager, signals: Array<{ who: Who; signal: ListingSignal }>): Promise<void> {
  const rows = signals.map(({ who, signal }) => ({
    visitor: who.visitorId,
    user_id: who.userId,
    is_staff: who.isStaff,
    kind: signal.kind,
    query: signal.query ? normalizeQuery(signal.query) : null,
    hit_count: signal.hitCount ?? null,
    at: (signal.at ?? new Date()).toISOString(),
  }));
  await em.execute(`select deflection_record_listings(?::jsonb, interval '${SESSION_GAP}', interval '${MERGE_WINDOW}')`, [JSON.stringify(rows)]);
}

/**
 * Records a signal in the visitor's current session inside the caller's transaction, and keeps the
 * session's outcome columns current (so the dashboard aggregates sessions, never raw events).
 * After the commit the caller announces it (live.announceSignals, or a live event's announce).
 */
export async function recordSignal(em: EntityManager, who: Who, signal: Signal): Promise<void> {
  if (isListing(signal)) return recordListings(em, [{ who, signal }]);
  // The session is opened or touched under the visitor's lock: two tabs must not open two sessions.
  const [session] = await em.execute<Array<{ id: string }>>(`select deflection_touch_session(?, ?, ?, interval '${SESSION_GAP}')::text as id`, [who.visitorId, who.userId, who.isStaff]);
  const sessionId = session!.id;
  const query = signal.query ? normalizeQuery(signal.query) : null;
  const at = signal.at ?? new Date();
  await em.execute(
    'insert into deflection_event (session_id, is_staff, at, kind, query, hit_count, topic_id, rank) values (?, ?, ?, ?, ?, ?, ?, ?)',
    [sessionId, who.isStaff, at, signal.kind, query, signal.hitCount ?? null, signal.topicId ?? null, signal.rank ?? null],
  );

  switch (signal.kind) {
    case 'ask_opened':
      await em.execute('update deflection_session set ask_opened = true where id = ?', [sessionId]);
      break;
    case 'topic_viewed':
      await em.execute('update deflection_session set views = views + 1 where id = ?', [sessionId]);
      break;
    case 'search_click':
    case 'suggestion_click': {
      // The click belongs to the list it was made in; a list nobody clicks is a poor result.
      await em.execute(
        `update deflection_event set clicks = clicks + 1
          where id = (select id from deflection_event where session_id = ? and kind = ? order by id desc limit 1)`,
        [sessionId, signal.kind === 'search_click' ? 'search' : 'suggestions_shown'],
      );
      await solvedIfAnswered(em, sessionId, signal.topicId!);
      break;
    }
    case 'duplicate_followed':
      // Landing on a duplicate (often from web search) and following it to the original shows the
      // same intent as a search; an original with a solution solves it like a search click.
      await em.execute('update deflection_session set followed_duplicate = true where id = ?', [sessionId]);
      await solvedIfAnswered(em, sessionId, signal.topicId!);
      break;
    case 'solved':
      await em.execute('update deflection_session set solved_at = now(), solved_topic_id = ? where id = ?', [signal.topicId, sessionId]);
      if (who.userId && !who.isStaff) await addSolvedPhrasing(em, sessionId, who.userId, signal.topicId!);
      break;
    case 'not_solved':
      // "No" on the thread that counted as the solution takes that back.
      await em.execute('update deflection_session set solved_at = null, solved_topic_id = null where id = ? and solved_topic_id = ?', [
        sessionId,
        signal.topicId,
      ]);
      if (who.userId) await withdrawSolvedPhrasings(em, who.userId, signal.topicId!, POST_WINDOW);
      break;
    case 'question_posted':
      await em.execute('update deflection_session set posted_at = coalesce(posted_at, now()) where id = ?', [sessionId]);
      // The visitor's earlier sessions of the last day did not answer them after all.
      await em.execute(
        `update deflection_session set posted_later_at = coalesce(posted_later_at, now())
          where id <> ? and last_at > now() - interval '${POST_WINDOW}' and (visitor_id = ? or user_id = ?)`,
        [sessionId, who.visitorId, who.userId],
      );
      // Said a suggestion solved it, then asked anyway: that wording did not find the answer.
      if (who.userId) await withdrawSolvedPhrasings(em, who.userId, null, POST_WINDOW);
      break;
  }
}

/** Read-path signals waiting beyond this are dropped (a database that cannot keep up must not take the memory). */
const MAX_QUEUED_SIGNALS = 10_000;
/** How long read-path signals gather before they are written together. */
const SIGNAL_BATCH_WAIT_MS = 50;

/**
 * Records the signals measured on the read path (searches, suggestions shown) after the answer has
 * gone out: the reader never waits for the log, and a failed write only costs a figure. Signals
 * queue up and one writer records whatever has gathered in one statement, so a busy search page
 * costs one round trip per batch, never a connection per search taken from readers.
 */
export class SignalRecorder {
  private queue: Array<{ who: Who; signal: ListingSignal }> = [];
  private writing: Promise<void> | null = null;
  private dropped = 0;

  constructor(
    private readonly orm: MikroORM,
    private readonly live: LiveHub,
    private readonly log: Logger,
  ) {}

  inBackground(ctx: ServiceContext, signal: ListingSignal): void {
    const who = signalSource(ctx);
    if (!who) return;
    if (this.queue.length >= MAX_QUEUED_SIGNALS) {
      if (this.dropped++ === 0) this.log.warn({ queued: this.queue.length }, 'deflection signals are arriving faster than they can be recorded; dropping some');
      return;
    }
    this.queue.push({ who, signal: { ...signal, at: signal.at ?? new Date() } });
    this.writing ??= this.writeQueued().finally(() => (this.writing = null));
  }

  private async writeQueued(): Promise<void> {
    // A moment's wait gathers what arrives meanwhile into the batch, and keeps the writing off the requests in flight.
    await new Promise((resolve) => setTimeout(resolve, SIGNAL_BATCH_WAIT_MS));
    while (this.queue.length > 0) {
      // Visitors in one order (each one's signals in theirs): two processes' batches lock them alike, never crosswise.
      const batch = this.queue.sort((x, y) => (x.who.visitorId < y.who.visitorId ? -1 : x.who.visitorId > y.who.visitorId ? 1 : 0));
      this.queue = [];
      this.dropped = 0;
      try {
        await recordListings(this.orm.em.fork(), batch);
      } catch {
        // One bad signal fails the batch: record them one by one, so it costs only itself.
        for (const one of batch) {
          await recordListings(this.orm.em.fork(), [one]).catch((err: unknown) => this.log.warn({ err, kind: one.signal.kind }, 'could not record a deflection signal'));
        }
      }
      await this.live.announceSignals().catch((err: unknown) => this.log.warn({ err }, 'could not announce deflection signals'));
    }
  }

  /** Resolves once every signal queued so far has been written (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.writing) await this.writing;
  }
}

const clientKinds = ['search_click', 'suggestion_click', 'ask_opened', 'solved', 'not_solved', 'topic_viewed', 'duplicate_followed'] as const;
const reportSchema = z
  .object({
    kind: z.enum(clientKinds),
    topicId: z.number().int().positive().nullish(),
    rank: z.number().int().min(1, 'rank starts at 1.').max(1000).nullish(),
    query: z.string().max(200, 'At most 200 characters.').nullish(),
  })
  .refine((s) => s.kind === 'ask_opened' || s.topicId, { message: 'This signal needs a topicId.', path: ['topicId'] })
  .refine((s) => !s.kind.endsWith('_click') || s.rank, { message: 'A click needs its rank.', path: ['rank'] });

/** A signal the browser reports. Returns false when it is not counted (crawler, no visitor id). */
export async function reportSignal(ctx: ServiceContext, input: unknown): Promise<boolean> {
  const signal = parseInput(reportSchema, input);
  const who = signalSource(ctx);
  if (!who) return false;
  const rule = ctx.deps.policy.rateLimits.signal;
  await ctx.deps.limiter.hit('signal', who.visitorId, rule);
  // The visitor id is a cookie the client chooses: a new one per request must not escape the limit.
  // An address (an office, a NAT) holds many visitors, so it gets ten times the allowance.
  await ctx.deps.limiter.hit('signal_ip', limitKey(ctx.clientIp), { limit: rule.limit * 10, windowSeconds: rule.windowSeconds });
  if (signal.topicId) {
    const topic = await ctx.em.findOne(Topic, { id: signal.topicId });
    if (!topic || !canViewTopic(ctx.viewer, topic)) throw notFound('Topic');
  }
  await ctx.em.transactional((em) => recordSignal(em, who, signal));
  await ctx.deps.live.announceSignals();
  return true;
}
