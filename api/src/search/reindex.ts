import type { MikroORM } from '@mikro-orm/postgresql';
import type { Meilisearch } from 'meilisearch';
import { buildDocuments } from './documents.js';
import { applyIndexSettings } from './index-settings.js';

const BATCH = 500;

export interface ReindexReport {
  topics: number;
  indexed: number;
  seconds: number;
}

/**
 * Rebuilds the threads index from PostgreSQL into a fresh index, then swaps it in atomically, so
 * search keeps answering from the old index until the new one is complete. Topics changed while
 * it ran are queued again afterwards: the running indexer brings the new index up to date.
 */
export async function rebuildIndex(
  orm: MikroORM,
  meili: Meilisearch,
  uid: string,
  onProgress: (done: number, total: number) => void,
): Promise<ReindexReport> {
  const started = Date.now();
  const em = orm.em.fork();
  const connection = em.getConnection();
  const [{ startedAt }] = (await connection.execute<Array<{ startedAt: string }>>('select now()::text as "startedAt"')) as [{ startedAt: string }];
  const [{ total }] = (await connection.execute<Array<{ total: number }>>('select count(*)::int as total from topic')) as [{ total: number }];
  const building = `${uid}_rebuild_${Date.now()}`;
  await applyIndexSettings(meili, uid); // the live index must exist to be swapped
  await applyIndexSettings(meili, building);

  let done = 0;
  let lastId = 0;
  onProgress(0, total);
  for (;;) {
    const rows = await connection.execute<Array<{ id: number }>>('select id from topic where id > ? order by id limit ?', [lastId, BATCH]);
    if (rows.length === 0) break;
    lastId = rows.at(-1)!.id;
    const { documents } = await buildDocuments(em, rows.map((r) => r.id));
    await meili.index(building).addDocuments(documents, { primaryKey: 'id' }).waitTask({ timeout: 120_000 });
    done += rows.length;
    onProgress(done, total);
  }

  await meili.swapIndexes([{ indexes: [uid, building], rename: false }]).waitTask({ timeout: 120_000 });
  await meili.deleteIndex(building).waitTask({ timeout: 120_000 });
  await connection.execute('insert into search_outbox (topic_id) select distinct topic_id from event where created_at >= ?::timestamptz and topic_id is not null', [startedAt]);
  const stats = await meili.index(uid).getStats();
  return { topics: total, indexed: stats.numberOfDocuments, seconds: (Date.now() - started) / 1000 };
}
