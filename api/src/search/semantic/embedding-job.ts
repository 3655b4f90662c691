import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../logger.js';
import { buildDocuments } from '../documents.js';
import type { Semantic } from './semantic.js';

/** Threads encoded per transaction: about a second of the encoder's time. */
const BATCH = 16;
const MAX_BACKOFF_MS = 60_000;

/**
 * Encodes the texts of threads that the indexer wrote without vectors (embedding_outbox), stores
 * the vectors, and queues the threads for the indexer again, which then writes them with vectors.
 * Off every request's path: a slow or broken encoder delays meaning, never a post or a word search.
 * Rows are claimed FOR UPDATE SKIP LOCKED, so several API processes share the work.
 */
export class EmbeddingJob {
  private running = false;
  private again = false;
  private stopped = true;
  private timer: NodeJS.Timeout | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private backoffMs = 0;
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly orm: MikroORM,
    private readonly semantic: Semantic,
    /** Threads got vectors: the indexer should write them again. */
    private readonly onEncoded: () => void,
    private readonly log: Logger,
  ) {}

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => this.kick(), 10_000);
    this.timer.unref();
    this.kick();
  }

  kick(): void {
    if (this.stopped || this.retryTimer) return;
    void this.drain();
  }

  private async drain(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      do {
        this.again = false;
        while (!this.stopped && (await this.drainBatch()) > 0);
      } while (this.again && !this.stopped);
      if (this.backoffMs > 0) this.log.info('the sentence encoder is back; threads are being encoded again');
      this.backoffMs = 0;
      for (const resolve of this.idleWaiters.splice(0)) resolve();
    } catch (err) {
      if (this.stopped) return;
      this.backoffMs = Math.min(Math.max(this.backoffMs * 2, 1_000), MAX_BACKOFF_MS);
      this.log.warn({ err: (err as Error).message, retryInMs: this.backoffMs }, 'encoding threads failed; they stay searchable by words');
      this.retryTimer = setTimeout(() => {
        this.retryTimer = undefined;
        this.kick();
      }, this.backoffMs);
      this.retryTimer.unref();
    } finally {
      this.running = false;
    }
  }

  private async drainBatch(): Promise<number> {
    const encoded = await this.orm.em.fork().transactional(async (em) => {
      const rows = await em.execute<Array<{ id: string; topic_id: number }>>(
        'select id, topic_id from embedding_outbox order by id limit ? for update skip locked',
        [BATCH],
      );
      if (rows.length === 0) return 0;
      const topicIds = [...new Set(rows.map((r) => r.topic_id))];
      const { documents } = await buildDocuments(em, topicIds);
      await this.semantic.encodeMissing(em, documents);
      if (documents.length) await em.execute(`insert into search_outbox (topic_id) values ${documents.map(() => '(?)').join(', ')}`, documents.map((d) => d.id));
      await em.execute('delete from embedding_outbox where id in (?)', [rows.map((r) => r.id)]);
      return rows.length;
    });
    if (encoded > 0) this.onEncoded();
    return encoded;
  }

  /** Resolves when the queue has been found empty once more (tests and benchmarks). */
  async idle(timeoutMs = 60_000): Promise<void> {
    const done = new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    this.kick();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      done,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('the embedding queue did not empty in time')), timeoutMs);
      }),
    ]).finally(() => clearTimeout(timer));
  }

  async pending(): Promise<number> {
    const [row] = await this.orm.em.fork().getConnection().execute<Array<{ n: number }>>('select count(*)::int as n from embedding_outbox');
    return row!.n;
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
    clearTimeout(this.retryTimer);
  }
}
