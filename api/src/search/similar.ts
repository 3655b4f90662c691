import type { Meilisearch, MultiSearchQuery } from 'meilisearch';
import { MARK_END, MARK_START } from './highlight.js';
import { questionText, SEMANTIC_SEARCH_TIMEOUT_MS, type Semantic, type SemanticQuery } from './semantic/semantic.js';
import { within } from '../within.js';
import { fieldLength, isInformative, stem, termCount, words } from './text.js';

/**
 * "These threads may already answer your question". Handing the whole question to Meilisearch
 * finds the existing thread only about half as often as plain BM25 (see test/bench/deflection.ts),
 * so Meilisearch supplies candidates and the API ranks them:
 *  1. candidates: one multi-search with the question's informative words together, plus each
 *     title word and the rarest body words alone (typo tolerant), which find threads that share
 *     only one telling word;
 *  2. ranking: BM25F over stemmed words, title weighted above body and answers, with IDF from
 *     Meilisearch's per-word hit counts; words from the body count less than words of the title.
 *     Each document carries its term counts (documents.ts termStats), so no body is tokenized here;
 *  3. meaning: with an embedder, Meilisearch also returns the threads nearest the question in
 *     meaning, and the semantic similarity of every lexical candidate; the final score mixes the two,
 *     each min-max normalised within the question's candidates (a linear mix beat reciprocal rank
 *     fusion offline). Without an answer from the encoder in time, ranking is lexical alone;
 *  4. a resolved thread wins a tie.
 * Every word searched alone costs Meilisearch 1-2 ms, and a question's body brings many words, so
 * per-word hit counts are cached for a few minutes and common body words are not searched again.
 * The search page ranks with the same parts (BM25F, the mix, the order) over its own candidates
 * (search.service.ts).
 */
/** Ranking parameters, tuned on the benchmark's dev questions only (test/bench/deflection.ts). */
export const similarTuning = {
  maxQueryWords: 12,
  jointLimit: 60,
  perWord: 40,
  perBodyWord: 20,
  rareBodyWordsAlone: 6,
  k1: 2,
  b: 0.75,
  fieldWeight: { title: 3, asked: 3, body: 1, answers: 0.5 },
  bodyTermWeight: 0.35,
  /** Semantic nearest neighbours added as candidates. */
  semanticLimit: 40,
  /** A thread found by meaning alone is suggested only this close (cosine): else every question gets suggestions. */
  semanticOnlyMinCosine: 0.5,
  /** Share of the normalised semantic similarity in the final score (the rest: BM25F). */
  semanticWeight: 0.6,
  /** Word searches are split over this many multi-search requests, of at least so many queries each. */
  multiSearchRequests: 2,
  queriesPerRequestMin: 3,
};

export interface Candidate {
  id: number;
  title: string;
  resolved?: number;
  termStats?: { title: string; asked?: string; body: string; answers: string };
  _rankingScore?: number;
}

export interface RankedTopic {
  id: number;
  score: number;
  titleMarked?: string;
}

/** A value per key that goes stale after ttl; the map is emptied when it outgrows its bound. */
class ExpiringCache<T> {
  private readonly entries = new Map<string, { value: T; at: number }>();
  constructor(private readonly ttlMs: number, private readonly maxEntries: number) {}
  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    return entry && Date.now() - entry.at < this.ttlMs ? entry.value : undefined;
  }
  set(key: string, value: T): void {
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, { value, at: Date.now() });
  }
}

/** Threads in the index, for IDF. */
const documentCounts = new ExpiringCache<number>(60_000, 100);
/** Threads holding a word (Meilisearch's hit count for the word alone), per index. */
const wordHits = new ExpiringCache<number>(5 * 60_000, 200_000);

const wordHitsKey = (uid: string, raw: string) => `${uid}\u0000${raw}`;
/** Meilisearch's hit count for the word alone, if asked lately. */
export const cachedWordHits = (uid: string, raw: string) => wordHits.get(wordHitsKey(uid, raw));
export const rememberWordHits = (uid: string, raw: string, hits: number) => wordHits.set(wordHitsKey(uid, raw), hits);

