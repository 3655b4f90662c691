import { z } from 'zod';
import type { ServiceContext } from '../graphql/context.js';
import { toGlobalId } from '../graphql/ids.js';
import { searchUnavailable } from '../errors.js';
import type { CategorySnapshot } from '../live/event.js';
import type { TopicStatus } from '../topics/topic.entity.js';
import { parseInput } from '../validation.js';
import { LISTED_THREAD, plainText } from './documents.js';
import { MARK_END, MARK_START, markedHtml } from './highlight.js';
import { SEMANTIC_SEARCH_TIMEOUT_MS, type SemanticQuery } from './semantic/semantic.js';
import { within } from '../within.js';
import { bestFirst, bm25f, closeInMeaning, similarityOf, documentCount, findSimilar, inverseDocumentFrequencies, mix, queryWords, rememberWordHits, cachedWordHits, type Candidate } from './similar.js';


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
 * The search page ranks its first results the way suggestions rank theirs (similar.ts): Meilisearch
 * supplies the best threads by words and the nearest by meaning, the API mixes their BM25F score and
 * semantic similarity. Results past this window follow Meilisearch's word ranking.
 */
const SEARCH_RERANK_WINDOW = 40;

const queryText = z.string().trim().max(300, 'Use at most 300 characters.');

const quote = (value: string | number) => JSON.stringify(String(value));

