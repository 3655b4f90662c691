import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, ask } from '../support/forum.js';
import { code } from '../support/roles.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The reported attack and its variations: refused before they run, and the server stays responsive. */
describe('expensive queries', () => {
  let t: TestApp;
  let topicId: string;
  beforeAll(async () => {
    t = await startTestApp();
    topicId = (await ask(t, (await t.user()).client)).id;
    await answer((await t.user()).client, topicId);
  });
  afterAll(async () => t?.close());

  const NESTED = `query($t: ID!) { ${Array.from({ length: 10 }, (_, i) => `a${i}: topic(id: $t) { ...G }`).join(' ')} }
    fragment F on Answer { id body author { displayName } isAccepted viewerCanEdit }
    fragment G on Topic { answers(first: 100) { edges { node { topic { answers(first: 100) { edges { node { ...F } } } } } } } }`;

  it('refuses the reported 455-byte query before it runs, with its cost, over HTTP and WebSocket', async () => {
    const started = performance.now();
    const result = await t.visitor().execute(NESTED, { t: topicId });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(code(result)).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors![0]!.extensions).toMatchObject({ cost: expect.any(Number), maximumCost: expect.any(Number) });
    expect(result.errors![0]!.extensions!.cost as number).toBeGreaterThan(100_000);
    expect(result.data ?? null).toBeNull();
    // Over the WebSocket only subscriptions run: the query is refused before anything runs too.
    const overSocket = await t.visitor().overWebSocket(NESTED, { t: topicId });
    expect(code(overSocket)).toMatch(/^(QUERY_TOO_COMPLEX|BAD_REQUEST)$/);
    expect(overSocket.data ?? null).toBeNull();
  });

  it('prices page sizes given as variables, not only as literals', async () => {
    const query = 'query($n: Int) { topics(first: $n) { edges { node { answers(first: $n) { edges { node { id bodyHtml } } } } } } }';
    expect(code(await t.visitor().execute(query, { n: 5 }))).toBe('OK');
    expect(code(await t.visitor().execute(query, { n: 100 }))).toBe('QUERY_TOO_COMPLEX');
  });

  it('caps aliases', async () => {
    const query = `{ ${Array.from({ length: 40 }, (_, i) => `c${i}: categories { id }`).join(' ')} }`;
    const result = await t.visitor().execute(query);
    expect(code(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0]!.message).toMatch(/aliases/i);
  });

  // Each fragment spreads the next twice: a walk that follows every spread does 2^n work for a
  // query of a few hundred bytes (reported: 30 levels, 1.3 kB, froze the server for good).
  const fanOut = (levels: number) =>
    `query($t: ID!) { topic(id: $t) { ...F0 } } ${Array.from({ length: levels }, (_, i) => `fragment F${i} on Topic { ...F${i + 1} ...F${i + 1} id }`).join(' ')} fragment F${levels} on Topic { id }`;

  it('checks a fragment fan-out in time linear in its size, over HTTP and WebSocket, and stays responsive', async () => {
    for (const levels of [24, 240]) {
      const health = new Promise<number>((resolve) => setTimeout(() => {
        const started = performance.now();
        fetch(`${t.url}/healthz`).then(() => resolve(performance.now() - started), () => resolve(Infinity));
      }, 20));
      const started = performance.now();
      const result = await t.visitor().execute(fanOut(levels), { t: topicId });
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(await health).toBeLessThan(500);
      // Shallow, so the depth rule lets it pass; the pricer counts every spread's fields and refuses it.
      expect(code(result)).toBe('QUERY_TOO_COMPLEX');
      expect(result.data ?? null).toBeNull();
      const overSocket = await t.visitor().overWebSocket(fanOut(levels), { t: topicId });
      expect(code(overSocket)).toMatch(/^(QUERY_TOO_COMPLEX|BAD_REQUEST)$/);
      expect(performance.now() - started).toBeLessThan(2_000);
    }
  });

  it('still answers the health check at once while refusing', async () => {
    const floods = Array.from({ length: 20 }, () => t.visitor().execute(NESTED, { t: topicId }));
    const started = performance.now();
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    expect(performance.now() - started).toBeLessThan(500);
    for (const result of await Promise.all(floods)) expect(code(result)).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('one WebSocket', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.close());

  it('holds at most 50 operations at once; a finished one makes room', async () => {
    const ws = t.visitor().webSocket();
    const errors: unknown[] = [];
    const stops: Array<() => void> = [];
    for (let i = 0; i < 55; i++) {
      stops.push(ws.subscribe({ query: 'subscription { feed { kind } }' }, { next: () => undefined, error: (e) => errors.push(e), complete: () => undefined }));
    }
    await expect.poll(() => errors.length, { timeout: 5_000 }).toBe(5);
    expect(JSON.stringify(errors[0])).toContain('RATE_LIMITED');
    stops[0]!();
    await new Promise((r) => setTimeout(r, 200));
    const late: unknown[] = [];
    ws.subscribe({ query: 'subscription { feed { kind } }' }, { next: () => undefined, error: (e) => late.push(e), complete: () => undefined });
    await new Promise((r) => setTimeout(r, 300));
    expect(late).toEqual([]);
    await ws.dispose();
  });
});

describe('allowances per address and per member', () => {
  it('answers an address over its allowance of large queries with 429 and RATE_LIMITED', async () => {
    const t = await startTestApp();
    try {
      const { buildSchema } = await import('../../api/src/graphql/schema.js');
      const { createCostLimit, QUERY_LIMITS } = await import('../../api/src/graphql/query-limits.js');
      const { parse } = await import('graphql');
      const query = '{ topics(first: 100) { edges { node { id title bodyHtml tags { name } author { displayName } answers(first: 5) { edges { node { id bodyHtml score author { displayName } } } } } } } }';
      const cost = createCostLimit(buildSchema()).price(parse(query), {}, undefined);
      expect(cost).toBeGreaterThanOrEqual(QUERY_LIMITS.expensiveCost);
      const statuses: number[] = [];
      for (let i = 0; i < Math.ceil(QUERY_LIMITS.costPerAddressPerMinute / cost) + 1; i++) {
        const response = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
        statuses.push(response.status);
        if (response.status === 429) expect(code(await response.json())).toBe('RATE_LIMITED');
      }
      expect(statuses[0]).toBe(200);
      expect(statuses.at(-1)).toBe(429);
    } finally {
      await t.close();
    }
  });

  it('counts subscription starts per address, and "me too" toggles as writes', async () => {
    const t = await startTestApp({ policy: { rateLimits: { subscribe: { limit: 3, windowSeconds: 60 }, write: { limit: 2, windowSeconds: 60 } } } });
    try {
      const ws = t.visitor().webSocket();
      const errors: unknown[] = [];
      for (let i = 0; i < 4; i++) ws.subscribe({ query: 'subscription { feed { kind } }' }, { next: () => undefined, error: (e) => errors.push(e), complete: () => undefined });
      await expect.poll(() => errors.length, { timeout: 5_000 }).toBe(1);
      expect(JSON.stringify(errors[0])).toContain('RATE_LIMITED');
      await ws.dispose();

      const topic = await ask(t, (await t.user()).client);
      const member = await t.user();
      const toggle = (meToo: boolean) => member.client.execute('mutation($input: SetMeTooInput!) { setMeToo(input: $input) { topic { meTooCount } } }', { input: { topicId: topic.id, meToo } });
      expect(code(await toggle(true))).toBe('OK');
      expect(code(await toggle(false))).toBe('OK');
      expect(code(await toggle(true))).toBe('RATE_LIMITED');
    } finally {
      await t.close();
    }
  });
});

describe('response size', () => {
  it('replaces a response over 2 MB with RESPONSE_TOO_LARGE, and sends smaller ones as they are', async () => {
    const t = await startTestApp();
    try {
      const seed = await ask(t, (await t.user()).client);
      // 120 long questions, written directly: a cheap query (one field a topic) that returns megabytes.
      await t.sql(
        `insert into topic (title, body, body_html, author_id, category_id, created_at, updated_at, last_activity_at)
         select 'Long question ' || n, repeat('x', 25000), '<p>' || repeat('x', 25000) || '</p>', author_id, category_id, now(), now(), now()
         from topic, generate_series(1, 120) n where topic.id = $1`,
        [seed.dbId],
      );
      const big = await t.visitor().execute('{ topics(first: 100) { edges { node { bodyHtml } } } }');
      expect(code(big)).toBe('RESPONSE_TOO_LARGE');
      expect(big.data ?? null).toBeNull();
      const small = await t.visitor().execute('{ topics(first: 10) { edges { node { bodyHtml } } } }');
      expect(code(small)).toBe('OK');
      expect(small.data!.topics.edges).toHaveLength(10);
    } finally {
      await t.close();
    }
  });
});