/** The query words' IDF over n threads, from their cached hit counts (a word never counted is taken as in every thread). */
export function inverseDocumentFrequencies(uid: string, query: QueryWord[], n: number): Map<string, number> {
  const idf = new Map<string, number>();
  for (const q of query) {
    const df = Math.min(n, cachedWordHits(uid, q.raw) ?? n);
    idf.set(q.term, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }
  return idf;
}

export async function documentCount(meili: Meilisearch, uid: string): Promise<number> {
  let count = documentCounts.get(uid);
  if (count === undefined) {
    count = Math.max(1, (await meili.index(uid).getStats()).numberOfDocuments);
    documentCounts.set(uid, count);
  }
  return count;
}

export interface QueryWord {
  raw: string;
  term: string;
  weight: number;
}

/** The query's words, raw (for Meilisearch) and stemmed (for ranking), weighted by where they came from. */
export function queryWords(title: string, body: string): QueryWord[] {
  const seen = new Map<string, QueryWord>();
  const add = (text: string, weight: number, limit: number) => {
    let added = 0;
    for (const raw of words(text)) {
      if (added >= limit) break;
      if (!isInformative(raw)) continue;
      const term = stem(raw);
      const existing = seen.get(term);
      if (existing) existing.weight = Math.max(existing.weight, weight);
      else {
        seen.set(term, { raw, term, weight });
        added++;
      }
    }
  };
  add(title, 1, similarTuning.maxQueryWords);
  if (body) add(body, similarTuning.bodyTermWeight, similarTuning.maxQueryWords);
  return [...seen.values()];
}

/** A candidate with its two scores, before they are mixed (also what the benchmark tunes the mix on). */
export interface ScoredCandidate {
  id: number;
  title: string;
  resolved: number;
  bm25: number;
  /** Meilisearch's semantic score, (1 + cos) / 2; absent when the thread has no vector or meaning was not available. */
  similarity?: number;
}

export async function findSimilar(
  meili: Meilisearch,
  uid: string,
  semantic: Semantic | null,
  title: string,
  body: string,
  limit: number,
): Promise<RankedTopic[]> {
  const { candidates, terms, semantic: withMeaning } = await similarCandidates(meili, uid, semantic, title, body);
  const scored = withMeaning ? mix(candidates) : candidates.map((c) => ({ ...c, score: c.bm25 }));
  scored.sort(bestFirst);
  return scored.slice(0, limit).map((r) => ({
    id: r.id,
    score: r.score,
    // Mark the title's words that match the question, for the suggestion panel.
    titleMarked: r.title.replace(/[\p{L}\p{N}]+/gu, (w) => (terms.has(stem(w.toLowerCase())) ? `${MARK_START}${w}${MARK_END}` : w)),
  }));
}

export async function similarCandidates(
  meili: Meilisearch,
  uid: string,
  semantic: Semantic | null,
  title: string,
  body: string,
): Promise<{ candidates: ScoredCandidate[]; terms: Set<string>; semantic: boolean }> {
  const query = queryWords(title, body);
  const terms = new Set(query.map((q) => q.term));
  // The question is encoded while Meilisearch looks for its words.
  const meaning = semantic?.query(body ? questionText(title, body) : title, 1) ?? Promise.resolve(null);
  if (query.length === 0 && !semantic?.embedder) return { candidates: [], terms, semantic: false };
  const titleWords = query.filter((q) => q.weight === 1);
  const hitsOf = (raw: string) => cachedWordHits(uid, raw);
  // Title words are searched alone for candidates; of the body's words only the rarest, and the
  // unseen ones once for their hit count (limit 0), since body words weigh less in the ranking.
  const bodyWords = query.filter((q) => q.weight !== 1);
  const rareBody = new Set(
    [...bodyWords].sort((x, y) => (hitsOf(x.raw) ?? 0) - (hitsOf(y.raw) ?? 0)).slice(0, similarTuning.rareBodyWordsAlone),
  );
  const alone = [
    ...titleWords.map((q) => ({ q, limit: similarTuning.perWord })),
    ...bodyWords.filter((q) => rareBody.has(q) || hitsOf(q.raw) === undefined).map((q) => ({ q, limit: rareBody.has(q) ? similarTuning.perBodyWord : 0 })),
  ];
  const retrieve = ['id', 'title', 'resolved', 'termStats'];
  const byWords =
    query.length === 0
      ? Promise.resolve([] as Array<{ hits: Candidate[]; estimatedTotalHits?: number }>)
      : multiSearchInParallel(meili, [
          ...alone.map(({ q, limit }) => ({ indexUid: uid, q: q.raw, limit, attributesToRetrieve: retrieve })),
          { indexUid: uid, q: titleWords.map((q) => q.raw).join(' '), limit: similarTuning.jointLimit, matchingStrategy: 'frequency' as const, attributesToRetrieve: retrieve },
          ...(body ? [{ indexUid: uid, q: query.map((q) => q.raw).join(' '), limit: 40, matchingStrategy: 'frequency' as const, attributesToRetrieve: retrieve }] : []),
        ]).then((results) => results as unknown as Array<{ hits: Candidate[]; estimatedTotalHits?: number }>);
  const lexical = byWords.then((results) => {
    const found = new Map<number, Candidate>();
    for (const result of results) for (const hit of result.hits) if (!found.has(hit.id)) found.set(hit.id, hit);
    return found;
  });
  // Two vector searches start as soon as what each needs is known, and run beside each other: the
  // nearest threads once the question is encoded, the similarity of the word matches once they are
  // found too (of those the nearest did not bring, when it has answered by then).
  let nearIds = new Set<number>();
  const nearest = meaning
    .then((semanticQuery) => (semanticQuery ? semanticSearch(meili, uid, semanticQuery, retrieve, { limit: similarTuning.semanticLimit }) : null))
    .then((hits) => {
      nearIds = new Set(hits?.map((hit) => hit.id));
      return hits;
    });
  const lexicalSimilarity = Promise.all([meaning, lexical]).then(([semanticQuery, found]) =>
    semanticQuery ? similarityOf(meili, uid, semanticQuery, [...found.keys()].filter((id) => !nearIds.has(id))) : null,
  );
  const [n, results, candidates, near, similarity] = await Promise.all([documentCount(meili, uid), byWords, lexical, nearest, lexicalSimilarity]);
  alone.forEach(({ q }, i) => rememberWordHits(uid, q.raw, results[i]?.estimatedTotalHits ?? n));
  const idf = inverseDocumentFrequencies(uid, query, n);
  const meaningKnown = near !== null && similarity !== null;
  if (meaningKnown) addNearest(near, candidates, similarity);
  if (candidates.size === 0) return { candidates: [], terms, semantic: false };

  const all = [...candidates.values()];
  const bm25 = bm25f(query, idf, all);
  const scored = all.map((c, i) => ({ id: c.id, title: c.title, resolved: c.resolved ?? 0, bm25: bm25[i]!, similarity: meaningKnown ? similarity.get(c.id) : undefined }));
  return { candidates: scored, terms, semantic: meaningKnown };
}

/**
 * The searches' results, in order, from a few multi-search requests sent at once: Meilisearch
 * answers one request's queries one after another on one thread, so a question's dozen word
 * searches in one request leave the other cores idle (measured: p50 15.2 -> 11.1 ms with two).
 */
export async function multiSearchInParallel(meili: Meilisearch, queries: MultiSearchQuery[]) {
  const size = Math.max(similarTuning.queriesPerRequestMin, Math.ceil(queries.length / similarTuning.multiSearchRequests));
  const chunks = Array.from({ length: Math.ceil(queries.length / size) }, (_, i) => queries.slice(i * size, (i + 1) * size));
  const answers = await Promise.all(chunks.map((chunk) => meili.multiSearch({ queries: chunk })));
  return answers.flatMap((answer) => answer.results);
}

/**
 * BM25F of each candidate for the query's words, from the term counts its search document carries
 * (no body is tokenized here); field lengths are averaged over the candidates.
 */
export function bm25f(query: QueryWord[], idf: Map<string, number>, candidates: Array<Pick<Candidate, 'termStats'>>): number[] {
  const fields = ['title', 'asked', 'body', 'answers'] as const;
  const lengths = candidates.map((c) => fields.map((field) => fieldLength(c.termStats?.[field])));
  const averages = fields.map((_, f) => Math.max(1, lengths.reduce((sum, l) => sum + l[f]!, 0) / Math.max(1, candidates.length)));
  const { k1, b: B, fieldWeight } = similarTuning;
  const weights = fields.map((field) => fieldWeight[field]);
  return candidates.map((c, i) => {
    // Each field's length normalisation, then the query's terms looked up in each field.
    const norms = fields.map((_, f) => 1 - B + (B * lengths[i]![f]!) / averages[f]!);
    let score = 0;
    for (const q of query) {
      let weighted = 0;
      for (let f = 0; f < fields.length; f++) {
        const tf = termCount(c.termStats?.[fields[f]!], q.term);
        if (tf > 0) weighted += (weights[f]! * tf) / norms[f]!;
      }
      if (weighted > 0) score += q.weight * (idf.get(q.term) ?? 0) * ((weighted * (k1 + 1)) / (weighted + k1));
    }
    return score;
  });
}

/** A pure vector search (Meilisearch's ranking score is then (1 + cos) / 2); null when it fails or stalls. */
async function semanticSearch(meili: Meilisearch, uid: string, semanticQuery: SemanticQuery, retrieve: string[], options: { limit: number; filter?: string }) {
  try {
    const result = await within(meili.index(uid).search(null, { ...semanticQuery, ...options, showRankingScore: true, attributesToRetrieve: retrieve }), SEMANTIC_SEARCH_TIMEOUT_MS);
    return result.hits as Candidate[];
  } catch {
    // An external embedder that is down or slow fails or stalls the search: rank by words.
    return null;
  }
}

/**
 * Meilisearch's vector score of the given threads, by one vector search filtered to them (only the
 * score is needed: they are candidates already); a thread without a vector yet is left out. Null
 * when the search fails or stalls.
 */
export async function similarityOf(meili: Meilisearch, uid: string, semanticQuery: SemanticQuery, ids: number[]): Promise<Map<number, number> | null> {
  const hits = ids.length ? await semanticSearch(meili, uid, semanticQuery, ['id'], { limit: ids.length, filter: `id IN [${ids.join(',')}]` }) : [];
  if (!hits) return null;
  const scores = new Map<number, number>();
  for (const hit of hits) if (hit._rankingScore) scores.set(hit.id, hit._rankingScore);
  return scores;
}

/**
 * The nearest threads join the candidates when close enough in meaning, and bring their similarity
 * (a thread without a vector yet has none and is ranked by its words).
 */
function addNearest(nearest: Candidate[], candidates: Map<number, Candidate>, similarity: Map<number, number>): void {
  for (const hit of nearest) {
    if (!hit._rankingScore) continue;
    if (!candidates.has(hit.id)) {
      if (!closeInMeaning(hit._rankingScore)) continue;
      candidates.set(hit.id, hit);
    }
    similarity.set(hit.id, hit._rankingScore);
  }
}

/** The ranking's order: the mixed score, then a resolved thread first among equals. */
export const bestFirst = (x: { score: number; resolved: number; id: number }, y: { score: number; resolved: number; id: number }) =>
  y.score - x.score || y.resolved - x.resolved || x.id - y.id;

/** Whether a thread that shares no word with the question is close enough in meaning to show (Meilisearch's vector score). */
export const closeInMeaning = (rankingScore: number) => 2 * rankingScore - 1 >= similarTuning.semanticOnlyMinCosine;

/** Linear mix of the min-max normalised BM25F score and semantic similarity. */
export function mix<C extends Pick<ScoredCandidate, 'bm25' | 'similarity'>>(candidates: C[]): Array<C & { score: number }> {
  const range = (values: number[]) => {
    const min = Math.min(...values);
    const spread = Math.max(...values) - min;
    return (v: number) => (spread > 0 ? (v - min) / spread : values.length ? 1 : 0);
  };
  const bm25 = range(candidates.map((c) => c.bm25));
  const known = candidates.flatMap((c) => (c.similarity === undefined ? [] : [c.similarity]));
  const cos = range(known);
  const floor = known.length ? Math.min(...known) : 0;
  const w = similarTuning.semanticWeight;
  return candidates.map((c) => ({ ...c, score: w * cos(c.similarity ?? floor) + (1 - w) * bm25(c.bm25) }));
}