interface MeiliHit {
  id: number;
  categoryId: number;
  categoryName: string;
  resolved?: number;
  termStats?: Candidate['termStats'];
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

let lastRankingFailureLog = 0;

export async function searchThreads(ctx: ServiceContext, options: SearchOptions) {
  const query = parseInput(queryText, options.query);
  const filter = [
    options.categoryId !== null ? `categoryId = ${options.categoryId}` : null,
    options.status ? `status = ${quote(options.status)}` : null,
    ...options.tags.map((tag) => `tags = ${quote(tag)}`),
  ].filter((f): f is string => f !== null);
  const semantic = query ? await ctx.deps.semantic.query(query, 1) : null;
  let page: Page | null = null;
  try {
    // Without an answer by meaning in time (an external embedder down or slow), words alone answer.
    if (semantic) {
      page = await within(rankedPage(ctx, query, filter, semantic, options), SEMANTIC_SEARCH_TIMEOUT_MS).catch((err: Error) => {
        // Once a minute: an embedder that is down fails every search.
        if (Date.now() - lastRankingFailureLog > 60_000) {
          lastRankingFailureLog = Date.now();
          ctx.deps.log.warn({ err: err.message }, 'search by meaning failed; the page is ranked by words alone');
        }
        return null;
      });
    }
    page ??= await wordsPage(ctx, query, filter, options);
  } catch {
    throw searchUnavailable();
  }
  // The first page is the search; later pages are the same search read further.
  if (options.offset === 0 && query) ctx.deps.signals.inBackground(ctx, { kind: 'search', query, hitCount: page.totalHits });
  const categoryNames = new Map<string, string>();
  for (const hit of page.hits) categoryNames.set(String(hit.categoryId), hit.categoryName);
  const found = page.hits.flatMap((hit): SearchHitResult[] => {
    const thread = page.threads.get(hit.id);
    if (!thread) return [];
    const formatted = hit._formatted ?? {};
    // The snippet shows where the words matched: the official answer, the accepted one, else the
    // question; an answer hidden since indexing is not quoted.
    const quotable = { officialAnswer: thread.official_shown, acceptedAnswer: thread.accepted_shown, body: true } as const;
    const matched = (['officialAnswer', 'acceptedAnswer', 'body'] as const).find((field) => quotable[field] && hit._matchesPosition?.[field]) ?? 'body';
    return [{ ...shown(thread), titleHtml: markedHtml(formatted.title ?? ''), snippetHtml: markedHtml(formatted[matched] ?? '') }];
  });
  const distribution = page.facetDistribution ?? {};
  const facet = (name: string, label: (value: string) => string, filterValue = (value: string) => value): FacetResult[] =>
    Object.entries(distribution[name] ?? {})
      .map(([value, count]) => ({ value: filterValue(value), label: label(value), count }))
      .sort((a, b) => b.count - a.count);
  return {
    hits: found,
    totalHits: page.totalHits,
    facets: {
      // Filters take a category's global id, as the rest of the API does.
      categories: facet('categoryId', (id) => categoryNames.get(id) ?? `Category ${id}`, (id) => toGlobalId('Category', Number(id))),
      statuses: facet('status', (status) => status),
      tags: facet('tags', (tag) => tag),
    },
  };
}

interface Page {
  hits: MeiliHit[];
  totalHits: number;
  facetDistribution?: Record<string, Record<string, number>>;
  /** The hits' threads that may still be shown (shownThreads), read as soon as the hits are known. */
  threads: Map<number, ShownRow>;
}

/** What a words search asks for to show its hits: marked title, a cropped snippet, where the words matched. */
const shownFields = {
  attributesToHighlight: ['title', 'officialAnswer', 'acceptedAnswer', 'body'],
  attributesToCrop: ['officialAnswer', 'acceptedAnswer', 'body'],
  cropLength: 28,
  highlightPreTag: MARK_START,
  highlightPostTag: MARK_END,
  showMatchesPosition: true,
};
const FACETS = ['categoryId', 'status', 'tags'];

/** Meilisearch's word ranking alone: without meaning, and for the results past the re-ranked window. */
async function wordsPage(ctx: ServiceContext, query: string, filter: string[], options: SearchOptions): Promise<Page> {
  const result = await ctx.deps.meili.index(ctx.deps.searchIndex).search<MeiliHit>(query, {
    ...shownFields,
    limit: options.limit,
    offset: options.offset,
    filter,
    facets: FACETS,
    attributesToRetrieve: ['id', 'categoryId', 'categoryName'],
  });
  const threads = await shownThreads(ctx, result.hits.map((hit) => hit.id), { answerText: false });
  return { hits: result.hits, totalHits: result.estimatedTotalHits ?? result.hits.length, facetDistribution: result.facetDistribution, threads };
}

/**
 * The two searches the re-ranked page starts from: the best threads by words (with the count and
 * facets) and the nearest by meaning, each with only what ranking needs (marks and snippets are
 * made for the shown page alone, by shownPageQuery).
 */
export function rankedPageQueries(uid: string, query: string, filter: string[], semantic: SemanticQuery, window = SEARCH_RERANK_WINDOW) {
  const retrieve = ['id', 'resolved', 'termStats'];
  return [
    { indexUid: uid, q: query, filter, limit: window, facets: FACETS, attributesToRetrieve: retrieve },
    { indexUid: uid, ...semantic, filter, limit: window, showRankingScore: true, attributesToRetrieve: retrieve },
  ];
}

/**
 * The shown threads, marked where the words matched: a hybrid search of those ids alone returns
 * every one of them (its meaning side ignores words) and Meilisearch marks the query's words in each.
 */
export function shownPageQuery(query: string, ids: number[], semantic: SemanticQuery) {
  return {
    q: query,
    ...semantic,
    hybrid: { ...semantic.hybrid, semanticRatio: 0.5 },
    filter: `id IN [${ids.join(',')}]`,
    limit: ids.length,
    attributesToRetrieve: ['id', 'categoryId', 'categoryName'],
    ...shownFields,
  };
}

/**
 * Words and meaning, ranked by the suggestions' re-ranker. One multi-search asks for the best
 * threads by words (with the count and facets), the nearest by meaning, and the hit count of each
 * query word not counted lately (for IDF). A thread found by meaning alone is a result only when
 * close in meaning; else every query would list every thread.
 */
async function rankedPage(ctx: ServiceContext, query: string, filter: string[], semantic: SemanticQuery, options: SearchOptions): Promise<Page> {
  const { meili, searchIndex: uid } = ctx.deps;
  const terms = queryWords(query, '');
  const uncounted = terms.filter((w) => cachedWordHits(uid, w.raw) === undefined);
  const [n, { results }] = await Promise.all([
    documentCount(meili, uid),
    meili.multiSearch({
      queries: [...rankedPageQueries(uid, query, filter, semantic, Math.max(SEARCH_RERANK_WINDOW, options.limit)), ...uncounted.map((w) => ({ indexUid: uid, q: w.raw, limit: 0 }))],
    }),
  ]);
  const [byWords, byMeaning] = results as unknown as [typeof results[0] & { hits: MeiliHit[] }, typeof results[0] & { hits: MeiliHit[] }];
  uncounted.forEach((w, i) => rememberWordHits(uid, w.raw, results[i + 2]?.estimatedTotalHits ?? n));
  const wordsTotal = byWords.estimatedTotalHits ?? byWords.hits.length;
  const wordsComplete = wordsTotal <= byWords.hits.length;

  const candidates = new Map<number, { hit: MeiliHit; fromWords: boolean; similarity?: number }>();
  for (const hit of byWords.hits) candidates.set(hit.id, { hit, fromWords: true });
  for (const hit of byMeaning.hits) {
    const known = candidates.get(hit.id);
    if (known) known.similarity = hit._rankingScore;
    else candidates.set(hit.id, { hit, fromWords: false, similarity: hit._rankingScore });
  }
  // The similarity of word candidates outside the nearest: one vector search of those ids alone.
  const unscored = [...candidates.values()].filter((c) => c.similarity === undefined);
  if (unscored.length) {
    const scores = await similarityOf(meili, uid, semantic, unscored.map((c) => c.hit.id));
    for (const c of unscored) c.similarity = scores?.get(c.hit.id);
  }
  const all = [...candidates.values()];
  const scores = bm25f(terms, inverseDocumentFrequencies(uid, terms, n), all.map((c) => c.hit));
  const kept = all
    .map((c, i) => ({ ...c, id: c.hit.id, resolved: c.hit.resolved ?? 0, bm25: scores[i]! }))
    .filter((c) => c.fromWords || c.bm25 > 0 || closeInMeaning(c.similarity ?? 0));
  const ranked = mix(kept).sort(bestFirst);
  // Threads found by meaning only, beyond those Meilisearch counted by words.
  const totalHits = wordsTotal + ranked.filter((c) => !c.fromWords && (wordsComplete || c.bm25 === 0)).length;

  const end = options.offset + options.limit;
  const shownIds = ranked.slice(options.offset, end).map((c) => c.id);
  // Which of the shown threads may still show is read from PostgreSQL while Meilisearch marks them.
  const [marked, rest, shownRows] = await Promise.all([
    shownIds.length ? meili.index(uid).search<MeiliHit>(query, shownPageQuery(query, shownIds, semantic)).then((r) => r.hits) : [],
    // Past the window: the rest of the word matches, in Meilisearch's order, without those already ranked.
    end > ranked.length && !wordsComplete
      ? wordsPage(ctx, query, [...filter, `id NOT IN [${ranked.map((c) => c.id).join(',')}]`], {
          ...options,
          offset: Math.max(0, options.offset - ranked.length),
          limit: end - Math.max(options.offset, ranked.length),
        })
      : null,
    shownThreads(ctx, shownIds, { answerText: false }),
  ]);
  const markedById = new Map(marked.map((hit) => [hit.id, hit]));
  const hits = [...shownIds.flatMap((id) => markedById.get(id) ?? []), ...(rest?.hits ?? [])];
  return { hits, totalHits, facetDistribution: byWords.facetDistribution, threads: new Map([...shownRows, ...(rest?.threads ?? [])]) };
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
