import { escapeHtml } from '../markdown/render.js';

/**
 * Marks around matched words. Meilisearch (and the suggestion ranker) insert these control
 * characters; markedHtml escapes everything users wrote and only then turns them into <mark>.
 */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

export function markedHtml(text: string): string {
  return escapeHtml(text)
    .replaceAll(MARK_START, '<mark>')
    .replaceAll(MARK_END, '</mark>');
}
