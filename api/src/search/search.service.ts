import { z } from 'zod';
import type { ServiceContext } from '../graphql/context.js';
import { toGlobalId } from '../graphql/ids.js';
import { searchUnavailable } from '../errors.js';
import type { CategorySnapshot } from '../live/event.js';
import type { TopicStatus } from '../topics/topic.entity.js';
import { parseInput } from '../validation.js';
import { LISTED_THREAD, plainText } from './documents.js';
import { MARK_END, MARK_START, markedHtml } from './highlight.js';
import { threadIndexSettings } from './index-settings.js';
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

/** A search hit as the results page shows it: no thread needs loading to render it. */
export interface SearchHitResult extends ThreadShown {
  titleHtml: string;
  snippetHtml: string;
}

/** An ask-form suggestion, likewise. */
export interface SimilarTopicResult extends ThreadShown {
  titleHtml: string;
  answerExcerpt: string | null;
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
  categoryId: number;
  categoryName: string;
  _formatted?: Record<string, string>;
  _matchesPosition?: Record<string, unknown>;
  _rankingScore?: number;
  /** Which rules ranked the hit: "words" for a keyword match, only "vectorSort" for one by meaning alone. */
  _rankingScoreDetails?: Record<string, unknown>;
}

type WordCount = { estimatedTotalHits?: number; facetDistribution?: Record<string, Record<string, number>> };

const SEARCHED_FIELDS = new Set(threadIndexSettings.searchableAttributes);
/**
 * A hit that shares no word with the query and is not close in meaning. Meilisearch's hybrid merge
 * keeps a thread's score from whichever side scored it higher, so a thread that matches some words
 * can come back with its vector score alone: its matched words, not its score details, say it matched.
 */
const weakBySense = (hit: MeiliHit) =>
  hit._rankingScoreDetails &&
  !('words' in hit._rankingScoreDetails) &&
  !Object.keys(hit._matchesPosition ?? {}).some((field) => SEARCHED_FIELDS.has(field)) &&
  (hit._rankingScore ?? 0) < SEARCH_MIN_SEMANTIC_SCORE;

/** What a hit shows besides its marked text, read fresh from PostgreSQL. */
export interface ThreadShown {
  topicId: number;
  status: TopicStatus;
  answerCount: number;
  category: CategorySnapshot;
}

interface ShownRow {
  id: number;
  status: TopicStatus;
  answer_count: number;
  category_id: number;
  category_name: string;
  category_slug: string;
  official_shown: boolean;
  accepted_shown: boolean;
  answer_body?: string | null;
}

/**
 * The hits' threads that may still be shown, with what a hit shows: the index may lag a hide, a
 * deletion or a duplicate closing by a moment, and those never show. One lean query for the whole
 * page (no entity loads), which also says whether the official and accepted answers are still
 * visible, and with `answerText` gives the one to quote.
 */
async function shownThreads(ctx: ServiceContext, ids: number[], options: { answerText: boolean }): Promise<Map<number, ShownRow>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.em.getConnection().execute<ShownRow[]>(
    `select t.id, t.status, t.answer_count, c.id as category_id, c.name as category_name, c.slug as category_slug,
            oa.id is not null as official_shown, aa.id is not null as accepted_shown
            ${options.answerText ? ', coalesce(oa.body, aa.body) as answer_body' : ''}
       from topic t join category c on c.id = t.category_id
       left join answer oa on oa.id = t.official_answer_id and not oa.is_hidden
       left join answer aa on aa.id = t.accepted_answer_id and not aa.is_hidden
      where t.id in (?) and ${LISTED_THREAD}`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

const shown = (row: ShownRow): ThreadShown => ({
  topicId: row.id,
  status: row.status,
  answerCount: row.answer_count,
  category: { id: row.category_id, name: row.category_name, slug: row.category_slug },
});

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
    attributesToRetrieve: ['id', 'categoryId', 'categoryName'],
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
  const allHits = result.hits;
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
  const threads = await shownThreads(ctx, hits.map((h) => h.id), { answerText: false });
  const categoryNames = new Map<string, string>();
  for (const hit of hits) categoryNames.set(String(hit.categoryId), hit.categoryName);
  const found = hits.flatMap((hit): SearchHitResult[] => {
    const thread = threads.get(hit.id);
    if (!thread) return [];
    const formatted = hit._formatted ?? {};
    // The snippet shows where the words matched: the official answer, the accepted one, else the
    // question; an answer hidden since indexing is not quoted.
    const quotable = { officialAnswer: thread.official_shown, acceptedAnswer: thread.accepted_shown, body: true } as const;
    const matched = (['officialAnswer', 'acceptedAnswer', 'body'] as const).find((field) => quotable[field] && hit._matchesPosition?.[field]) ?? 'body';
    return [{ ...shown(thread), titleHtml: markedHtml(formatted.title ?? ''), snippetHtml: markedHtml(formatted[matched] ?? '') }];
  });
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
  const threads = await shownThreads(ctx, ranked.map((r) => r.id), { answerText: true });
  return ranked.flatMap((r): SimilarTopicResult[] => {
    const thread = threads.get(r.id);
    return thread ? [{ ...shown(thread), titleHtml: markedHtml(r.titleMarked ?? ''), answerExcerpt: thread.answer_body ? plainText(thread.answer_body, 220) : null }] : [];
  });
}
