import type { Meilisearch } from 'meilisearch';
import { completed, MeiliTaskFailed } from './meili-tasks.js';
import type { Semantic } from './semantic/semantic.js';

/**
 * Applied at every start; Meilisearch only reindexes when something actually changed.
 * Custom ranking (resolved, then helpfulness) only breaks ties after the built-in rules: it puts a
 * resolved thread first among equally good matches and never lifts a weaker match.
 */
export const threadIndexSettings = {
  searchableAttributes: ['title', 'alsoAskedAs', 'tags', 'officialAnswer', 'acceptedAnswer', 'body'],
  // id: the suggestion re-ranker asks for the semantic score of given candidates.
  filterableAttributes: ['id', 'categoryId', 'status', 'tags', 'resolved'],
  sortableAttributes: ['lastActivityAt', 'createdAt', 'meToo', 'score'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'resolved:desc', 'score:desc', 'meToo:desc'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  faceting: { maxValuesPerFacet: 50 },
  pagination: { maxTotalHits: 1000 },
};

/**
 * Creates the index if needed and applies the settings, embedders included. Returns false when the
 * index holds documents written without the bundled embedder: Meilisearch refuses to add a
 * userProvided embedder to them, so the index must be rebuilt (in the background) to gain vectors.
 */
export async function applyIndexSettings(meili: Meilisearch, uid: string, semantic: Semantic | null): Promise<boolean> {
  const index = meili.index(uid);
  await meili.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: 30_000 }).catch(() => undefined);
  await completed(index.updateSettings(threadIndexSettings), 60_000);
  if (!semantic) return true;
  const wanted = semantic.embedderSettings();
  const current = await index.getEmbedders().catch(() => null);
  const missingBundled = semantic.bundled && !current?.[semantic.embedder!];
  if (missingBundled && (await index.getStats()).numberOfDocuments > 0) {
    // Drop any other embedder now; the bundled one arrives with the rebuilt index.
    const others = Object.fromEntries(Object.entries(wanted).filter(([name]) => name !== semantic.embedder));
    await completed(index.updateSettings({ embedders: others as never }), 60_000);
    return false;
  }
  // An external embedder is applied in place: Meilisearch encodes every document itself, in its
  // task queue. That can take long, so only a refusal is waited for, not the encoding.
  const task = await index.updateSettings({ embedders: wanted as never }).waitTask({ timeout: 2_000 }).catch(() => null);
  if (task?.status === 'failed') throw new MeiliTaskFailed(task);
  return true;
}
