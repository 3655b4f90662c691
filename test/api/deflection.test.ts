import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../support/graphql-client.js';
import { ACCEPT, answer, ask, OFFICIAL } from '../support/forum.js';
import { collect } from '../support/live.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SEARCH = 'query($q: String!) { search(query: $q) { totalHits edges { node { topic { id } } } } }';
const SIMILAR = 'query($title: String!) { similarTopics(title: $title) { topic { id } } }';
const SIGNAL = 'mutation($input: RecordSignalInput!) { recordSignal(input: $input) { recorded } }';
const STATS = `query($from: DateTime!, $to: DateTime!, $granularity: StatsGranularity) {
  supportStats(from: $from, to: $to, granularity: $granularity) {
    figures { sessions sessionsWithIntent deflected failed potential questionsPosted searches deflectionRate selfServiceScore }
    previousFigures { sessions questionsPosted }
    series { start figures { deflected questionsPosted searches } }
    contentGaps { query searches averageHits clickThroughRate }
    topSearches { query searches visitors clickThroughRate }
    topDeflectingTopics { topic { id } deflections }
    responseTimes { medianSecondsToFirstAnswer medianSecondsToResolution firstAnswerBuckets { label count } firstAnswersByStaff firstAnswersByCommunity answersByStaff answersByCommunity }
    outcomes { resolved answered unanswered }
    openUnanswered
    oldestUnanswered { id }
    definitionsHtml
  }
}`;

/** Each test gets its own database, so the figures it reads are its own. */
let t: TestApp;
let staff: GraphQLClient;
const fresh = async () => {
  await t?.close();
  t = await startTestApp();
  staff = (await t.user('staff')).client;
};
afterAll(async () => t?.close());

const today = () => ({ from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString() });
const stats = async () => {
  await t.app.deps.signals.idle();
  return (await staff.ok(STATS, today())).supportStats;
};
const word = () => `zelkor${crypto.randomBytes(3).toString('hex')}`;

/** A resolved thread visitors can find by `w`. */
async function resolvedThread(w: string) {
  const asker = await t.user();
  const topic = await ask(t, asker.client, { title: `Backup ${w} stops at ninety percent`, body: `The backup job ${w} stops at 90% every night.` });
  await asker.client.ok(ACCEPT, { input: { answerId: await answer((await t.user('expert')).client, topic.id, 'Exclude the cache folder.') } });
  await t.app.deps.indexer.idle();
  return topic;
}

