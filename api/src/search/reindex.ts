import type { MikroORM } from '@mikro-orm/postgresql';
import type { Meilisearch } from 'meilisearch';
import { LOCKS, withSessionLock } from '../db/advisory-lock.js';
import { buildDocuments } from './documents.js';
import { applyIndexSettings } from './index-settings.js';
import { addDocumentsEach, completed, type RefusedDocument } from './meili-tasks.js';
import type { Semantic } from './semantic/semantic.js';

const BATCH = 500;

export interface ReindexReport {
  topics: number;
  indexed: number;
  seconds: number;
  /** Texts encoded by the bundled encoder on the way (the rest had cached vectors). */
  encoded: number;
  /** Threads whose documents Meilisearch refused (each added alone): out of search until they change. */
  refused: RefusedDocument[];
  /** True when `unless` found nothing left to do once the lock was had (another process rebuilt it). */
  skipped?: boolean;
}

export interface RebuildOptions {
  signal?: AbortSignal;
  /** Checked once the rebuild lock is held: true skips the rebuild. */
  unless?: () => Promise<boolean>;
}

/**
 * Rebuilds the threads index from PostgreSQL into a fresh index, then swaps it in atomically, so
 * search keeps answering from the old index until the new one is complete. Topics changed while
 * it ran are queued again afterwards: the running indexer brings the new index up to date.
 * One rebuild runs at a time across processes (an advisory lock): two would each swap in their own.
 */
export async function rebuildIndex(
  orm: MikroORM,
  meili: Meilisearch,
  uid: string,
  semantic: Semantic | null,
  onProgress: (done: number, total: number) => void,
  options: RebuildOptions = {},
): Promise<ReindexReport> {
  const databaseUrl = orm.config.get('clientUrl')!;
  return withSessionLock(
    databaseUrl,
    LOCKS.searchRebuild,
    async () => ((await options.unless?.()) ? { topics: 0, indexed: 0, seconds: 0, encoded: 0, refused: [], skipped: true } : rebuild(orm, meili, uid, semantic, onProgress, options.signal)),
    options.signal,
  );
}

async function rebuild(
  orm: MikroORM,
  meili: Meilisearch,
  uid: string,
  semantic: Semantic | null,
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<ReindexReport> {
  const started = Date.now();
  const em = orm.em.fork();
  const connection = em.getConnection();
  const [{ startedAt }] = (await connection.execute<Array<{ startedAt: string }>>('select now()::text as "startedAt"')) as [{ startedAt: string }];
  const [{ total }] = (await connection.execute<Array<{ total: number }>>('select count(*)::int as total from topic')) as [{ total: number }];
  const building = `${uid}_rebuild_${Date.now()}`;
  await meili.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: 30_000 }).catch(() => undefined); // the live index must exist to be swapped
  await applyIndexSettings(meili, building, semantic);

  let done = 0;
  let lastId = 0;
  let encoded = 0;
  const refused: RefusedDocument[] = [];
  onProgress(0, total);
  try {
    for (;;) {
      signal?.throwIfAborted();
      const rows = await connection.execute<Array<{ id: number }>>('select id from topic where id > ? order by id limit ?', [lastId, BATCH]);
      if (rows.length === 0) break;
      lastId = rows.at(-1)!.id;
      const built = await buildDocuments(em, rows.map((r) => r.id));
      let documents: Array<{ id: number }> = built.documents;
      if (semantic?.bundled) {
        // Texts seen before keep their vectors; new ones are encoded here, a small batch at a time.
        for (let i = 0; i < built.documents.length; i += 32) {
          signal?.throwIfAborted();
          encoded += await semantic.encodeMissing(em, built.documents.slice(i, i + 32));
          onProgress(done + Math.min(i + 32, built.documents.length), total);
        }
        documents = (await semantic.attachVectors(em, built.documents)).documents;
      }
      refused.push(...(await addDocumentsEach(meili.index(building), documents, 120_000)));
      done += rows.length;
      onProgress(done, total);
    }
  } catch (err) {
    await meili.deleteIndex(building).waitTask({ timeout: 60_000 }).catch(() => undefined);
    throw err;
  }

  await completed(meili.swapIndexes([{ indexes: [uid, building], rename: false }]), 120_000);
  // The old index, now under the building name: were it left behind, it would cost only disk.
  await meili.deleteIndex(building).waitTask({ timeout: 120_000 });
  await connection.execute('insert into search_outbox (topic_id) select distinct topic_id from event where created_at >= ?::timestamptz and topic_id is not null', [startedAt]);
  const stats = await meili.index(uid).getStats();
  return { topics: total, indexed: stats.numberOfDocuments, seconds: (Date.now() - started) / 1000, encoded, refused };
}
