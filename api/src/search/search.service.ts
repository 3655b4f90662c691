import { z } from 'zod';
import type { ServiceContext } from '../graphql/context.js';
import { toGlobalId } from '../graphql/ids.js';
import { searchUnavailable } from '../errors.js';
import { Topic } from '../topics/topic.entity.js';
import type { TopicStatus } from '../topics/topic.entity.js';
import { parseInput } from '../validation.js';
import { plainText } from './documents.js';
import { MARK_END, MARK_START, markedHtml } from './highlight.js';
import { SEMANTIC_SEARCH_TIMEOUT_MS, within } from './semantic/semantic.js';
import { findSimilar } from './similar.js';


export interface SearchOptions {
  query: string;
  limit: number;
  offset: number;
  categoryId: number | null;
  status: TopicStatus | null;
  tags: string[];
}

export interface SearchHitResult {
  topic: Topic;
  titleHtml: string;
  snippetHtml: string;
}

export interface FacetResult {
  value: string;
  label: string;
  count: number;
}

/** Share of meaning in the search page's ranking (Meilisearch's hybrid semanticRatio). */
const SEARCH_SEMANTIC_RATIO = 0.5;
/**
 * Hybrid search returns the nearest threads however far. A thread found by meaning alone is a
 * result only this close (Meilisearch's vector score, (1 + cosine) / 2; cosine 0.5 on the demo
 * forum separates "kills the charge" from "drains battery" from everything else).
 */
const SEARCH_MIN_SEMANTIC_SCORE = 0.75;

const queryText = z.string().trim().max(300, 'Use at most 300 characters.');

const quote = (value: string | number) => JSON.stringify(String(value));

interface MeiliHit {
  id: number;
  _formatted?: Record<string, string>;
  _rankingScore?: number;
  /** Which rules ranked the hit: "words" for a keyword match, only "vectorSort" for one by meaning alone. */
  _rankingScoreDetails?: Record<string, unknown>;
}

type WordCount = { estimatedTotalHits?: number; facetDistribution?: Record<string, Record<string, number>> };

const weakBySense = (hit: MeiliHit) => hit._rankingScoreDetails && !('words' in hit._rankingScoreDetails) && (hit._rankingScore ?? 0) < SEARCH_MIN_SEMANTIC_SCORE;

/** The topics behind search hits, from PostgreSQL; topics deleted, hidden or closed since indexing are absent. */
async function topicsById(ctx: ServiceContext, ids: number[]): Promise<Map<number, Topic>> {
  if (ids.length === 0) return new Map();
  // The index may lag a hide or a duplicate closing by a moment: never show those.
  const topics = await ctx.em.find(Topic, { id: { $in: ids }, isHidden: false, duplicateOf: null });
  return new Map(topics.map((t) => [t.id, t]));
}