describe('deflection signals', () => {
  beforeAll(fresh);

  it('counts a search that ends on a resolved thread, with no question after, as deflected', async () => {
    const w = word();
    const topic = await resolvedThread(w);
    const visitor = t.visitor();
    // Typing "back", "backup", "backup <w>" within seconds is one search, not three.
    for (const q of ['back', 'backup', `backup ${w}`]) await visitor.ok(SEARCH, { q });
    await t.app.deps.signals.idle();
    expect((await visitor.ok(SIGNAL, { input: { kind: 'SEARCH_CLICK', topicId: topic.id, rank: 1, query: `backup ${w}` } })).recordSignal.recorded).toBe(true);

    const s = await stats();
    // Two sessions: this visitor's, and the asker's (who posted, with no search first).
    expect(s.figures).toMatchObject({ sessions: 2, sessionsWithIntent: 1, deflected: 1, failed: 0, potential: 0, searches: 1 });
    expect(s.topSearches).toEqual([{ query: `backup ${w}`, searches: 1, visitors: 1, clickThroughRate: 1 }]);
    expect(s.topDeflectingTopics).toEqual([{ topic: { id: topic.id }, deflections: 1 }]);
    // Questions posted by customers so far: only the one behind the thread (asked by a customer).
    expect(s.figures.questionsPosted).toBe(1);
    expect(s.figures.deflectionRate).toBeCloseTo(1 / 2);
    expect(s.definitionsHtml).toContain('deflected');
  });

  it('turns a session into a failed deflection when the visitor posts within 24 hours, and keeps older sessions', async () => {
    await fresh();
    const w = word();
    const topic = await resolvedThread(w);
    const customer = await t.user();
    // An earlier visit, two days ago, that ended on a solved thread: outside the window, it stays deflected.
    await customer.client.ok(SEARCH, { q: w });
    await customer.client.ok(SIGNAL, { input: { kind: 'SOLVED', topicId: topic.id } });
    await t.app.deps.signals.idle();
    const visitorId = customer.client.visitorCookie!.split('=')[1];
    await t.sql("update deflection_session set started_at = now() - interval '49 hours', last_at = now() - interval '48 hours' where visitor_id = $1", [visitorId]);
    // A visit an hour ago that also ended on it.
    await customer.client.ok(SEARCH, { q: `${w} again` });
    await customer.client.ok(SIGNAL, { input: { kind: 'SEARCH_CLICK', topicId: topic.id, rank: 1 } });
    await t.app.deps.signals.idle();
    await t.sql(
      "update deflection_session set started_at = now() - interval '2 hours', last_at = now() - interval '1 hour' where visitor_id = $1 and started_at > now() - interval '1 hour'",
      [visitorId],
    );
    // Now: the ask form, suggestions, and a question posted anyway.
    await customer.client.ok(SIGNAL, { input: { kind: 'ASK_OPENED' } });
    await customer.client.ok(SIMILAR, { title: `Backup ${w} stops` });
    await ask(t, customer.client, { title: `Backup ${w} still stops at ninety` });
    await t.app.deps.signals.idle();

    const sessions = await t.sql<{ outcome: string; age: string }>(
      "select outcome, case when last_at < now() - interval '24 hours' then 'old' when last_at < now() - interval '30 minutes' then 'hour' else 'now' end as age from deflection_session where visitor_id = $1 order by started_at",
      [visitorId],
    );
    expect(sessions).toEqual([
      { outcome: 'deflected', age: 'old' },
      { outcome: 'failed', age: 'hour' },
      { outcome: 'failed', age: 'now' },
    ]);
    const [shown] = await t.sql("select query, hit_count from deflection_event where kind = 'suggestions_shown'");
    expect(shown).toEqual({ query: `backup ${w} stops`, hit_count: 1 });
  });

  it('takes back a solved signal on "no", and leaves staff and crawlers out of the figures', async () => {
    await fresh();
    const w = word();
    const topic = await resolvedThread(w);
    const visitor = t.visitor();
    await visitor.ok(SEARCH, { q: w });
    await visitor.ok(SIGNAL, { input: { kind: 'SEARCH_CLICK', topicId: topic.id, rank: 1 } });
    await visitor.ok(SIGNAL, { input: { kind: 'NOT_SOLVED', topicId: topic.id } });
    await staff.ok(SEARCH, { q: `staff looking ${w}` });
    const crawler = new GraphQLClient(t.url, 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)');
    await crawler.ok(SEARCH, { q: `crawler ${w}` });
    expect((await crawler.ok(SIGNAL, { input: { kind: 'TOPIC_VIEWED', topicId: topic.id } })).recordSignal.recorded).toBe(false);

    const s = await stats();
    expect(s.figures).toMatchObject({ sessions: 2, sessionsWithIntent: 1, deflected: 0, potential: 1, searches: 1 });
    expect(s.topSearches.map((q: any) => q.query)).toEqual([w]);
    expect((await t.sql('select count(*)::int as n from deflection_session where is_staff'))[0].n).toBe(1);
  });

  it('lists searches with no results or no clicks as content gaps', async () => {
    await fresh();
    const w = word();
    await resolvedThread(w);
    const a = t.visitor();
    const b = t.visitor();
    await a.ok(SEARCH, { q: `nothingmatches${w}` });
    await b.ok(SEARCH, { q: `nothingmatches${w}` });
    await a.ok(SEARCH, { q: `zzzz unrelated ${w}` });
    const s = await stats();
    expect(s.contentGaps[0]).toMatchObject({ query: `nothingmatches${w}`, searches: 2, averageHits: 0, clickThroughRate: 0 });
    expect(s.contentGaps.map((g: any) => g.query)).toContain(`zzzz unrelated ${w}`);
  });

  it('records a burst of searches from many visitors in batches, none lost, and a bad signal costs only itself', async () => {
    await fresh();
    const w = word();
    await resolvedThread(w);
    const visitors = Array.from({ length: 40 }, () => t.visitor());
    const started = Date.now();
    await Promise.all(visitors.map((v, i) => v.ok(SEARCH, { q: `burst ${w} ${i % 2 ? 'backup' : 'restore'}` })));
    // A signal that cannot be written (a hit count past the column's range), queued with the rest.
    t.app.deps.signals.inBackground({ visitor: { id: crypto.randomUUID(), isCrawler: false }, viewer: null } as never, { kind: 'search', query: 'x', hitCount: 2 ** 40 });
    await visitors[0]!.ok(SEARCH, { q: `burst ${w} last` });
    const s = await stats();
    expect(s.figures.searches).toBe(41);
    const [{ n, sessions }] = await t.sql(
      "select count(*)::int as n, count(distinct session_id)::int as sessions from deflection_event where kind = 'search' and at >= $1",
      [new Date(started - 1000)],
    );
    expect({ n, sessions }).toEqual({ n: 41, sessions: 40 });
  });

  it('reports response times, who answered first, outcomes and the open unanswered questions', async () => {
    await fresh();
    const customer = await t.user();
    const expert = await t.user('expert');
    const byStaff = await ask(t, customer.client, { title: 'Restore asks for a key I never set' });
    const byCommunity = await ask(t, customer.client, { title: 'Schedule runs twice on Mondays' });
    const unanswered = await ask(t, customer.client, { title: 'Where is the log file on macOS?' });
    await staff.ok(OFFICIAL, { input: { answerId: await answer(staff, byStaff.id, 'Use the recovery code from setup.') } });
    await answer(expert.client, byCommunity.id, 'Remove the duplicate rule.');
    await answer(customer.client, byCommunity.id, 'Adding detail: it started after the update.');
    // Two hours to first answer for one of them.
    await t.sql("update topic set created_at = created_at - interval '2 hours' where id = $1", [byCommunity.dbId]);

    const s = await stats();
    expect(s.responseTimes).toMatchObject({ firstAnswersByStaff: 1, firstAnswersByCommunity: 1, answersByStaff: 1, answersByCommunity: 2 });
    expect(s.responseTimes.firstAnswerBuckets).toEqual([
      { label: 'under 1 h', count: 1 },
      { label: '1–4 h', count: 1 },
      { label: '4–24 h', count: 0 },
      { label: 'over 24 h', count: 0 },
      { label: 'no answer yet', count: 1 },
    ]);
    expect(s.responseTimes.medianSecondsToFirstAnswer).toBeGreaterThan(3600);
    expect(s.responseTimes.medianSecondsToResolution).toBeLessThan(60);
    expect(s.outcomes).toEqual({ resolved: 1, answered: 1, unanswered: 1 });
    expect(s.openUnanswered).toBe(1);
    expect(s.oldestUnanswered).toEqual([{ id: unanswered.id }]);
    expect(s.figures.questionsPosted).toBe(3);
    expect(s.series.reduce((n: number, b: any) => n + b.figures.questionsPosted, 0)).toBe(3);
  });

  it('buckets by week, and compares with the period before', async () => {
    await fresh();
    await ask(t, (await t.user()).client);
    const now = Date.now();
    const { supportStats } = await staff.ok(STATS, {
      from: new Date(now - 28 * 86_400_000).toISOString(),
      to: new Date(now + 60_000).toISOString(),
      granularity: 'WEEK',
    });
    expect(supportStats.series.length).toBeGreaterThanOrEqual(4);
    expect(supportStats.series.length).toBeLessThanOrEqual(5);
    expect(new Date(supportStats.series[1].start).getUTCDay()).toBe(1);
    expect(supportStats.series.reduce((n: number, b: any) => n + b.figures.questionsPosted, 0)).toBe(1);
    expect(supportStats.previousFigures.questionsPosted).toBe(0);
  });
});

