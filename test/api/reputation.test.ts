import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT, answer, ask, ME_TOO, OFFICIAL, VOTE } from '../support/forum.js';
import { startTestApp, type TestApp, type TestUser } from '../support/test-app.js';
import { type Caller, callers as roles, code, runAs, userFor } from '../support/roles.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

const actor = (role: Caller) => userFor(t, role);
const run = (who: TestUser | null, query: string, variables: Record<string, unknown> = {}) => runAs(t, who, query, variables);


const SET_EXPERT = 'mutation($input: SetExpertInput!) { setExpert(input: $input) { user { id role } } }';
const SETTINGS = 'mutation($input: UpdateReputationSettingsInput!) { updateReputationSettings(input: $input) { settings { expertThreshold } } }';
const defaults = { answerUpvoted: 10, answerDownvoted: -2, answerAccepted: 15, answerOfficial: 20, questionMeToo: 2, expertThreshold: 200 };
const reputationOf = async (user: TestUser) => (await t.sql('select reputation, role from app_user where id = $1', [user.dbId]))[0] as { reputation: number; role: string };
const UNACCEPT = 'mutation($input: TopicIdInput!) { unacceptAnswer(input: $input) { topic { id } } }';

describe('reputation', () => {
  it('answers earn from votes, acceptance and official marks, and give them back when the mark moves', async () => {
    const asker = await t.user();
    const helper = await t.user();
    const topic = await ask(t, asker.client);
    const answerId = await answer(helper.client, topic.id);
    await (await t.user()).client.ok(VOTE, { input: { answerId, value: 1 } });
    expect((await reputationOf(helper)).reputation).toBe(10);
    await asker.client.ok(ACCEPT, { input: { answerId } });
    expect((await reputationOf(helper)).reputation).toBe(25);
    const staff = await t.user('staff');
    await staff.client.ok(OFFICIAL, { input: { answerId } });
    expect((await reputationOf(helper)).reputation).toBe(45);
    await staff.client.ok(UNACCEPT, { input: { topicId: topic.id } });
    expect((await reputationOf(helper)).reputation).toBe(30);
    // The accepted mark moves to another answer: the new author earns, nobody earns twice.
    const other = await t.user();
    const second = await answer(other.client, topic.id, 'Or update the agent to 4.2.1.');
    await asker.client.ok(ACCEPT, { input: { answerId } });
    await asker.client.ok(ACCEPT, { input: { answerId: second } });
    expect([(await reputationOf(helper)).reputation, (await reputationOf(other)).reputation]).toEqual([30, 15]);

    // "Me too" on a question earns its asker a little; taking it back takes it back.
    const fan = await t.user();
    await fan.client.ok(ME_TOO, { input: { topicId: topic.id, meToo: true } });
    expect((await reputationOf(asker)).reputation).toBe(2);
    await fan.client.ok(ME_TOO, { input: { topicId: topic.id, meToo: false } });
    expect((await reputationOf(asker)).reputation).toBe(0);
  });

  it('never drops below zero, and nobody earns by accepting their own answer', async () => {
    const asker = await t.user();
    const topic = await ask(t, asker.client);
    const own = await answer(asker.client, topic.id, 'Found it myself: reinstall.');
    await asker.client.ok(ACCEPT, { input: { answerId: own } });
    expect((await reputationOf(asker)).reputation).toBe(0);
    const newcomer = await t.user();
    const weak = await answer(newcomer.client, topic.id, 'Try turning it off and on.');
    await (await t.user()).client.ok(VOTE, { input: { answerId: weak, value: -1 } });
    expect((await reputationOf(newcomer)).reputation).toBe(0);
  });

  it('a customer becomes an expert at the threshold; staff revoke it, and reputation alone does not bring it back', async () => {
    const admin = await t.user('admin');
    await admin.client.ok(SETTINGS, { input: { ...defaults, expertThreshold: 20 } });
    try {
      const helper = await t.user();
      const topic = await ask(t, (await t.user()).client);
      const answerId = await answer(helper.client, topic.id);
      await (await t.user()).client.ok(VOTE, { input: { answerId, value: 1 } });
      expect(await reputationOf(helper)).toEqual({ reputation: 10, role: 'customer' });
      await (await t.user()).client.ok(VOTE, { input: { answerId, value: 1 } });
      expect(await reputationOf(helper)).toEqual({ reputation: 20, role: 'expert' });
      const staff = await t.user('staff');
      expect((await staff.client.ok(SET_EXPERT, { input: { userId: helper.id, expert: false } })).setExpert.user.role).toBe('CUSTOMER');
      await (await t.user()).client.ok(VOTE, { input: { answerId, value: 1 } });
      expect(await reputationOf(helper)).toEqual({ reputation: 30, role: 'customer' });
      await staff.client.ok(SET_EXPERT, { input: { userId: helper.id, expert: true } });
      expect((await reputationOf(helper)).role).toBe('expert');
      const { userProfile } = await t.visitor().ok('query($id: ID!) { userProfile(id: $id) { user { role reputation } answerCount acceptedCount reputationHistory { points reason topic { id } } } }', { id: helper.id });
      expect(userProfile.user).toEqual({ role: 'EXPERT', reputation: 30 });
      expect(userProfile.reputationHistory.map((c: any) => [c.reason, c.points])).toEqual([
        ['EXPERT_GRANTED', 0],
        ['ANSWER_VOTED', 10],
        ['EXPERT_REVOKED', 0],
        ['ANSWER_VOTED', 10],
        ['ANSWER_VOTED', 10],
      ]);
      expect(userProfile.answerCount).toBe(1);
    } finally {
      await admin.client.ok(SETTINGS, { input: defaults });
    }
  });

  it.each(roles)('granting and revoking expert status: staff only (%s)', async (role) => {
    const member = await t.user();
    const result = await run(await actor(role), SET_EXPERT, { input: { userId: member.id, expert: true } });
    expect(code(result)).toBe(role === 'visitor' ? 'UNAUTHENTICATED' : role === 'staff' || role === 'admin' ? 'OK' : 'FORBIDDEN');
    expect((await reputationOf(member)).role).toBe(role === 'staff' || role === 'admin' ? 'expert' : 'customer');
  });

  it.each(roles)('changing the points: admins only (%s)', async (role) => {
    const result = await run(await actor(role), SETTINGS, { input: defaults });
    expect(code(result)).toBe(role === 'visitor' ? 'UNAUTHENTICATED' : role === 'admin' ? 'OK' : 'FORBIDDEN');
  });

  it('bad input changes nothing', async () => {
    const [admin, staff] = [await t.user('admin'), await t.user('staff')];
    const before = await t.sql('select row_to_json(s) as s from reputation_settings s');
    for (const input of [{ ...defaults, answerUpvoted: -1 }, { ...defaults, answerDownvoted: 5 }, { ...defaults, expertThreshold: 0 }]) {
      expect(code(await admin.client.execute(SETTINGS, { input }))).toBe('BAD_USER_INPUT');
    }
    expect(await t.sql('select row_to_json(s) as s from reputation_settings s')).toEqual(before);
    const other = await t.user('staff');
    expect(code(await staff.client.execute(SET_EXPERT, { input: { userId: other.id, expert: true } }))).toBe('BAD_USER_INPUT');
    expect((await reputationOf(other)).role).toBe('staff');
    expect(code(await staff.client.execute(SET_EXPERT, { input: { userId: 'bad', expert: true } }))).toBe('BAD_USER_INPUT');
  });
});

