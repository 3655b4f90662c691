import { z } from 'zod';
import type { ServiceContext } from '../graphql/context.js';
import { toGlobalId } from '../graphql/ids.js';
import { searchUnavailable } from '../errors.js';
import type { CategorySnapshot } from '../live/event.js';
import type { TopicStatus } from '../topics/topic.entity.js';
import { parseInput } from '../validation.js';
import { LISTED_THREAD, plainText } from './documents.js';
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

/**
 * A search by meaning returns the nearest threads however far. A thread found by meaning alone is a
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
}

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
  const display = {
    filter,
    attributesToRetrieve: ['id', 'categoryId', 'categoryName'],
    attributesToHighlight: ['title', 'officialAnswer', 'acceptedAnswer', 'body'],
    attributesToCrop: ['officialAnswer', 'acceptedAnswer', 'body'],
    cropLength: 28,
    highlightPreTag: MARK_START,
    highlightPostTag: MARK_END,
    showMatchesPosition: true,
    showRankingScore: true,
  };
  const index = ctx.deps.meili.index(ctx.deps.searchIndex);
  // Words and meaning are two searches, merged here (as Meilisearch's hybrid search merges them):
  // the words search alone gives the count and the facets, which a hybrid search would give for
  // every thread, since every thread has some meaning near any query. The words search starts at
  // once, while the question is encoded; the meaning search asks only for threads close enough.
  const withMeaning = Boolean(query && ctx.deps.semantic.embedder);
  const meaningQuery = withMeaning ? ctx.deps.semantic.query(query) : Promise.resolve(null);
  // Merging needs both lists from the top; words alone page in Meilisearch.
  const window = options.offset + options.limit;
  const page = withMeaning ? { limit: window, offset: 0 } : { limit: options.limit, offset: options.offset };
  let words;
  let meaning: MeiliHit[] | null;
  try {
    [words, meaning] = await Promise.all([
      index.search<MeiliHit>(query, { ...display, facets: ['categoryId', 'status', 'tags'], ...page }),
      meaningQuery.then((semantic) =>
        semantic
          ? within(index.search<MeiliHit>(query, { ...display, ...semantic, limit: window, offset: 0, rankingScoreThreshold: SEARCH_MIN_SEMANTIC_SCORE }), SEMANTIC_SEARCH_TIMEOUT_MS)
              .then((r) => r.hits)
              // An external embedder that is down or slow fails or stalls the search by meaning: words alone still answer.
              .catch(() => null)
          : null,
      ),
    ]);
  } catch {
    throw searchUnavailable();
  }
  // A thread found both ways keeps its words hit (its marks) and the better of the two scores.
  const merged = new Map<number, { hit: MeiliHit; score: number }>();
  for (const hit of words.hits) merged.set(hit.id, { hit, score: hit._rankingScore ?? 0 });
  let byMeaningAlone = 0;
  for (const hit of meaning ?? []) {
    const found = merged.get(hit.id);
    if (found) found.score = Math.max(found.score, hit._rankingScore ?? 0);
    else {
      merged.set(hit.id, { hit, score: hit._rankingScore ?? 0 });
      byMeaningAlone++;
    }
  }
  const ranked = meaning ? [...merged.values()].sort((x, y) => y.score - x.score) : [...merged.values()];
  const hits = (withMeaning ? ranked.slice(options.offset, window) : ranked).map((r) => r.hit);
  const totalHits = Math.max((words.estimatedTotalHits ?? 0) + byMeaningAlone, options.offset + hits.length);
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
  const distribution = words.facetDistribution ?? {};
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
