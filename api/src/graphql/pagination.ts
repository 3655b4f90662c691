import { badInput } from '../errors.js';

export const MAX_PAGE_SIZE = 100;

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export interface ReportPeriod {
  from: Date;
  to: Date;
}

/**
 * A staff report's period: from (inclusive) to (exclusive), at most 366 days. Without bounds, the
 * last `fallbackDays` days up to now; with only one bound, `fallbackDays` from or up to it.
 */
/** The dates a forum can hold: the database and the ISO format both break far outside them. */
export const isForumDate = (time: number) => time >= Date.UTC(1970, 0, 1) && time <= Date.UTC(9999, 11, 31, 23, 59, 59, 999);

export function reportPeriod(from: string | null | undefined, to: string | null | undefined, fallbackDays = 30): ReportPeriod {
  const span = fallbackDays * 86_400_000;
  const end = to ? new Date(to) : from ? new Date(new Date(from).getTime() + span) : new Date();
  const start = from ? new Date(from) : new Date(end.getTime() - span);
  if (!(end.getTime() <= Date.UTC(9999, 11, 31))) throw badInput('Periods end by the year 9999.', { to: 'Too late.' });
  if (start >= end) throw badInput('from must be before to.', { from: 'Before to.' });
  if (end.getTime() - start.getTime() > 366 * 86_400_000) throw badInput('At most 366 days at once.', { to: 'At most 366 days after from.' });
  return { from: start, to: end };
}

export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}.`, { first: `Between 1 and ${MAX_PAGE_SIZE}.` });
  }
  return size;
}

/** A cursor that is an offset into a list (answers, search hits), below the deepest the list can reach. */
export const offsetCursorBelow =
  (limit: number) =>
  (v: unknown[]): v is [number] =>
    v.length === 1 && Number.isSafeInteger(v[0]) && (v[0] as number) >= 0 && (v[0] as number) < limit;

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
