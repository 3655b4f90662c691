/** The codes a client may branch on; everything else is an internal error with a log reference. */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'RATE_LIMITED' | 'CONFLICT' | 'SERVICE_UNAVAILABLE';

/** A failure meant for the user: services throw these, the GraphQL layer shows them as they are. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Per-field messages, so a form can show each next to its field. */
    readonly fields?: Record<string, string>,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export const badInput = (message: string, fields?: Record<string, string>) => new DomainError('BAD_USER_INPUT', message, fields);
export const unauthenticated = (message = 'You need to sign in to do that.') => new DomainError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You are not allowed to do that.') => new DomainError('FORBIDDEN', message);
export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} not found.`);
export const conflict = (message: string) => new DomainError('CONFLICT', message);
/** "12 seconds", "55 minutes", "2 hours": how people say a wait. */
export function humanWait(seconds: number): string {
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (seconds < 90) return unit(seconds, 'second');
  if (seconds < 90 * 60) return unit(Math.round(seconds / 60), 'minute');
  return unit(Math.round(seconds / 3600), 'hour');
}

export const rateLimited = (retryAfterSeconds: number) =>
  new DomainError('RATE_LIMITED', `Too many attempts. Try again in ${humanWait(retryAfterSeconds)}.`, undefined, retryAfterSeconds);
export const searchUnavailable = () =>
  new DomainError('SERVICE_UNAVAILABLE', 'Search is unavailable right now. Browsing and posting still work; try searching again in a moment.');
