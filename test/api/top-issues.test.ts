import { afterAll, beforeAll, expect, it } from 'vitest';
import { ask, ME_TOO } from '../support/forum.js';
import { startTestApp, unique, type TestApp } from '../support/test-app.js';
import { callers, code, isStaffCaller, runAs, userFor } from '../support/roles.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

const FIELDS = '{ kind name customersAffected newTopics previousTopics meToo topTopics { id } }';
const REPORT = '{ topIssues(first: 50) { kind name customersAffected newTopics previousTopics meToo topTopics { id } } }';

it('ranks tags and categories by customers hit in the period, with new topics against the period before', async () => {
  const [sync, billing] = [unique('sync-'), unique('billing-')];
  const askers = [await t.user(), await t.user(), await t.user()];
  const syncTopics = [];
  for (const asker of askers.slice(0, 2)) syncTopics.push(await ask(t, asker.client, { tags: [sync] }));
  const billingTopic = await ask(t, askers[2]!.client, { tags: [billing] });
  // Three more customers hit the first sync problem; one billing question is from last month.
  for (let i = 0; i < 3; i++) await (await t.user()).client.ok(ME_TOO, { input: { topicId: syncTopics[0]!.id, meToo: true } });
  const old = await ask(t, askers[2]!.client, { tags: [billing] });
  await t.sql("update topic set created_at = now() - interval '40 days' where id = $1", [old.dbId]);
  // Staff questions and hidden topics do not count.
  await ask(t, (await t.user('staff')).client, { tags: [billing] });

  const staff = await t.user('staff');
  const groups = (await staff.client.ok(REPORT)).topIssues;
  const syncGroup = groups.find((g: any) => g.name === sync);
  const billingGroup = groups.find((g: any) => g.name === billing);
  expect(syncGroup).toEqual({ kind: 'tag', name: sync, customersAffected: 5, newTopics: 2, previousTopics: 0, meToo: 3, topTopics: [{ id: syncTopics[0]!.id }, { id: syncTopics[1]!.id }] });
  expect(billingGroup).toMatchObject({ customersAffected: 1, newTopics: 1, previousTopics: 1, meToo: 0, topTopics: [{ id: billingTopic.id }] });
  expect(groups.indexOf(syncGroup)).toBeLessThan(groups.indexOf(billingGroup));

  // A chosen period: the 30 days ending 35 days ago hold only the old billing question.
  const day = 86_400_000;
  const past = { from: new Date(Date.now() - 65 * day).toISOString(), to: new Date(Date.now() - 35 * day).toISOString() };
  const pastGroups = (await staff.client.ok(`query($from: DateTime, $to: DateTime) { topIssues(from: $from, to: $to, first: 50) ${FIELDS} }`, past)).topIssues;
  expect(pastGroups.find((g: any) => g.name === sync)).toBeUndefined();
  expect(pastGroups.find((g: any) => g.name === billing)).toMatchObject({ customersAffected: 1, newTopics: 1, previousTopics: 0, topTopics: [{ id: old.id }] });

  const period = 'query($from: DateTime, $to: DateTime) { topIssues(from: $from, to: $to) { name } }';
  expect(code(await staff.client.execute(period, { from: new Date(Date.now() - 400 * day).toISOString(), to: new Date().toISOString() }))).toBe('BAD_USER_INPUT');
  expect(code(await staff.client.execute(period, { from: new Date().toISOString(), to: new Date(Date.now() - day).toISOString() }))).toBe('BAD_USER_INPUT');
});

it('ranks by customers hit, me too, new topics or growth, as staff choose', async () => {
  const [steady, surge] = [unique('steady-'), unique('surge-')];
  // steady: 2 customers asked last month and 2 this month, 4 more said "me too" now.
  // surge: nothing before, 3 customers asked this month.
  const steadyNow = [await ask(t, (await t.user()).client, { tags: [steady] }), await ask(t, (await t.user()).client, { tags: [steady] })];
  for (let i = 0; i < 2; i++) {
    const old = await ask(t, (await t.user()).client, { tags: [steady] });
    await t.sql("update topic set created_at = now() - interval '40 days' where id = $1", [old.dbId]);
  }
  for (let i = 0; i < 4; i++) await (await t.user()).client.ok(ME_TOO, { input: { topicId: steadyNow[0]!.id, meToo: true } });
  for (let i = 0; i < 3; i++) await ask(t, (await t.user()).client, { tags: [surge] });

  const staff = await t.user('staff');
  const order = async (orderBy: string) =>
    (await staff.client.ok(`{ topIssues(orderBy: ${orderBy}, first: 100) { name } }`)).topIssues.map((g: any) => g.name).filter((n: string) => n === steady || n === surge);
  expect(await order('CUSTOMERS_AFFECTED')).toEqual([steady, surge]); // 6 customers against 3
  expect(await order('ME_TOO')).toEqual([steady, surge]);
  expect(await order('NEW_TOPICS')).toEqual([surge, steady]); // 3 new against 2
  expect(await order('GROWTH')).toEqual([surge, steady]); // +3 against 0
  expect(code(await staff.client.execute('{ topIssues(orderBy: LOUDEST) { name } }'))).toBe('GRAPHQL_VALIDATION_FAILED');
});

it.each(callers)('the report: staff only (%s)', async (caller) => {
  const result = await runAs(t, await userFor(t, caller), REPORT);
  expect(code(result)).toBe(caller === 'visitor' ? 'UNAUTHENTICATED' : isStaffCaller(caller) ? 'OK' : 'FORBIDDEN');
});