export async function searchThreads(ctx: ServiceContext, options: SearchOptions) {
  const query = parseInput(queryText, options.query);
  const filter = [
    options.categoryId !== null ? `categoryId = ${options.categoryId}` : null,
    options.status ? `status = ${quote(options.status)}` : null,
    ...options.tags.map((tag) => `tags = ${quote(tag)}`),
  ].filter((f): f is string => f !== null);
  // Words and meaning together: Meilisearch merges its keyword and its vector results.
  const semantic = query ? await ctx.deps.semantic.query(query, SEARCH_SEMANTIC_RATIO) : null;
  const params = {
    limit: options.limit,
    offset: options.offset,
    filter,
    facets: ['categoryId', 'status', 'tags'],
    attributesToRetrieve: ['id', 'categoryName', 'categoryId'],
    attributesToHighlight: ['title', 'officialAnswer', 'acceptedAnswer', 'body'],
    attributesToCrop: ['officialAnswer', 'acceptedAnswer', 'body'],
    cropLength: 28,
    highlightPreTag: MARK_START,
    highlightPostTag: MARK_END,
    showMatchesPosition: true,
  };
  const index = ctx.deps.meili.index(ctx.deps.searchIndex);
  const wordsOnlySearch = () => index.search<MeiliHit>(query, params);
  let result;
  // With meaning, Meilisearch counts (and facets) every thread as a hit: the words-only count says how many match.
  let counted: WordCount | null = null;
  try {
    if (semantic) {
      const count = index.search(query, { filter, facets: params.facets, limit: 0 }).catch(() => null);
      const hybrid = await within(index.search<MeiliHit>(query, { ...params, facets: undefined, ...semantic, showRankingScore: true, showRankingScoreDetails: true }), SEMANTIC_SEARCH_TIMEOUT_MS)
        // An external embedder that is down or slow fails or stalls the hybrid search: words alone still answer.
        .catch(() => null);
      result = hybrid ?? (await wordsOnlySearch());
      if (hybrid) counted = await count;
    } else {
      result = await wordsOnlySearch();
    }
  } catch {
    throw searchUnavailable();
  }
  const allHits = result.hits as Array<MeiliHit & { _matchesPosition?: Record<string, unknown>; categoryName?: string; categoryId?: number }>;
  const hits = allHits.filter((hit) => !weakBySense(hit));
  const totalHits =
    // Dropping the weak tail ends the results here.
    hits.length < allHits.length
      ? options.offset + hits.length
      : counted
        ? Math.max(counted.estimatedTotalHits ?? 0, options.offset + hits.length)
        : (result.estimatedTotalHits ?? hits.length);
  // The first page is the search; later pages are the same search read further.
  if (options.offset === 0 && query) ctx.deps.signals.inBackground(ctx, { kind: 'search', query, hitCount: totalHits });
  const topics = await topicsById(ctx, hits.map((h) => h.id));
  const categoryNames = new Map<string, string>();
  for (const hit of hits) if (hit.categoryId !== undefined && hit.categoryName) categoryNames.set(String(hit.categoryId), hit.categoryName);
  const found: SearchHitResult[] = [];
  for (const hit of hits) {
    const topic = topics.get(hit.id);
    if (!topic) continue;
    const formatted = hit._formatted ?? {};
    // The snippet shows where the words matched: the official answer, the accepted one, else the question.
    const matched = ['officialAnswer', 'acceptedAnswer', 'body'].find((field) => hit._matchesPosition?.[field]) ?? 'body';
    found.push({ topic, titleHtml: markedHtml(formatted.title ?? topic.title), snippetHtml: markedHtml(formatted[matched] ?? plainText(topic.body, 200)) });
  }
  const distribution = (counted ? counted.facetDistribution : result.facetDistribution) ?? {};
  const facet = (name: string, label: (value: string) => string, filterValue = (value: string) => value): FacetResult[] =>
    Object.entries(distribution[name] ?? {})
      .map(([value, count]) => ({ value: filterValue(value), label: label(value), count }))
      .sort((a, b) => b.count - a.count);
  return {
    hits: found,
    totalHits,
    facets: {
      // Filters take a category's global id, as the rest of the API does.
      categories: facet('categoryId', (id) => categoryNames.get(id) ?? `Category ${id}`, (id) => toGlobalId('Category', Number(id))),
      statuses: facet('status', (status) => status),
      tags: facet('tags', (tag) => tag),
    },
  };
}

const similarInput = z.object({
  title: z.string().trim().min(1, 'Type a few words first.').max(200, 'Use at most 200 characters.'),
  body: z.string().max(20_000, 'Use at most 20,000 characters.').nullish(),
});

export async function similarTopics(ctx: ServiceContext, input: { title: string; body?: string | null }, limit: number) {
  const fields = parseInput(similarInput, input);
  let ranked;
  try {
    ranked = await findSimilar(ctx.deps.meili, ctx.deps.searchIndex, ctx.deps.semantic, fields.title, fields.body ?? '', limit);
  } catch {
    throw searchUnavailable();
  }
  ctx.deps.signals.inBackground(ctx, { kind: 'suggestions_shown', query: fields.title, hitCount: ranked.length });
  if (ranked.length === 0) return [];
  const topics = await topicsById(ctx, ranked.map((r) => r.id));
  const answers = await ctx.em.getConnection().execute<Array<{ topic_id: number; body: string }>>(
    `select t.id as topic_id, a.body from topic t join answer a on a.id = coalesce(t.official_answer_id, t.accepted_answer_id) where t.id in (?)`,
    [ranked.map((r) => r.id)],
  );
  const excerpts = new Map(answers.map((a) => [a.topic_id, plainText(a.body, 220)]));
  return ranked.flatMap((r) => {
    const topic = topics.get(r.id);
    return topic ? [{ topic, titleHtml: markedHtml(r.titleMarked ?? topic.title), answerExcerpt: excerpts.get(topic.id) ?? null }] : [];
  });
}
