/** Tokenizing and stemming for re-ranking, shared by the ask-form suggestions and their benchmark. */
import snowball from 'snowball-stemmers';

// Common English function words plus question boilerplate: they match everything and rank nothing.
const STOPWORDS = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both but by can cannot could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours out over own same she should so some such than that the their theirs them themselves then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours yourself get got getting use using used want wanted need needs trying try tried make makes way ways help please thanks thank anyone someone something anything still also even really like know one two able possible without within via etc im ive dont doesnt cant wont isnt didnt does`.split(/\s+/),
);

/**
 * Snowball stemmers (snowball-stemmers: JavaScript generated from the Snowball project's own
 * algorithm definitions, 24 languages), chosen by the forum's language. English is Porter2.
 */
export const stemmingLanguages = snowball.algorithms().filter((name) => name !== 'porter');
let stemmer = snowball.newStemmer('english');
let stopwords: ReadonlySet<string> = STOPWORDS;
/** Stems of words seen lately: documents repeat their vocabulary, and stemming is the cost of indexing. */
const stems = new Map<string, string>();
const MAX_CACHED_STEMS = 50_000;

/** One language per process (FORUM_LANGUAGE); the stop words are English only, for now. */
export function useLanguage(language: string): void {
  if (!stemmingLanguages.includes(language)) throw new Error(`No stemmer for "${language}". Choose one of: ${stemmingLanguages.join(', ')}.`);
  stemmer = snowball.newStemmer(language);
  stopwords = language === 'english' ? STOPWORDS : new Set();
  stems.clear();
}

export function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    // Snowball expects no apostrophes of possession: "user's" and "users" meet at "user".
    stemmed = stemmer.stem(word.replace(/'s$/, '').replace(/'/g, ''));
    if (stems.size >= MAX_CACHED_STEMS) stems.clear();
    stems.set(word, stemmed);
  }
  return stemmed;
}

/** Lower-cased words (letters, digits, and inner dots or dashes such as 12.04 or wi-fi). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:[.\-'][\p{L}\p{N}]+)*/gu) ?? [];
}

export function isInformative(word: string): boolean {
  return !stopwords.has(word) && !stopwords.has(word.replace(/'/g, '')) && (word.length > 1 || /\d/.test(word));
}

/** Stemmed informative tokens of a text. */
export function terms(text: string): string[] {
  return words(text).filter(isInformative).map(stem);
}

/**
 * A field's stemmed terms with their counts, as "term:count term:count", written into each search
 * document at index time so that ranking suggestions does not tokenize candidate bodies per request.
 */
export function termCounts(text: string): string {
  const counts = new Map<string, number>();
  for (const t of terms(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].map(([t, n]) => `${t}:${n}`).join(' ');
}

/*
 * Reading a "term:count term:count" field for ranking. A request ranks a few hundred candidates
 * against a dozen query terms: looking each term up in the string, and summing the counts in one
 * pass, reads a title's few terms about four times faster than splitting every field into a map, a
 * question's two dozen about 1.4 times (measured on the benchmark corpus), and leaves nothing to collect.
 */

/** How often `term` occurs in an encoded field (0 when it does not). */
export function termCount(encoded: string | undefined, term: string): number {
  if (!encoded) return 0;
  const needle = `${term}:`;
  for (let at = encoded.indexOf(needle); at >= 0; at = encoded.indexOf(needle, at + 1)) {
    if (at > 0 && encoded.charCodeAt(at - 1) !== SPACE) continue;
    let n = 0;
    for (let i = at + needle.length; i < encoded.length; i++) {
      const digit = encoded.charCodeAt(i) - ZERO;
      if (digit < 0 || digit > 9) break;
      n = n * 10 + digit;
    }
    return n;
  }
  return 0;
}

/** An encoded field's length in terms: the sum of its counts (the number after each pair's last colon). */
export function fieldLength(encoded: string | undefined): number {
  if (!encoded) return 0;
  let total = 0;
  let n = 0;
  let inCount = false;
  for (let i = 0; i < encoded.length; i++) {
    const c = encoded.charCodeAt(i);
    if (c === COLON) {
      // Terms are letters, digits and inner . - ' (words()): a colon always starts a count.
      inCount = true;
      n = 0;
    } else if (c === SPACE) {
      if (inCount) total += n;
      inCount = false;
    } else if (inCount) {
      const digit = c - ZERO;
      if (digit >= 0 && digit <= 9) n = n * 10 + digit;
      else inCount = false;
    }
  }
  return inCount ? total + n : total;
}

const SPACE = 32;
const COLON = 58;
const ZERO = 48;
