import crypto from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from '../errors.js';
import type { Logger } from '../logger.js';

/** Codes graphql-js and Apollo give to client mistakes: safe to show as they are. */
const CLIENT_FAULT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'QUERY_TOO_COMPLEX',
  'QUERY_TIMEOUT',
  'RESPONSE_TOO_LARGE',
  'RATE_LIMITED',
]);

/** A statement cancelled by statement_timeout, a client-side query timeout, or no connection in time. */
function isDatabaseTimeout(error: unknown): boolean {
  const e = error as { name?: string; code?: string; message?: string } | null;
  if (!e) return false;
  return (
    e.name === 'KnexTimeoutError' ||
    e.code === '57014' ||
    /^timeout expired$|Query read timeout|timeout exceeded when trying to connect|Connection terminated due to connection timeout/.test(e.message ?? '')
  );
}

/**
 * Users see the errors meant for them; anything else is logged with a reference and
 * returned as a generic message, so no stack, SQL or internal detail reaches a client.
 */
export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    let original = unwrapResolverError(error);
    // A DomainError thrown outside a resolver (a plugin, a subscription's setup) arrives wrapped.
    while (!(original instanceof DomainError) && original instanceof GraphQLError && original.originalError) original = original.originalError;
    if (original instanceof DomainError) {
      return {
        message: original.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: {
          code: original.code,
          ...(original.fields ? { fields: original.fields } : {}),
          ...(original.retryAfterSeconds ? { retryAfterSeconds: original.retryAfterSeconds } : {}),
        },
      };
    }
    if (isDatabaseTimeout(original)) {
      return {
        message: 'The database is not answering right now. Try again in a moment.',
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_FAULT_CODES.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const ref = crypto.randomUUID();
    log.error({ err: original, ref, path: formatted.path }, 'internal error while resolving GraphQL');
    return {
      message: `Something went wrong on our side (reference ${ref}).`,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', ref },
    };
  };
}