describe('deflection permissions and bad input', () => {
  beforeAll(fresh);

  it('shows support stats to staff and admins only', async () => {
    const vars = today();
    expect((await t.visitor().execute(STATS, vars)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const role of ['customer', 'expert'] as const) {
      expect((await (await t.user(role)).client.execute(STATS, vars)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    for (const role of ['staff', 'admin'] as const) {
      expect((await (await t.user(role)).client.execute(STATS, vars)).data?.supportStats.figures).toBeTruthy();
    }
  });

  it('lets anyone record a signal, signed in or not', async () => {
    const topic = await ask(t, (await t.user()).client);
    for (const client of [t.visitor(), ...(await Promise.all((['customer', 'expert', 'staff', 'admin'] as const).map(async (r) => (await t.user(r)).client)))]) {
      expect((await client.ok(SIGNAL, { input: { kind: 'TOPIC_VIEWED', topicId: topic.id } })).recordSignal.recorded).toBe(true);
    }
  });

  it('refuses bad signals and bad periods with a code, recording nothing', async () => {
    const topic = await ask(t, (await t.user()).client);
    const visitor = t.visitor();
    const before = (await t.sql('select count(*)::int as n from deflection_event'))[0].n;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ kind: 'SEARCH_CLICK', topicId: topic.id }, 'BAD_USER_INPUT'],
      [{ kind: 'SOLVED' }, 'BAD_USER_INPUT'],
      [{ kind: 'SEARCH_CLICK', topicId: topic.id, rank: 0 }, 'BAD_USER_INPUT'],
      [{ kind: 'SOLVED', topicId: topic.id, query: 'x'.repeat(201) }, 'BAD_USER_INPUT'],
      [{ kind: 'SOLVED', topicId: 'not-an-id' }, 'BAD_USER_INPUT'],
      [{ kind: 'SOLVED', topicId: Buffer.from('Topic:999999').toString('base64url') }, 'NOT_FOUND'],
    ];
    for (const [input, code] of cases) expect((await visitor.execute(SIGNAL, { input })).errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe(code);
    expect((await t.sql('select count(*)::int as n from deflection_event'))[0].n).toBe(before);

    const now = Date.now();
    for (const vars of [
      { from: new Date(now).toISOString(), to: new Date(now - 1000).toISOString() },
      { from: new Date(now - 400 * 86_400_000).toISOString(), to: new Date(now).toISOString(), granularity: 'WEEK' },
      { from: new Date(now - 200 * 86_400_000).toISOString(), to: new Date(now).toISOString(), granularity: 'DAY' },
    ]) {
      expect((await staff.execute(STATS, vars)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('rate limits signals per visitor', async () => {
    const limited = await startTestApp({ policy: { rateLimits: { signal: { limit: 3, windowSeconds: 60 } } } });
    try {
      const visitor = limited.visitor();
      const input = { kind: 'ASK_OPENED' };
      for (let i = 0; i < 3; i++) await visitor.ok(SIGNAL, { input });
      expect((await visitor.execute(SIGNAL, { input })).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      // Another visitor is not affected.
      await limited.visitor().ok(SIGNAL, { input });
      // But a fresh visitor cookie per request does not escape: the address has ten visitors' allowance.
      const codes: string[] = [];
      for (let i = 0; i < 30; i++) codes.push((await limited.visitor().execute(SIGNAL, { input })).errors?.[0]?.extensions?.code ?? 'OK');
      expect(codes.filter((c) => c === 'OK').length).toBeLessThanOrEqual(29);
      expect(codes.at(-1)).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });

  it('ticks the live dashboard for staff when a signal arrives, and refuses the stream to others', async () => {
    const SUB = 'subscription { supportStatsChanged }';
    const customer = await t.user();
    const refused = await customer.client.overWebSocket(SUB);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.visitor().overWebSocket(SUB)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const ticks = collect<string>(staff, SUB, {}, 'supportStatsChanged');
    await new Promise((r) => setTimeout(r, 200));
    await t.visitor().ok(SIGNAL, { input: { kind: 'ASK_OPENED' } });
    const [tick] = await ticks.waitFor(1, 5_000);
    expect(Date.parse(tick!)).toBeGreaterThan(Date.now() - 10_000);
    await ticks.close();
  });
});

