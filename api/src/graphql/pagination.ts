import { badInput } from '../errors.js';

export const MAX_PAGE_SIZE = 100;

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** A report's period in days, 1 to 366 (a year, leap day included). */
export function periodDays(days: number | null | undefined, fallback = 30): number {
  const value = days ?? fallback;
  if (!Number.isInteger(value) || value < 1 || value > 366) throw badInput('days must be between 1 and 366.', { days: 'Between 1 and 366.' });
  return value;
}

export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}.`, { first: `Between 1 and ${MAX_PAGE_SIZE}.` });
  }
  return size;
}

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** Cursors are opaque to clients but untrusted: anything not of the expected shape is bad input. */
export function decodeCursor<T extends unknown[]>(cursor: string, isValid: (values: unknown[]) => values is T): T {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = null;
  }
  if (!Array.isArray(values) || !isValid(values)) throw badInput('after is not a valid cursor.', { after: 'Invalid cursor.' });
  return values;
}

/** Builds a connection from a page fetched with one row more than asked, which tells if there is a next page. */
export function toConnection<T>(rows: T[], size: number, cursorOf: (row: T) => string, hasPrevious: boolean): Connection<T> {
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
