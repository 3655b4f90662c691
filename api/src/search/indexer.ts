import type { MikroORM } from '@mikro-orm/postgresql';
import type { Meilisearch } from 'meilisearch';
import type { Logger } from '../logger.js';
import { buildDocuments } from './documents.js';
import { applyIndexSettings } from './index-settings.js';

const BATCH = 500;
/** A Meilisearch that comes back is caught up with within this long. */
const MAX_BACKOFF_MS = 10_000;

/**
 * Drains the search outbox into Meilisearch. Rows are claimed with FOR UPDATE SKIP LOCKED, so
 * several API processes can run it; they are deleted only after Meilisearch has applied the
 * batch, in the same transaction, so a failure anywhere leaves them for the next try. Writes to
 * Meilisearch are whole documents keyed by topic id: replaying a batch is harmless.
 */
export class SearchIndexer {
  private running = false;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private backoffMs = 0;
  private settingsApplied = false;
  private stopped = false;
  /** Resolves when a drain finds the outbox empty (tests and benchmarks wait on it). */
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly orm: MikroORM,
    private readonly meili: Meilisearch,
    private readonly indexUid: string,
    private readonly log: Logger,
  ) {}

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => this.kick(), 5_000);
    this.timer.unref();
    this.kick();
  }

  /** Something changed (a commit, a restart): drain soon, unless waiting out a failure. */
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
      if (!this.settingsApplied) {
        await applyIndexSettings(this.meili, this.indexUid);
        this.settingsApplied = true;
      }
      do {
        this.again = false;
        while (!this.stopped && (await this.drainBatch()) === BATCH);
      } while (this.again && !this.stopped);
      if (this.backoffMs > 0) this.log.info('search index caught up after Meilisearch was unavailable');
      this.backoffMs = 0;
      for (const resolve of this.idleWaiters.splice(0)) resolve();
    } catch (err) {
      this.backoffMs = Math.min(Math.max(this.backoffMs * 2, 500), MAX_BACKOFF_MS);
      this.log.warn({ err: (err as Error).message, retryInMs: this.backoffMs }, 'search indexing failed; the outbox keeps the changes');
      this.retryTimer = setTimeout(() => {
        this.retryTimer = undefined;
        this.kick();
      }, this.backoffMs);
      this.retryTimer.unref();
    } finally {
      this.running = false;
    }
  }

  /** Claims up to BATCH outbox rows, indexes their topics, deletes the rows. Returns rows claimed. */
  private async drainBatch(): Promise<number> {
    return this.orm.em.fork().transactional(async (em) => {
      const rows = await em.execute<Array<{ id: string; topic_id: number }>>(
        'select id, topic_id from search_outbox order by id limit ? for update skip locked',
        [BATCH],
      );
      if (rows.length === 0) return 0;
      const topicIds = [...new Set(rows.map((r) => r.topic_id))];
      const { documents, missing } = await buildDocuments(em, topicIds);
      const index = this.meili.index(this.indexUid);
      if (documents.length) await index.addDocuments(documents, { primaryKey: 'id' }).waitTask({ timeout: 60_000 });
      if (missing.length) await index.deleteDocuments(missing).waitTask({ timeout: 60_000 });
      await em.execute('delete from search_outbox where id in (?)', [rows.map((r) => r.id)]);
      return rows.length;
    });
  }

  /** Waits until the outbox has been drained once more (or the timeout passes). */
  async idle(timeoutMs = 30_000): Promise<void> {
    const done = new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    this.kick();
    await Promise.race([done, new Promise((_, reject) => setTimeout(() => reject(new Error('search index did not catch up in time')), timeoutMs))]);
  }

  async pending(): Promise<number> {
    const [row] = await this.orm.em.fork().getConnection().execute<Array<{ n: number }>>('select count(*)::int as n from search_outbox');
    return row!.n;
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
    clearTimeout(this.retryTimer);
  }
}
