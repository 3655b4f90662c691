import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addBusinessMinutes } from '../../api/src/sla/business-time.js';
import { ACCEPT, answer, ask } from '../support/forum.js';
import { collect } from '../support/live.js';
import { startTestApp, type TestApp, type TestUser } from '../support/test-app.js';
import { type Caller, callers as roles, code, runAs, userFor } from '../support/roles.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

const actor = (role: Caller) => userFor(t, role);
const run = (who: TestUser | null, query: string, variables: Record<string, unknown> = {}) => runAs(t, who, query, variables);


const QUEUE = '{ slaQueue(first: 100) { openCount breachedCount liveCursor items { topic { id } plan dueAt targetMinutes businessTime claimedBy { id } } } }';
const CLAIM = 'mutation($input: TopicIdInput!) { claimTopic(input: $input) { topic { id claimedBy { id } } } }';
const UNCLAIM = 'mutation($input: TopicIdInput!) { unclaimTopic(input: $input) { topic { id claimedBy { id } } } }';
const POLICY = 'mutation($input: UpdateSlaPolicyInput!) { updateSlaPolicy(input: $input) { policy { plan firstResponseMinutes businessTime businessDays } } }';
const HOURS = 'mutation($input: UpdateSupportHoursInput!) { updateSupportHours(input: $input) { supportHours { timeZone opensAt closesAt workDays } } }';
const PLAN = 'mutation($input: ChangeUserPlanInput!) { changeUserPlan(input: $input) { user { id plan } } }';
const FIGURES = '{ slaFigures { plan questions met breached metShare medianFirstResponseSeconds openNow breachedNow } }';

async function customerOn(plan: 'free' | 'premium' | 'critical') {
  const user = await t.user();
  await t.sql('update app_user set plan = $1 where id = $2', [plan, user.dbId]);
  return user;
}

describe('support time', () => {
  const weekdays = { timeZone: 'UTC', opensAt: 9 * 60, closesAt: 17 * 60, workDays: [1, 2, 3, 4, 5] };
  it('counts only support hours on working days', () => {
    // Friday 16:00 + 2 h: one hour on Friday, one on Monday from 9:00.
    expect(addBusinessMinutes(new Date('2026-11-27T16:00:00Z'), 120, weekdays).toISOString()).toBe('2026-11-30T10:00:00.000Z');
    // Before opening: the clock starts at 9:00.
    expect(addBusinessMinutes(new Date('2026-11-23T07:00:00Z'), 30, weekdays).toISOString()).toBe('2026-11-23T09:30:00.000Z');
    // Saturday: nothing counts until Monday.
    expect(addBusinessMinutes(new Date('2026-11-28T12:00:00Z'), 60, weekdays).toISOString()).toBe('2026-11-30T10:00:00.000Z');
    // Two business days of eight hours, asked Thursday 12:30: due Monday 12:30.
    expect(addBusinessMinutes(new Date('2026-11-26T12:30:00Z'), 960, weekdays).toISOString()).toBe('2026-11-30T12:30:00.000Z');
  });

  it('in the team’s own time zone, across a daylight-saving change', () => {
    const berlin = { ...weekdays, timeZone: 'Europe/Berlin' };
    // 08:30 in Berlin (UTC+1): the clock starts at 09:00 local.
    expect(addBusinessMinutes(new Date('2026-11-24T07:30:00Z'), 60, berlin).toISOString()).toBe('2026-11-24T09:00:00.000Z');
    const newYork = { ...weekdays, timeZone: 'America/New_York' };
    // Friday 16:00 EST + 2 h: one hour Friday, then Monday 9:00 EDT (clocks moved on Sunday 8 March).
    expect(addBusinessMinutes(new Date('2026-03-06T21:00:00Z'), 120, newYork).toISOString()).toBe('2026-03-09T14:00:00.000Z');
  });
});

