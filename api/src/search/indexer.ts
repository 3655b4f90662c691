import type { MikroORM } from '@mikro-orm/postgresql';
import type { Meilisearch } from 'meilisearch';
import type { Logger } from '../logger.js';
import { buildDocuments } from './documents.js';
import { addDocumentsEach, completed } from './meili-tasks.js';
import { DrainLoop } from './drain-loop.js';
import { applyIndexSettings } from './index-settings.js';
import { rebuildIndex } from './reindex.js';
import { EmbeddingJob } from './semantic/embedding-job.js';
import type { Semantic } from './semantic/semantic.js';

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
  private settingsApplied = false;
  /** False while the index lacks the bundled embedder (until its background rebuild swaps in). */
  private vectorsLive = false;
  private rebuilding: Promise<void> | null = null;
  private readonly aborter = new AbortController();
  private readonly loop: DrainLoop;
  /** Encodes what was indexed without vectors (bundled embedder only). */
  readonly embeddings: EmbeddingJob | null;

  constructor(
    private readonly orm: MikroORM,
    private readonly meili: Meilisearch,
    private readonly indexUid: string,
    private readonly log: Logger,
    private readonly semantic: Semantic | null = null,
  ) {
    this.embeddings = semantic?.bundled ? new EmbeddingJob(orm, semantic, () => this.kick(), log) : null;
    this.loop = new DrainLoop({
      before: async () => {
        if (this.settingsApplied) return;
        this.vectorsLive = await applyIndexSettings(this.meili, this.indexUid, this.semantic);
        if (!this.vectorsLive) this.rebuildForVectors();
        this.settingsApplied = true;
      },
      batch: async () => (await this.drainBatch()) === BATCH,
      pollMs: 5_000,
      backoff: { minMs: 500, maxMs: MAX_BACKOFF_MS },
      log,
      messages: { failed: 'search indexing failed; the outbox keeps the changes', recovered: 'search index caught up after Meilisearch was unavailable' },
    });
  }

  start(): void {
    this.embeddings?.start();
    this.loop.start();
  }

  /** Something changed (a commit, a restart): drain soon, unless waiting out a failure. */
  kick(): void {
    this.loop.kick();
  }

  /** Claims up to BATCH outbox rows, indexes their topics, deletes the rows. Returns rows claimed. */
  private async drainBatch(): Promise<number> {
    return this.orm.em.fork().transactional(async (em) => {
      const rows = await em.execute<Array<{ id: string; topic_id: number }>>(
        'select id, topic_id from search_outbox order by id limit ? for update skip locked',
        [BATCH],
      );
      if (rows.length === 0) return 0;
      const changed = rows.map((r) => r.topic_id);
      // A question closed as a duplicate lends its title to the original: a change to it (hidden,
      // reopened, edited) changes the original's document too.
      const originals = await em.execute<Array<{ topic_id: number }>>('select distinct topic_id from topic_phrasing where source_topic_id in (?)', [changed]);
      const topicIds = [...new Set([...changed, ...originals.map((o) => o.topic_id)])];
      const built = await buildDocuments(em, topicIds);
      const { missing } = built;
      let documents: Array<{ id: number }> = built.documents;
      if (this.semantic?.bundled && this.vectorsLive) {
        const withVectors = await this.semantic.attachVectors(em, built.documents);
        documents = withVectors.documents;
        if (withVectors.unencoded.length) {
          // Once per thread: while the encoder is down, every vote would otherwise queue it again.
          await em.execute(
            `insert into embedding_outbox (topic_id)
             select v.id from (values ${withVectors.unencoded.map(() => '(?::int)').join(', ')}) v(id)
             where not exists (select 1 from embedding_outbox o where o.topic_id = v.id)`,
            withVectors.unencoded,
          );
          setImmediate(() => this.embeddings?.kick());
        }
      }
      const index = this.meili.index(this.indexUid);
      const refused = await addDocumentsEach(index, documents, 60_000);
      if (refused.length) {
        // Trying the same document again cannot help: it waits for its thread's next change.
        this.log.error({ refused }, "Meilisearch refused these threads' search documents; they stay out of search until they change");
      }
      if (missing.length) await completed(index.deleteDocuments(missing), 60_000);
      await em.execute('delete from search_outbox where id in (?)', [rows.map((r) => r.id)]);
      return rows.length;
    });
  }

  /**
   * The index was written before the bundled embedder existed: build a new one beside it with
   * vectors, and swap it in. Search keeps answering, by words, from the old index meanwhile.
   */
  private rebuildForVectors(): void {
    if (this.rebuilding) return;
    this.log.info('building the search index again with sentence vectors (search stays available meanwhile)');
    this.rebuilding = rebuildIndex(this.orm, this.meili, this.indexUid, this.semantic, () => undefined, {
      signal: this.aborter.signal,
      // Another API process may have rebuilt it while this one waited for the lock.
      unless: () => applyIndexSettings(this.meili, this.indexUid, this.semantic),
    })
      .then((report) => {
        this.vectorsLive = true;
        if (!report.skipped) this.log.info({ threads: report.indexed, seconds: report.seconds }, 'search index rebuilt with sentence vectors');
      })
      .catch((err: Error) => {
        if (!this.loop.isStopped) this.log.warn({ err: err.message }, 'could not rebuild the search index with vectors; retrying at the next start');
      })
      .finally(() => {
        this.rebuilding = null;
        this.kick();
      });
  }

  /** Waits until the outbox has been drained once more (or the timeout passes), and with the bundled embedder, until every thread has its vectors. */
  async idle(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const drained = () => this.loop.idle(deadline, 'search index did not catch up in time');
    await drained();
    if (!this.embeddings || !this.vectorsLive) return;
    while ((await this.embeddings.pending()) > 0 || (await this.pending()) > 0) {
      await this.embeddings.idle(deadline);
      await drained();
    }
  }

  async pending(): Promise<number> {
    const [row] = await this.orm.em.fork().getConnection().execute<Array<{ n: number }>>('select count(*)::int as n from search_outbox');
    return row!.n;
  }

  stop(): void {
    this.loop.stop();
    this.aborter.abort();
    this.embeddings?.stop();
  }
}
