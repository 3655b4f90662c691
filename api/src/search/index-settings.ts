import type { Meilisearch } from 'meilisearch';

/**
 * Applied at every start; Meilisearch only reindexes when something actually changed.
 * Custom ranking (resolved, then helpfulness) only breaks ties after the built-in rules: it puts a
 * resolved thread first among equally good matches and never lifts a weaker match.
 */
export const threadIndexSettings = {
  searchableAttributes: ['title', 'tags', 'officialAnswer', 'acceptedAnswer', 'body'],
  filterableAttributes: ['categoryId', 'status', 'tags', 'resolved'],
  sortableAttributes: ['lastActivityAt', 'createdAt', 'meToo', 'score'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'resolved:desc', 'score:desc', 'meToo:desc'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  faceting: { maxValuesPerFacet: 50 },
  pagination: { maxTotalHits: 1000 },
};

export async function applyIndexSettings(meili: Meilisearch, uid: string): Promise<void> {
  const index = meili.index(uid);
  await meili.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: 30_000 }).catch(() => undefined);
  await index.updateSettings(threadIndexSettings).waitTask({ timeout: 60_000 });
}