describe('the support queue', () => {
  it('orders waiting questions by deadline from each plan, and drops them once staff answer or an answer is accepted', async () => {
    const [free, premium, critical] = [await customerOn('free'), await customerOn('premium'), await customerOn('critical')];
    const qFree = await ask(t, free.client);
    const qPremium = await ask(t, premium.client);
    const qCritical = await ask(t, critical.client);
    await ask(t, (await t.user('staff')).client); // staff questions have no deadline
    const staff = await t.user('staff');
    const queue = async () => (await staff.client.ok(QUEUE)).slaQueue;
    const mine = (await queue()).items.filter((i: any) => [qFree.id, qPremium.id, qCritical.id].includes(i.topic.id));
    expect(mine.map((i: any) => [i.plan, i.targetMinutes, i.businessTime])).toEqual([
      ['CRITICAL', 15, false],
      ['PREMIUM', 60, false],
      ['FREE', 960, true],
    ]);
    const [row] = await t.sql('select created_at, sla_due_at from topic where id = $1', [qPremium.dbId]);
    expect(row.sla_due_at.getTime() - row.created_at.getTime()).toBe(60 * 60_000);

    // A community answer alone keeps it waiting; accepted, it leaves. A staff answer takes it out.
    const community = await answer((await t.user('expert')).client, qPremium.id);
    expect((await queue()).items.some((i: any) => i.topic.id === qPremium.id)).toBe(true);
    await premium.client.ok(ACCEPT, { input: { answerId: community } });
    await answer(staff.client, qCritical.id, 'Staff here: restart the agent service.');
    const ids = (await queue()).items.map((i: any) => i.topic.id);
    expect(ids).toContain(qFree.id);
    expect(ids).not.toContain(qPremium.id);
    expect(ids).not.toContain(qCritical.id);
  });

  it.each(roles)('the queue, targets, hours and figures: staff only (%s)', async (role) => {
    const who = await actor(role);
    const expected = role === 'visitor' ? 'UNAUTHENTICATED' : role === 'staff' || role === 'admin' ? 'OK' : 'FORBIDDEN';
    for (const query of [QUEUE, '{ slaPolicies { plan } }', '{ supportHours { timeZone } }', FIGURES]) expect(code(await run(who, query))).toBe(expected);
  });

  it.each(roles)('claiming a question: staff only (%s)', async (role) => {
    const topic = await ask(t, (await customerOn('premium')).client);
    const result = await run(await actor(role), CLAIM, { input: { topicId: topic.id } });
    expect(code(result)).toBe(role === 'visitor' ? 'UNAUTHENTICATED' : role === 'staff' || role === 'admin' ? 'OK' : 'FORBIDDEN');
    const [row] = await t.sql('select claimed_by_id from topic where id = $1', [topic.dbId]);
    expect(row.claimed_by_id !== null).toBe(role === 'staff' || role === 'admin');
  });

  it.each(roles)('releasing a claim: staff only (%s)', async (role) => {
    const topic = await ask(t, (await customerOn('premium')).client);
    await (await t.user('staff')).client.ok(CLAIM, { input: { topicId: topic.id } });
    const result = await run(await actor(role), UNCLAIM, { input: { topicId: topic.id } });
    expect(code(result)).toBe(role === 'visitor' ? 'UNAUTHENTICATED' : role === 'staff' || role === 'admin' ? 'OK' : 'FORBIDDEN');
    const [row] = await t.sql('select claimed_by_id from topic where id = $1', [topic.dbId]);
    expect(row.claimed_by_id === null).toBe(role === 'staff' || role === 'admin');
  });

  it('a claim shows live to other staff and never to customers; a second claimer is refused', async () => {
    const topic = await ask(t, (await customerOn('critical')).client);
    const [ann, bob] = [await t.user('staff'), await t.user('staff')];
    const { slaQueue } = await bob.client.ok(QUEUE);
    const staffFeed = collect(bob.client, 'subscription($after: String) { feed(after: $after) { kind topic { id } actor { displayName } } }', { after: slaQueue.liveCursor }, 'feed');
    const customerFeed = collect((await t.user()).client, 'subscription { feed { kind } }', {}, 'feed');
    await new Promise((r) => setTimeout(r, 150));
    expect((await ann.client.ok(CLAIM, { input: { topicId: topic.id } })).claimTopic.topic.claimedBy.id).toBe(ann.id);
    expect((await ann.client.ok(CLAIM, { input: { topicId: topic.id } })).claimTopic.topic.claimedBy.id).toBe(ann.id); // retry
    const refused = await bob.client.execute(CLAIM, { input: { topicId: topic.id } });
    expect(code(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toContain('already handling');
    const [claimed] = await staffFeed.waitFor(1);
    expect(claimed).toMatchObject({ kind: 'TOPIC_CLAIMED', topic: { id: topic.id } });
    expect((await bob.client.ok(QUEUE)).slaQueue.items.find((i: any) => i.topic.id === topic.id).claimedBy).toEqual({ id: ann.id });
    await ann.client.ok(UNCLAIM, { input: { topicId: topic.id } });
    expect((await staffFeed.waitFor(2))[1]).toMatchObject({ kind: 'TOPIC_UNCLAIMED' });
    expect(customerFeed.items.filter((e: any) => e.kind.endsWith('CLAIMED'))).toEqual([]);
    await Promise.all([staffFeed.close(), customerFeed.close()]);
  });
});

describe('targets and figures', () => {
  it.each(roles)('changing targets and hours: admins only (%s)', async (role) => {
    const who = await actor(role);
    const expected = role === 'visitor' ? 'UNAUTHENTICATED' : role === 'admin' ? 'OK' : 'FORBIDDEN';
    expect(code(await run(who, POLICY, { input: { plan: 'CRITICAL', firstResponseMinutes: 15, businessTime: false } }))).toBe(expected);
    expect(code(await run(who, HOURS, { input: { timeZone: 'UTC', opensAt: 540, closesAt: 1020, workDays: [1, 2, 3, 4, 5] } }))).toBe(expected);
  });

  it('a new target moves the deadlines of waiting questions; bad input changes nothing', async () => {
    const admin = await t.user('admin');
    const topic = await ask(t, (await customerOn('premium')).client);
    await admin.client.ok(POLICY, { input: { plan: 'PREMIUM', firstResponseMinutes: 30, businessTime: false } });
    const [row] = await t.sql('select created_at, sla_due_at from topic where id = $1', [topic.dbId]);
    expect(row.sla_due_at.getTime() - row.created_at.getTime()).toBe(30 * 60_000);
    const before = await t.sql('select (select json_agg(p order by plan) from sla_policy p) as policies, (select row_to_json(h) from support_hours h) as hours');
    for (const [query, input] of [
      [POLICY, { plan: 'PREMIUM', firstResponseMinutes: 0, businessTime: false }],
      [POLICY, { plan: 'PREMIUM', businessTime: false }],
      [POLICY, { plan: 'PREMIUM', firstResponseMinutes: 60, businessDays: 1, businessTime: true }],
      [POLICY, { plan: 'PREMIUM', businessDays: 1, businessTime: false }],
      [POLICY, { plan: 'FREE', businessDays: 0, businessTime: true }],
      [POLICY, { plan: 'FREE', businessDays: 366, businessTime: true }],
      [HOURS, { timeZone: 'Mars/Olympus', opensAt: 540, closesAt: 1020, workDays: [1] }],
      [HOURS, { timeZone: 'UTC', opensAt: 600, closesAt: 540, workDays: [1] }],
      [HOURS, { timeZone: 'UTC', opensAt: 540, closesAt: 1020, workDays: [] }],
      [HOURS, { timeZone: 'UTC', opensAt: 540, closesAt: 1020, workDays: [0, 8] }],
    ] as const) {
      expect(code(await admin.client.execute(query, { input }))).toBe('BAD_USER_INPUT');
    }
    expect(await t.sql('select (select json_agg(p order by plan) from sla_policy p) as policies, (select row_to_json(h) from support_hours h) as hours')).toEqual(before);
    await admin.client.ok(POLICY, { input: { plan: 'PREMIUM', firstResponseMinutes: 60, businessTime: false } });
  });

  it.each(roles)('changing a customer’s plan: admins only (%s)', async (role) => {
    const customer = await t.user();
    const result = await run(await actor(role), PLAN, { input: { userId: customer.id, plan: 'PREMIUM' } });
    expect(code(result)).toBe(role === 'visitor' ? 'UNAUTHENTICATED' : role === 'admin' ? 'OK' : 'FORBIDDEN');
    const [row] = await t.sql('select plan from app_user where id = $1', [customer.dbId]);
    expect(row.plan).toBe(role === 'admin' ? 'premium' : 'free');
  });

  it('a customer moved to another plan takes their waiting questions along; answered ones keep theirs; bad input changes nothing', async () => {
    const admin = await t.user('admin');
    const customer = await customerOn('free');
    const waiting = await ask(t, customer.client);
    const answered = await ask(t, customer.client);
    await answer((await t.user('staff')).client, answered.id, 'Staff here: update the agent.');
    const before = await t.sql('select id, sla_plan, sla_due_at from topic where id = $1', [answered.dbId]);

    const result = await admin.client.ok(PLAN, { input: { userId: customer.id, plan: 'CRITICAL' } });
    expect(result.changeUserPlan.user.plan).toBe('CRITICAL');
    const [row] = await t.sql('select sla_plan, created_at, sla_due_at from topic where id = $1', [waiting.dbId]);
    expect(row.sla_plan).toBe('critical');
    expect(row.sla_due_at.getTime() - row.created_at.getTime()).toBe(15 * 60_000);
    expect(await t.sql('select id, sla_plan, sla_due_at from topic where id = $1', [answered.dbId])).toEqual(before);
    const item = (await admin.client.ok(QUEUE)).slaQueue.items.find((i: any) => i.topic.id === waiting.id);
    expect([item.plan, item.targetMinutes]).toEqual(['CRITICAL', 15]);
    // The customer sees their own plan; another customer does not.
    expect((await customer.client.ok('{ viewer { plan } }')).viewer.plan).toBe('CRITICAL');

    const snapshot = () => t.sql("select (select json_agg(u.plan order by u.id) from app_user u) as plans, (select json_agg(t.sla_due_at order by t.id) from topic t) as deadlines");
    const unchanged = await snapshot();
    expect(code(await admin.client.execute(PLAN, { input: { userId: 'VXNlcjo5OTk5OTk', plan: 'FREE' } }))).toBe('NOT_FOUND');
    expect(code(await admin.client.execute(PLAN, { input: { userId: 'not-an-id', plan: 'FREE' } }))).toBe('BAD_USER_INPUT');
    expect(code(await admin.client.execute(PLAN, { input: { userId: customer.id, plan: 'GOLD' } }))).toBe('BAD_USER_INPUT');
    expect(await snapshot()).toEqual(unchanged);
  });

  it('a target in working days stays that many days when the support hours change', async () => {
    const admin = await t.user('admin');
    const HOURS_OF = { timeZone: 'UTC', opensAt: 540, workDays: [1, 2, 3, 4, 5] };
    const free = async () => (await admin.client.ok('{ slaPolicies { plan firstResponseMinutes businessTime businessDays } }')).slaPolicies.find((p: any) => p.plan === 'FREE');
    expect(await free()).toEqual({ plan: 'FREE', firstResponseMinutes: 960, businessTime: true, businessDays: 2 });
    const topic = await ask(t, (await customerOn('free')).client);
    const [{ created_at: askedAt }] = await t.sql('select created_at from topic where id = $1', [topic.dbId]);

    // Nine-hour days: two working days are now 18 hours of support time, and the waiting question follows.
    await admin.client.ok(HOURS, { input: { ...HOURS_OF, closesAt: 18 * 60 } });
    expect(await free()).toMatchObject({ firstResponseMinutes: 1080, businessDays: 2 });
    const [row] = await t.sql('select sla_due_at from topic where id = $1', [topic.dbId]);
    const hours = { ...HOURS_OF, closesAt: 18 * 60 };
    expect(row.sla_due_at.toISOString()).toBe(addBusinessMinutes(askedAt, 1080, hours).toISOString());

    // Three working days, set as days.
    const { updateSlaPolicy } = await admin.client.ok(POLICY, { input: { plan: 'FREE', businessDays: 3, businessTime: true } });
    expect(updateSlaPolicy.policy).toEqual({ plan: 'FREE', firstResponseMinutes: 1620, businessTime: true, businessDays: 3 });
    // A target in minutes clears the days, and then stays put when the hours change.
    await admin.client.ok(POLICY, { input: { plan: 'FREE', firstResponseMinutes: 600, businessTime: true } });
    await admin.client.ok(HOURS, { input: { ...HOURS_OF, closesAt: 17 * 60 } });
    expect(await free()).toEqual({ plan: 'FREE', firstResponseMinutes: 600, businessTime: true, businessDays: null });
    await admin.client.ok(POLICY, { input: { plan: 'FREE', businessDays: 2, businessTime: true } });
    expect(await free()).toEqual({ plan: 'FREE', firstResponseMinutes: 960, businessTime: true, businessDays: 2 });
  });

  it('counts met and breached first responses per plan, and the breaches waiting now', async () => {
    const staff = await t.user('staff');
    const before = (await staff.client.ok(FIGURES)).slaFigures.find((f: any) => f.plan === 'CRITICAL');
    // The last three UTC days, today included.
    const today = new Date(new Date().toISOString().slice(0, 10)).getTime();
    const threeDays = { from: new Date(today - 2 * 86_400_000).toISOString(), to: new Date(today + 86_400_000).toISOString() };
    const BY_DAY = 'query($from: DateTime, $to: DateTime) { slaByDay(from: $from, to: $to) { day met breached } }';
    const breachedByDay = async () => (await staff.client.ok(BY_DAY, threeDays)).slaByDay.reduce((n: number, d: any) => n + d.breached, 0);
    const breachedBefore = await breachedByDay();
    const asker = await customerOn('critical');
    const late = await ask(t, asker.client);
    const onTime = await ask(t, asker.client);
    const waiting = await ask(t, asker.client);
    // Asked 40 minutes ago against a 15-minute target: late when answered now, and breached while waiting.
    await t.sql("update topic set created_at = now() - interval '40 minutes', sla_due_at = now() - interval '25 minutes' where id = any($1)", [[late.dbId, waiting.dbId]]);
    await answer(staff.client, late.id, 'Sorry for the wait: reinstall the agent.');
    await answer(staff.client, onTime.id, 'Reinstall the agent.');
    const after = (await staff.client.ok(FIGURES)).slaFigures.find((f: any) => f.plan === 'CRITICAL');
    expect(after.questions - before.questions).toBe(3);
    expect(after.met - before.met).toBe(1);
    expect(after.breached - before.breached).toBe(2);
    expect(after.breachedNow - before.breachedNow).toBe(1);
    expect(after.metShare).toBeGreaterThan(0);
    expect(after.medianFirstResponseSeconds).toBeGreaterThanOrEqual(0);
    expect(await breachedByDay()).toBe(breachedBefore + 2);
    expect((await staff.client.ok(BY_DAY, threeDays)).slaByDay.map((d: any) => d.day)).toEqual(
      [2, 1, 0].map((back) => new Date(today - back * 86_400_000).toISOString().slice(0, 10)),
    );
    // A period that ended before these questions were asked does not count them.
    const PERIOD = 'query($from: DateTime, $to: DateTime) { slaFigures(from: $from, to: $to) { plan questions } }';
    const lastMonth = { from: new Date(Date.now() - 60 * 86_400_000).toISOString(), to: new Date(Date.now() - 30 * 86_400_000).toISOString() };
    const critical = async (period: Record<string, string>) => (await staff.client.ok(PERIOD, period)).slaFigures.find((f: any) => f.plan === 'CRITICAL').questions;
    expect(await critical(lastMonth)).toBe(0);
    expect(code(await staff.client.execute(PERIOD, { from: lastMonth.to, to: lastMonth.from }))).toBe('BAD_USER_INPUT');
    expect(code(await staff.client.execute(PERIOD, { from: new Date(Date.now() - 400 * 86_400_000).toISOString(), to: new Date().toISOString() }))).toBe('BAD_USER_INPUT');
  });
});
