import type { Meilisearch } from 'meilisearch';
import { MARK_END, MARK_START } from './highlight.js';
import { isInformative, stem, terms, words } from './text.js';

/**
 * "These threads may already answer your question". Handing the whole question to Meilisearch
 * finds the existing thread only about half as often as plain BM25 (see test/bench/deflection.ts),
 * so Meilisearch supplies candidates and the API ranks them:
 *  1. candidates: one multi-search with the question's informative words together, and each word
 *     alone (typo tolerant); each single-word search also tells how many threads hold the word;
 *  2. ranking: BM25F over stemmed words, title weighted above body and answers, with IDF from
 *     those counts; words from the body count less than words of the title;
 *  3. a resolved thread wins a tie.
 */
/** Ranking parameters, tuned on the benchmark's dev questions only (test/bench/deflection.ts). */
export const similarTuning = {
  maxQueryWords: 12,
  perWord: 40,
  k1: 2,
  b: 0.75,
  fieldWeight: { title: 3, body: 1, answers: 0.5 },
  bodyTermWeight: 0.35,
};

interface Candidate {
  id: number;
  title: string;
  body?: string;
  acceptedAnswer?: string;
  officialAnswer?: string;
  resolved?: number;
  _formatted?: { title?: string };
}

export interface RankedTopic {
  id: number;
  score: number;
  titleMarked?: string;
}

const totalDocs = new Map<string, { value: number; at: number }>();
/** Threads in the index, for IDF; refreshed every minute. */
async function documentCount(meili: Meilisearch, uid: string): Promise<number> {
  let cached = totalDocs.get(uid);
  if (!cached || Date.now() - cached.at > 60_000) {
    const stats = await meili.index(uid).getStats();
    totalDocs.set(uid, (cached = { value: Math.max(1, stats.numberOfDocuments), at: Date.now() }));
  }
  return cached.value;
}

/** The query's words, raw (for Meilisearch) and stemmed (for ranking), weighted by where they came from. */
function queryWords(title: string, body: string): Array<{ raw: string; term: string; weight: number }> {
  const seen = new Map<string, { raw: string; term: string; weight: number }>();
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

function termFrequencies(text: string | undefined): { tf: Map<string, number>; length: number } {
  const tf = new Map<string, number>();
  const list = terms(text ?? '');
  for (const t of list) tf.set(t, (tf.get(t) ?? 0) + 1);
  return { tf, length: list.length };
}

export async function findSimilar(meili: Meilisearch, uid: string, title: string, body: string, limit: number): Promise<RankedTopic[]> {
  const query = queryWords(title, body);
  if (query.length === 0) return [];
  const titleWords = query.filter((q) => q.weight === 1);
  const retrieve = ['id', 'title', 'body', 'acceptedAnswer', 'officialAnswer', 'resolved'];
  const { results } = await meili.multiSearch({
    queries: [
      { indexUid: uid, q: titleWords.map((q) => q.raw).join(' '), limit: 60, matchingStrategy: 'frequency', attributesToRetrieve: retrieve },
      ...(body ? [{ indexUid: uid, q: query.map((q) => q.raw).join(' '), limit: 40, matchingStrategy: 'frequency' as const, attributesToRetrieve: retrieve }] : []),
      ...query.map((q) => ({ indexUid: uid, q: q.raw, limit: similarTuning.perWord, attributesToRetrieve: retrieve })),
    ],
  });
  const offset = body ? 2 : 1;
  const n = await documentCount(meili, uid);
  const idf = new Map<string, number>();
  query.forEach((q, i) => {
    const df = Math.min(n, results[offset + i]?.estimatedTotalHits ?? n);
    idf.set(q.term, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  });

  const candidates = new Map<number, Candidate>();
  for (const result of results) for (const hit of result.hits as Candidate[]) if (!candidates.has(hit.id)) candidates.set(hit.id, hit);
  if (candidates.size === 0) return [];

  const docs = [...candidates.values()].map((c) => ({
    c,
    title: termFrequencies(c.title),
    body: termFrequencies(c.body),
    answers: termFrequencies(`${c.officialAnswer ?? ''} ${c.acceptedAnswer ?? ''}`),
  }));
  const average = (pick: (d: (typeof docs)[number]) => number) => Math.max(1, docs.reduce((s, d) => s + pick(d), 0) / docs.length);
  const avg = { title: average((d) => d.title.length), body: average((d) => d.body.length), answers: average((d) => d.answers.length) };

  const ranked = docs.map(({ c, title: t, body: b, answers: a }) => {
    let score = 0;
    for (const q of query) {
      const { k1, b: B, fieldWeight } = similarTuning;
      const weighted =
        (fieldWeight.title * (t.tf.get(q.term) ?? 0)) / (1 - B + (B * t.length) / avg.title) +
        (fieldWeight.body * (b.tf.get(q.term) ?? 0)) / (1 - B + (B * b.length) / avg.body) +
        (fieldWeight.answers * (a.tf.get(q.term) ?? 0)) / (1 - B + (B * a.length) / avg.answers);
      if (weighted > 0) score += q.weight * (idf.get(q.term) ?? 0) * ((weighted * (k1 + 1)) / (weighted + k1));
    }
    return { id: c.id, score, resolved: c.resolved ?? 0, title: c.title };
  });
  ranked.sort((x, y) => y.score - x.score || y.resolved - x.resolved || x.id - y.id);
  const marks = new Set(query.map((q) => q.term));
  return ranked.slice(0, limit).map((r) => ({
    id: r.id,
    score: r.score,
    // Mark the title's words that match the question, for the suggestion panel.
    titleMarked: r.title.replace(/[\p{L}\p{N}]+/gu, (w) => (marks.has(stem(w.toLowerCase())) ? `${MARK_START}${w}${MARK_END}` : w)),
  }));
}
