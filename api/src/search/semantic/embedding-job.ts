import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../logger.js';
import { buildDocuments } from '../documents.js';
import { DrainLoop } from '../drain-loop.js';
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
  private readonly loop: DrainLoop;

  constructor(
    private readonly orm: MikroORM,
    private readonly semantic: Semantic,
    /** Threads got vectors: the indexer should write them again. */
    private readonly onEncoded: () => void,
    log: Logger,
  ) {
    this.loop = new DrainLoop({
      batch: async () => (await this.drainBatch()) > 0,
      pollMs: 10_000,
      backoff: { minMs: 1_000, maxMs: MAX_BACKOFF_MS },
      log,
      messages: { failed: 'encoding threads failed; they stay searchable by words', recovered: 'the sentence encoder is back; threads are being encoded again' },
    });
  }

  start(): void {
    this.loop.start();
  }

  kick(): void {
    this.loop.kick();
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

  /** Resolves when the queue has been found empty once more (tests and benchmarks); deadline: a Date.now() value. */
  idle(deadline: number): Promise<void> {
    return this.loop.idle(deadline, 'the embedding queue did not empty in time');
  }

  async pending(): Promise<number> {
    const [row] = await this.orm.em.fork().getConnection().execute<Array<{ n: number }>>('select count(*)::int as n from embedding_outbox');
    return row!.n;
  }

  stop(): void {
    this.loop.stop();
  }
}
