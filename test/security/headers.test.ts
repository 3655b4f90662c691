import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

it('sends a content security policy, no framing, no sniffing and a strict referrer policy on pages and the API', async () => {
  for (const url of [`${t.url}/`, `${t.url}/search?q=x`, `${t.url}/graphql?query=%7B__typename%7D`]) {
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp, url).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    // No remote images: a hot-linked image would tell a third party who reads which thread.
    expect(csp).toMatch(/img-src 'self' data:(;|$)/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
  }
});

it('compresses the app script, caches hashed assets for a year, and serves no source maps', async () => {
  const html = await (await fetch(`${t.url}/`)).text();
  const script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)![1]!;
  const asset = await fetch(`${t.url}${script}`, { headers: { 'accept-encoding': 'gzip' } });
  expect(asset.status).toBe(200);
  expect(asset.headers.get('content-encoding')).toBe('gzip');
  expect(asset.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
  expect((await fetch(`${t.url}/`)).headers.get('cache-control')).toBe('no-cache');
  const dist = path.resolve('web/dist/assets');
  expect((await fs.readdir(dist)).filter((f) => f.endsWith('.map'))).toEqual([]);
  expect((await fetch(`${t.url}${script}.map`)).status).toBe(404);
  expect((await fetch(`${t.url}/assets/missing-abc123.js`)).status).toBe(404);
});
