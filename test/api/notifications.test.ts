import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT, answer, ask, EDIT_ANSWER, EDIT_TOPIC, OFFICIAL } from '../support/forum.js';
import { collect } from '../support/live.js';
import { startTestApp, unique, type TestApp, type TestUser } from '../support/test-app.js';
import { code } from '../support/roles.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

const LIST = '{ notifications(first: 50) { id kind read topic { id } answer { id } actor { id } } }';
const kindsOf = async (user: TestUser) => (await user.client.ok(LIST)).notifications.map((n: any) => n.kind).sort();
const FOLLOW = 'mutation($input: FollowTopicInput!) { followTopic(input: $input) { topic { id viewerFollows } } }';
const READ = 'mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { unreadCount } }';
const PREFERENCE = 'mutation($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { preferences { kind enabled } } }';

describe('notifications', () => {
  it('askers, followers, answerers, mentioned members and category followers each hear what concerns them', async () => {
    const [asker, follower, helper, staff] = [await t.user(), await t.user(), await t.user(), await t.user('staff')];
    const named = await t.user('customer', { displayName: `Nora ${unique('').slice(-6)}` });
    const handle = named.dbId && (await t.sql('select replace(display_name, \' \', \'\') as h from app_user where id = $1', [named.dbId]))[0].h;
    const topic = await ask(t, asker.client);
    expect((await follower.client.ok(FOLLOW, { input: { topicId: topic.id, follow: true } })).followTopic.topic.viewerFollows).toBe(true);

    const first = await answer(helper.client, topic.id, `Clear the cache, as @${handle} suggested last week.`);
    expect(await kindsOf(asker)).toEqual(['ANSWER_TO_MY_QUESTION']);
    expect(await kindsOf(follower)).toEqual(['NEW_ANSWER']);
    expect(await kindsOf(named)).toEqual(['MENTION']);
    expect(await kindsOf(helper)).toEqual([]); // never told of one's own answer

    // The helper now follows the topic: a second answer reaches them too.
    await answer((await t.user()).client, topic.id, 'Or reinstall the agent.');
    expect(await kindsOf(helper)).toEqual(['NEW_ANSWER']);
    await asker.client.ok(ACCEPT, { input: { answerId: first } });
    await staff.client.ok(OFFICIAL, { input: { answerId: first } });
    expect(await kindsOf(helper)).toEqual(['ANSWER_ACCEPTED', 'NEW_ANSWER', 'OFFICIAL_ANSWER']);
    const [latest] = (await helper.client.ok(LIST)).notifications;
    expect(latest).toMatchObject({ kind: 'OFFICIAL_ANSWER', read: false, topic: { id: topic.id }, answer: { id: first }, actor: { id: staff.id } });

    // Category followers hear of new questions there.
    const watcher = await t.user();
    const { categories } = await watcher.client.ok('{ categories { id } }');
    await watcher.client.ok('mutation($input: FollowCategoryInput!) { followCategory(input: $input) { category { viewerFollows } } }', { input: { categoryId: categories[0].id, follow: true } });
    await ask(t, (await t.user()).client, { categoryId: categories[0].id });
    expect(await kindsOf(watcher)).toEqual(['NEW_TOPIC']);
  });

  it('an edit that names someone new tells them once; names already there are not told again', async () => {
    const handleOf = async (user: TestUser) => (await t.sql("select replace(display_name, ' ', '') as h from app_user where id = $1", [user.dbId]))[0].h;
    const [asker, helper] = [await t.user(), await t.user()];
    const [early, late, topicLate] = [
      await t.user('customer', { displayName: `Early ${unique('').slice(-6)}` }),
      await t.user('customer', { displayName: `Late ${unique('').slice(-6)}` }),
      await t.user('customer', { displayName: `Quinn ${unique('').slice(-6)}` }),
    ];
    const topic = await ask(t, asker.client);
    const answerId = await answer(helper.client, topic.id, `As @${await handleOf(early)} said: clear the cache.`);
    expect(await kindsOf(early)).toEqual(['MENTION']);

    await helper.client.ok(EDIT_ANSWER, { input: { answerId, body: `As @${await handleOf(early)} said: clear the cache. @${await handleOf(late)} saw it too.` } });
    expect(await kindsOf(early)).toEqual(['MENTION']); // not told twice
    const [told] = (await late.client.ok(LIST)).notifications;
    expect(told).toMatchObject({ kind: 'MENTION', topic: { id: topic.id }, answer: { id: answerId }, actor: { id: helper.id } });

    // Editing the question works the same way; an edit of the title alone tells nobody.
    await asker.client.ok(EDIT_TOPIC, { input: { topicId: topic.id, title: 'Sync stops after the update, still' } });
    await asker.client.ok(EDIT_TOPIC, { input: { topicId: topic.id, body: `Sync stops after the update. @${await handleOf(topicLate)} has the same.` } });
    expect(await kindsOf(topicLate)).toEqual(['MENTION']);
    expect((await topicLate.client.ok(LIST)).notifications[0]).toMatchObject({ topic: { id: topic.id }, answer: null, actor: { id: asker.id } });

    // The bell of someone named by an edit lights up live; a bystander's stays as it was.
    const [named, bystander] = [await t.user('customer', { displayName: `Rae ${unique('').slice(-6)}` }), await t.user()];
    const bell = collect(named.client, 'subscription { unreadNotificationCount }', {}, 'unreadNotificationCount');
    const otherBell = collect(bystander.client, 'subscription { unreadNotificationCount }', {}, 'unreadNotificationCount');
    expect([await bell.waitFor(1), await otherBell.waitFor(1)]).toEqual([[0], [0]]);
    await helper.client.ok(EDIT_ANSWER, { input: { answerId, body: `Clear the cache. @${await handleOf(named)} knows the details.` } });
    await expect.poll(() => bell.items.at(-1), { timeout: 5_000 }).toBe(1);
    expect(otherBell.items).toEqual([0]);
    await Promise.all([bell.close(), otherBell.close()]);
  });

  it('the bell counts live, and reading in one tab clears the other', async () => {
    const asker = await t.user();
    const topic = await ask(t, asker.client);
    const bell = collect(asker.client, 'subscription { unreadNotificationCount }', {}, 'unreadNotificationCount');
    const otherTab = collect(asker.client, 'subscription { unreadNotificationCount }', {}, 'unreadNotificationCount');
    expect(await bell.waitFor(1)).toEqual([0]);
    await answer((await t.user()).client, topic.id);
    await answer((await t.user()).client, topic.id, 'A second idea.');
    await expect.poll(() => bell.items.at(-1), { timeout: 5_000 }).toBe(2);
    const [newest] = (await asker.client.ok(LIST)).notifications;
    expect((await asker.client.ok(READ, { input: { ids: [newest.id] } })).markNotificationsRead.unreadCount).toBe(1);
    await expect.poll(() => otherTab.items.at(-1), { timeout: 5_000 }).toBe(1);
    expect((await asker.client.ok(READ, { input: {} })).markNotificationsRead.unreadCount).toBe(0);
    await expect.poll(() => bell.items.at(-1), { timeout: 5_000 }).toBe(0);
    await Promise.all([bell.close(), otherTab.close()]);
  });

  it('a muted kind is not sent; others still are', async () => {
    const asker = await t.user();
    const topic = await ask(t, asker.client);
    const { setNotificationPreference } = await asker.client.ok(PREFERENCE, { input: { kind: 'ANSWER_TO_MY_QUESTION', enabled: false } });
    expect(setNotificationPreference.preferences.find((p: any) => p.kind === 'ANSWER_TO_MY_QUESTION').enabled).toBe(false);
    const answerId = await answer((await t.user()).client, topic.id);
    expect(await kindsOf(asker)).toEqual([]);
    await asker.client.ok(ACCEPT, { input: { answerId } });
    await asker.client.ok(PREFERENCE, { input: { kind: 'ANSWER_TO_MY_QUESTION', enabled: true } });
    await answer((await t.user()).client, topic.id, 'Another one.');
    expect(await kindsOf(asker)).toEqual(['ANSWER_TO_MY_QUESTION']);
  });

  it('each person sees and clears only their own; visitors are asked to sign in; bad input changes nothing', async () => {
    const [ann, bob] = [await t.user(), await t.user()];
    const topic = await ask(t, ann.client);
    await answer((await t.user()).client, topic.id);
    const [annsOnly] = (await ann.client.ok(LIST)).notifications;
    expect((await bob.client.ok(LIST)).notifications).toEqual([]);
    await bob.client.ok(READ, { input: { ids: [annsOnly.id] } });
    expect((await ann.client.ok('{ unreadNotificationCount }')).unreadNotificationCount).toBe(1);
    for (const query of [LIST, '{ unreadNotificationCount }', '{ notificationPreferences { kind } }']) expect(code(await t.visitor().execute(query))).toBe('UNAUTHENTICATED');
    expect(code(await t.visitor().execute(FOLLOW, { input: { topicId: topic.id, follow: true } }))).toBe('UNAUTHENTICATED');
    expect(code(await ann.client.execute(READ, { input: { ids: ['not-a-number'] } }))).toBe('BAD_USER_INPUT');
    expect(code(await ann.client.execute(FOLLOW, { input: { topicId: Buffer.from('Topic:99999999').toString('base64url'), follow: true } }))).toBe('NOT_FOUND');
    expect((await ann.client.ok('{ unreadNotificationCount }')).unreadNotificationCount).toBe(1);
  });
});

