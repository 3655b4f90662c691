/** Tokenizing and stemming for re-ranking, shared by the ask-form suggestions and their benchmark. */

// Common English function words plus question boilerplate: they match everything and rank nothing.
const STOPWORDS = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both but by can cannot could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours out over own same she should so some such than that the their theirs them themselves then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours yourself get got getting use using used want wanted need needs trying try tried make makes way ways help please thanks thank anyone someone something anything still also even really like know one two able possible without within via etc im ive dont doesnt cant wont isnt didnt does`.split(/\s+/),
);

/** A light English stemmer (plurals, -ed, -ing, -ly, common derivational endings): enough to join "installing" with "install". */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  for (const [suffix, replacement] of [
    ['ational', 'ate'],
    ['ization', 'ize'],
    ['isation', 'ize'],
    ['fulness', 'ful'],
    ['ousness', 'ous'],
    ['iveness', 'ive'],
    ['ation', 'ate'],
    ['ingly', ''],
    ['edly', ''],
    ['ment', ''],
    ['ing', ''],
    ['ed', ''],
    ['ly', ''],
    ['er', ''],
  ] as const) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3 && /[aeiouy]/.test(w.slice(0, -suffix.length))) {
      w = w.slice(0, -suffix.length) + replacement;
      // "stopped" → "stopp" → "stop"
      if (replacement === '' && /([^aeiouslz])\1$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** Lower-cased words (letters, digits, and inner dots or dashes such as 12.04 or wi-fi). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:[.\-'][\p{L}\p{N}]+)*/gu) ?? [];
}

export function isInformative(word: string): boolean {
  return !STOPWORDS.has(word) && !STOPWORDS.has(word.replace(/'/g, '')) && (word.length > 1 || /\d/.test(word));
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

export interface TermFrequencies {
  tf: Map<string, number>;
  length: number;
}

export function parseTermCounts(encoded: string | undefined): TermFrequencies {
  const tf = new Map<string, number>();
  let length = 0;
  if (encoded) {
    for (const pair of encoded.split(' ')) {
      const colon = pair.lastIndexOf(':');
      const n = Number(pair.slice(colon + 1));
      tf.set(pair.slice(0, colon), n);
      length += n;
    }
  }
  return { tf, length };
}
