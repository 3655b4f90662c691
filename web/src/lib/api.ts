import type { TypedDocumentString } from '../graphql/generated/graphql.js';

export interface ApiErrorDetail {
  message: string;
  extensions?: { code?: string; fields?: Record<string, string>; retryAfterSeconds?: number };
}

/** A GraphQL error meant for the user, with per-field messages when the input was wrong. */
export class ApiError extends Error {
  readonly code: string;
  readonly fields: Record<string, string>;
  constructor(detail: ApiErrorDetail) {
    super(detail.message);
    this.code = detail.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
    this.fields = detail.extensions?.fields ?? {};
  }
}

/** Every request goes through here: POST (Apollo's CSRF guard refuses simple GETs), cookie session. */
export async function request<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  ...[variables]: Variables extends Record<string, never> ? [] : [Variables]
): Promise<Result> {
  const query = document.toString();
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables: variables ?? {} }),
  });
  let body: { data?: Result; errors?: ApiErrorDetail[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError({ message: `The server answered ${response.status}. Try again in a moment.` });
  }
  if (body.errors?.length) throw new ApiError(body.errors[0]!);
  if (!body.data) throw new ApiError({ message: 'The server sent no data.' });
  return body.data;
}
