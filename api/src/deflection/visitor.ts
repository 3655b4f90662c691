import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readCookie } from '../server/cookies.js';

export const VISITOR_COOKIE = 'commons_visitor';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** An anonymous browser, known by a random id in a cookie; logged-in or not. */
export interface Visitor {
  id: string;
  /** Search engines and scripts: served as anyone else, left out of the figures. */
  isCrawler: boolean;
}

// Self-declared crawlers and HTTP tools; a headless browser driven by a person's script is not told apart.
const CRAWLER = /bot\b|bot\/|crawl|spider|slurp|mediapartners|facebookexternalhit|bingpreview|embedly|curl\/|wget\/|python-requests|httpclient|okhttp|go-http-client|node-fetch|axios\//i;

export function isCrawlerAgent(userAgent: string | undefined): boolean {
  return !userAgent || CRAWLER.test(userAgent);
}

/**
 * The visitor behind a request. Over HTTP a first-time visitor gets an id (a year-long cookie);
 * over WebSocket, or when a cookie cannot be written, an unknown visitor stays null.
 */
export function visitorFor(request: IncomingMessage, response: ServerResponse | null, secure: boolean): Visitor | null {
  const isCrawler = isCrawlerAgent(request.headers['user-agent']);
  const existing = readCookie(request, VISITOR_COOKIE);
  if (existing && UUID.test(existing)) return { id: existing, isCrawler };
  if (!response) return null;
  const id = randomUUID();
  response.appendHeader('Set-Cookie', `${VISITOR_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax; Max-Age=31536000${secure ? '; Secure' : ''}`);
  return { id, isCrawler };
}