describe('leaderboard', () => {
  it('ranks community members by points in the period; staff never appear', async () => {
    const [top, second, staff] = [await t.user(), await t.user(), await t.user('staff')];
    const topic = await ask(t, (await t.user()).client);
    const a1 = await answer(top.client, topic.id, 'Answer one.');
    const a2 = await answer(second.client, topic.id, 'Answer two.');
    const a3 = await answer(staff.client, topic.id, 'Staff answer.');
    for (const voter of [await t.user(), await t.user()]) for (const answerId of [a1, a3]) await voter.client.ok(VOTE, { input: { answerId, value: 1 } });
    await (await t.user()).client.ok(VOTE, { input: { answerId: a2, value: 1 } });
    // An old award counts for "all" but not for the week.
    await t.sql("insert into reputation_event (user_id, points, reason, created_at) values ($1, 500, 'answer_voted', now() - interval '60 days')", [second.dbId]);
    const board = async (period: string) =>
      (await t.visitor().ok('query($p: LeaderboardPeriod) { leaderboard(period: $p, first: 100) { user { id } points } }', { p: period })).leaderboard.map((e: any) => e.user.id);
    const week = await board('WEEK');
    expect(week.indexOf(top.id)).toBeLessThan(week.indexOf(second.id));
    expect(week).not.toContain(staff.id);
    const all = await board('ALL');
    expect(all.indexOf(second.id)).toBeLessThan(all.indexOf(top.id));
  });
});
