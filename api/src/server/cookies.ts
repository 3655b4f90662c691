import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SessionCookie } from '../graphql/context.js';

export const SESSION_COOKIE = 'commons_session';

export function readCookie(request: IncomingMessage, name: string): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** httpOnly so scripts cannot read it; SameSite=Lax so other sites cannot post with it. */
export function sessionCookieWriter(response: ServerResponse, secure: boolean): SessionCookie {
  const attributes = `Path=/; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
  const append = (cookie: string) => response.appendHeader('Set-Cookie', cookie);
  return {
    set: (token, expiresAt) => append(`${SESSION_COOKIE}=${token}; ${attributes}; Expires=${expiresAt.toUTCString()}`),
    clear: () => append(`${SESSION_COOKIE}=; ${attributes}; Expires=Thu, 01 Jan 1970 00:00:00 GMT`),
  };
}