describe('permissions, per role', () => {
  const roles = ['customer', 'expert', 'staff', 'admin', 'visitor'] as const;
  it.each(roles)('following, reading and settings: anyone signed in, for themselves only (%s)', async (role) => {
    const who = role === 'visitor' ? null : await t.user(role);
    const client = who?.client ?? t.visitor();
    const topic = await ask(t, (await t.user()).client);
    const { categories } = await client.ok('{ categories { id } }');
    const expected = role === 'visitor' ? 'UNAUTHENTICATED' : 'OK';
    expect(code(await client.execute(FOLLOW, { input: { topicId: topic.id, follow: true } }))).toBe(expected);
    expect(code(await client.execute('mutation($input: FollowCategoryInput!) { followCategory(input: $input) { category { id } } }', { input: { categoryId: categories[0].id, follow: true } }))).toBe(expected);
    expect(code(await client.execute(READ, { input: {} }))).toBe(expected);
    expect(code(await client.execute(PREFERENCE, { input: { kind: 'MENTION', enabled: false } }))).toBe(expected);
    const [row] = await t.sql('select (select count(*) from topic_follow where topic_id = $1)::int as follows', [topic.dbId]);
    expect(row.follows).toBe(role === 'visitor' ? 1 : 2); // the asker, and this person
  });
});
