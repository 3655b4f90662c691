import type { z } from 'zod';
import { badInput } from './errors.js';

/** Validates mutation input at the edge; every failing field gets its own message. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join('.') || 'input';
    fields[field] ??= issue.message;
  }
  const summary = Object.entries(fields).map(([field, message]) => `${field}: ${message}`).join(' ');
  throw badInput(`Invalid input. ${summary}`, fields);
}

/**
 * Characters nobody types on purpose and that break things downstream: C0/C1 controls (NUL ends
 * PostgreSQL text; U+0002/U+0003 are the search highlight markers), zero-width spaces, byte-order
 * marks and bidirectional overrides (text that reads differently than it is stored). Tab and
 * newline stay. Zero-width joiners stay inside words (emoji sequences, Persian) and go elsewhere.
 */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|(?<!\S)[\u200C\u200D]+|[\u200C\u200D]+(?!\S)/g;

/** User text as stored: NFC, line breaks as \n, invisible and control characters removed. */
export function normalizeText(text: string): string {
  // Half an emoji (a lone surrogate) has no UTF-8 form: PostgreSQL would store U+FFFD and Meilisearch refuse it.
  return text.toWellFormed().replace(/\r\n?/g, '\n').replace(INVISIBLE, '').normalize('NFC');
}

/** The first `max` UTF-16 units of text, one fewer where the cut would split a surrogate pair (an emoji). */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** Every string in a GraphQL argument value, normalized; passwords are kept exactly as typed. */
export function normalizeArgs<T>(value: T, key = ''): T {
  if (typeof value === 'string') return (/password/i.test(key) ? value : normalizeText(value)) as T;
  if (Array.isArray(value)) return value.map((item) => normalizeArgs(item, key)) as T;
  const isPlainObject = typeof value === 'object' && value !== null && [Object.prototype, null].includes(Object.getPrototypeOf(value));
  if (isPlainObject) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeArgs(v, k)])) as T;
  }
  return value;
}
