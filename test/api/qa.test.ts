import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../api/src/accounts/user.entity.js';
import { ACCEPT, answer, ask, EDIT_ANSWER, EDIT_TOPIC, firstCategoryId, LOCK, ME_TOO, OFFICIAL, POST_ANSWER, UNLOCK, VOTE } from '../support/forum.js';
import { collect, TOPIC_ACTIVITY } from '../support/live.js';
import { startTestApp, unique, type TestApp, type TestUser } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

const roles: Role[] = ['customer', 'expert', 'staff', 'admin'];
const isStaffRole = (role: Role) => role === 'staff' || role === 'admin';
const dbId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
const counts = async () =>
  (await t.sql(`select (select count(*) from topic)::int as topics, (select count(*) from answer)::int as answers,
    (select count(*) from answer_vote)::int as votes, (select count(*) from event)::int as events`))[0];

/** A fresh thread: Ann asks, Ed (an expert) answers. */
async function thread() {
  const asker = await t.user();
  const expert = await t.user('expert');
  const topic = await ask(t, asker.client);
  const answerId = await answer(expert.client, topic.id);
  return { asker, expert, topic, answerId };
}

describe('asking and answering', () => {
  it('a question starts open, becomes answered with an answer, resolved when accepted', async () => {
    const { asker, topic, answerId } = await thread();
    const { node } = await asker.client.ok('query($id: ID!) { node(id: $id) { ... on Topic { status answerCount viewerCanAccept viewerCanEdit viewerCanMeToo } } }', { id: topic.id });
    expect(node).toEqual({ status: 'ANSWERED', answerCount: 1, viewerCanAccept: true, viewerCanEdit: true, viewerCanMeToo: false });
    const { acceptAnswer } = await asker.client.ok(ACCEPT, { input: { answerId } });
    expect(acceptAnswer).toEqual({ topic: { id: topic.id, status: 'RESOLVED' }, answer: { id: answerId, isAccepted: true } });
  });

  it('orders answers official, accepted, then score, and the events carry the new state', async () => {
    const { asker, expert, topic, answerId: first } = await thread();
    const staff = await t.user('staff');
    const second = await answer(expert.client, topic.id, 'Second answer, will be accepted.');
    const third = await answer(staff.client, topic.id, 'Third answer, will be official.');
    const voters = await Promise.all([t.user(), t.user()]);
    for (const v of voters) await v.client.ok(VOTE, { input: { answerId: first, value: 1 } });
    const watch = collect(asker.client, TOPIC_ACTIVITY, { topicId: topic.id }, 'topicActivity');
    await new Promise((r) => setTimeout(r, 100));
    await asker.client.ok(ACCEPT, { input: { answerId: second } });
    await staff.client.ok(OFFICIAL, { input: { answerId: third } });
    const [accepted, official] = await watch.waitFor(2);
    await watch.close();
    expect(accepted).toMatchObject({ kind: 'ANSWER_ACCEPTED', answer: { id: second, isAccepted: true }, topic: { status: 'RESOLVED', acceptedAnswerId: second } });
    expect(official).toMatchObject({ kind: 'ANSWER_MARKED_OFFICIAL', answer: { id: third, isOfficial: true }, topic: { officialAnswerId: third } });
    const { node } = await t.visitor().ok('query($id: ID!) { node(id: $id) { ... on Topic { answers { edges { node { id } } } } } }', { id: topic.id });
    expect(node.answers.edges.map((e: any) => e.node.id)).toEqual([third, second, first]);
  });

  it('votes change, and take back, one vote per user; me-too counts and uncounts', async () => {
    const { topic, answerId } = await thread();
    const voter = await t.user();
    expect((await voter.client.ok(VOTE, { input: { answerId, value: 1 } })).voteOnAnswer.answer).toMatchObject({ score: 1, viewerVote: 1 });
    expect((await voter.client.ok(VOTE, { input: { answerId, value: -1 } })).voteOnAnswer.answer).toMatchObject({ score: -1, viewerVote: -1 });
    expect((await voter.client.ok(VOTE, { input: { answerId, value: 0 } })).voteOnAnswer.answer).toMatchObject({ score: 0, viewerVote: 0 });
    expect((await voter.client.ok(ME_TOO, { input: { topicId: topic.id, meToo: true } })).setMeToo.topic).toMatchObject({ meTooCount: 1, viewerHasMeToo: true });
    expect((await voter.client.ok(ME_TOO, { input: { topicId: topic.id, meToo: true } })).setMeToo.topic).toMatchObject({ meTooCount: 1 });
    expect((await voter.client.ok(ME_TOO, { input: { topicId: topic.id, meToo: false } })).setMeToo.topic).toMatchObject({ meTooCount: 0, viewerHasMeToo: false });
  });

  it('shows "typing" to the other readers of the topic, rate limited, never stored', async () => {
    const { asker, expert, topic } = await thread();
    const reader = collect(asker.client, 'subscription($id: ID!) { typing(topicId: $id) { topicId user { displayName } } }', { id: topic.id }, 'typing');
    const own = collect(expert.client, 'subscription($id: ID!) { typing(topicId: $id) { topicId } }', { id: topic.id }, 'typing');
    await new Promise((r) => setTimeout(r, 150));
    const eventsBefore = (await counts()).events;
    const send = () => expert.client.ok('mutation($input: TopicIdInput!) { sendTypingIndicator(input: $input) { sent } }', { input: { topicId: topic.id } });
    expect((await send()).sendTypingIndicator.sent).toBe(true);
    expect((await send()).sendTypingIndicator.sent).toBe(false);
    const [signal] = await reader.waitFor(1);
    expect(signal).toMatchObject({ topicId: topic.id, user: { displayName: expect.stringMatching(/^User /) } });
    await new Promise((r) => setTimeout(r, 200));
    expect(reader.items).toHaveLength(1);
    expect(own.items).toHaveLength(0);
    expect((await counts()).events).toBe(eventsBefore);
    const anonymous = await t.visitor().execute('mutation($input: TopicIdInput!) { sendTypingIndicator(input: $input) { sent } }', { input: { topicId: topic.id } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await reader.close();
    await own.close();
  });

  it('pushes new topics and activity to the category feed', async () => {
    const reader = await t.user();
    const categoryId = await firstCategoryId(t);
    const feed = collect(reader.client, 'subscription($c: ID) { feed(categoryId: $c) { kind topic { id title answerCount status } } }', { c: categoryId }, 'feed');
    await new Promise((r) => setTimeout(r, 100));
    const asker = await t.user();
    const topic = await ask(t, asker.client, { title: 'Feed shows this brand new question' });
    await answer((await t.user()).client, topic.id);
    const [created, answered] = await feed.waitFor(2);
    await feed.close();
    expect(created).toMatchObject({ kind: 'TOPIC_CREATED', topic: { id: topic.id, title: 'Feed shows this brand new question', answerCount: 0, status: 'OPEN' } });
    expect(answered).toMatchObject({ kind: 'ANSWER_POSTED', topic: { id: topic.id, answerCount: 1, status: 'ANSWERED' } });
  });
});

describe('lists', () => {
  it('filter unanswered and resolved, by tag, and order by votes', async () => {
    const tag = unique('tag-').toLowerCase().slice(0, 30);
    const asker = await t.user();
    const open = await ask(t, asker.client, { tags: [tag] });
    const answered = await ask(t, asker.client, { tags: [tag, 'other'] });
    const resolved = await ask(t, asker.client, { tags: [tag] });
    await answer((await t.user()).client, answered.id);
    const accepted = await answer((await t.user()).client, resolved.id);
    await asker.client.ok(ACCEPT, { input: { answerId: accepted } });
    for (const fan of await Promise.all([t.user(), t.user()])) await fan.client.ok(ME_TOO, { input: { topicId: answered.id, meToo: true } });
    await (await t.user()).client.ok(ME_TOO, { input: { topicId: resolved.id, meToo: true } });

    const list = async (args: string) =>
      (await t.visitor().ok(`{ topics(tag: "${tag}", ${args}) { edges { node { id } } } }`)).topics.edges.map((e: any) => e.node.id);
    expect(await list('filter: UNANSWERED')).toEqual([open.id]);
    expect(await list('filter: RESOLVED')).toEqual([resolved.id]);
    expect(await list('orderBy: VOTES')).toEqual([answered.id, resolved.id, open.id]);
    expect(await list('orderBy: NEWEST')).toEqual([resolved.id, answered.id, open.id]);
    expect(await list('orderBy: ACTIVITY')).toEqual([resolved.id, answered.id, open.id]);

    const page1 = await t.visitor().ok(`{ topics(tag: "${tag}", orderBy: VOTES, first: 2) { edges { node { id } } pageInfo { endCursor hasNextPage } } }`);
    expect(page1.topics.pageInfo.hasNextPage).toBe(true);
    const page2 = await t.visitor().ok(`query($after: String) { topics(tag: "${tag}", orderBy: VOTES, first: 2, after: $after) { edges { node { id } } } }`, { after: page1.topics.pageInfo.endCursor });
    expect(page2.topics.edges.map((e: any) => e.node.id)).toEqual([open.id]);
    // A cursor belongs to its ordering.
    const mixed = await t.visitor().execute(`query($after: String) { topics(orderBy: NEWEST, after: $after) { edges { node { id } } } }`, { after: page1.topics.pageInfo.endCursor });
    expect(mixed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('permissions, per role', () => {
  async function actor(role: Role | 'visitor'): Promise<TestUser | null> {
    return role === 'visitor' ? null : t.user(role);
  }
  const run = (who: TestUser | null, query: string, variables: Record<string, unknown>) => (who?.client ?? t.visitor()).execute(query, variables);
  const code = (result: { errors?: Array<{ extensions?: { code?: string } }> }) => result.errors?.[0]?.extensions?.code ?? 'OK';

  it.each([...roles, 'visitor'] as const)('accepting an answer: the asker or staff only (%s)', async (role) => {
    const { topic, answerId } = await thread();
    const result = await run(await actor(role), ACCEPT, { input: { answerId } });
    expect(code(result)).toBe(role === 'visitor' ? 'UNAUTHENTICATED' : isStaffRole(role) ? 'OK' : 'FORBIDDEN');
    const [row] = await t.sql('select accepted_answer_id from topic where id = $1', [topic.dbId]);
    expect(row.accepted_answer_id).toBe(isStaffRole(role as Role) ? dbId(answerId) : null);
  });

  it('accepting: the asker may, another customer may not', async () => {
    const { asker, answerId } = await thread();
    expect(code(await run(await t.user(), ACCEPT, { input: { answerId } }))).toBe('FORBIDDEN');
    expect(code(await run(asker, ACCEPT, { input: { answerId } }))).toBe('OK');
  });

  it.each([...roles, 'visitor'] as const)('marking the official answer and locking: staff only (%s)', async (role) => {
    const { asker, topic, answerId } = await thread();
    const who = await actor(role);
    const allowed = role !== 'visitor' && isStaffRole(role);
    const expected = role === 'visitor' ? 'UNAUTHENTICATED' : allowed ? 'OK' : 'FORBIDDEN';
    expect(code(await run(who, OFFICIAL, { input: { answerId } }))).toBe(expected);
    expect(code(await run(who, LOCK, { input: { topicId: topic.id } }))).toBe(expected);
    const [row] = await t.sql('select official_answer_id, is_locked from topic where id = $1', [topic.dbId]);
    expect(row).toEqual({ official_answer_id: allowed ? dbId(answerId) : null, is_locked: allowed });
    // Not even the asker marks their own thread official.
    if (!allowed) expect(code(await run(asker, OFFICIAL, { input: { answerId } }))).toBe('FORBIDDEN');
  });

  it.each([...roles, 'visitor'] as const)("editing someone else's question and answer: staff only (%s)", async (role) => {
    const { topic, answerId } = await thread();
    const who = await actor(role);
    const allowed = role !== 'visitor' && isStaffRole(role);
    const expected = role === 'visitor' ? 'UNAUTHENTICATED' : allowed ? 'OK' : 'FORBIDDEN';
    expect(code(await run(who, EDIT_TOPIC, { input: { topicId: topic.id, title: 'A title changed by someone else' } }))).toBe(expected);
    expect(code(await run(who, EDIT_ANSWER, { input: { answerId, body: 'Edited by someone else entirely.' } }))).toBe(expected);
    const [row] = await t.sql('select t.title, a.body from topic t join answer a on a.topic_id = t.id where t.id = $1', [topic.dbId]);
    expect(row.title === 'A title changed by someone else').toBe(allowed);
    expect(row.body === 'Edited by someone else entirely.').toBe(allowed);
  });

  it('authors edit their own posts, until staff lock the topic', async () => {
    const { asker, expert, topic, answerId } = await thread();
    expect(code(await run(asker, EDIT_TOPIC, { input: { topicId: topic.id, title: 'Backups fail with E1042 every night' } }))).toBe('OK');
    expect(code(await run(expert, EDIT_ANSWER, { input: { answerId, body: 'Turn on Wake to back up, then retry.' } }))).toBe('OK');
    await (await t.user('staff')).client.ok(LOCK, { input: { topicId: topic.id } });
    expect(code(await run(asker, EDIT_TOPIC, { input: { topicId: topic.id, title: 'Trying to edit a locked topic' } }))).toBe('FORBIDDEN');
    expect(code(await run(expert, EDIT_ANSWER, { input: { answerId, body: 'Editing in a locked topic.' } }))).toBe('FORBIDDEN');
  });

  it('a locked topic refuses answers from everyone but staff, and unlocking restores its status', async () => {
    const { topic } = await thread();
    const staff = await t.user('staff');
    expect((await staff.client.ok(LOCK, { input: { topicId: topic.id } })).lockTopic.topic).toMatchObject({ status: 'LOCKED', isLocked: true });
    const before = await counts();
    for (const role of ['customer', 'expert'] as const) {
      const result = await run(await t.user(role), POST_ANSWER, { input: { topicId: topic.id, body: 'Too late to answer this one.' } });
      expect(code(result)).toBe('FORBIDDEN');
    }
    expect((await counts()).answers).toBe(before.answers);
    expect((await staff.client.ok(UNLOCK, { input: { topicId: topic.id } })).unlockTopic.topic).toMatchObject({ status: 'ANSWERED', isLocked: false });
  });

  it('nobody votes on their own answer or me-toos their own question', async () => {
    const { asker, expert, topic, answerId } = await thread();
    expect(code(await run(expert, VOTE, { input: { answerId, value: 1 } }))).toBe('FORBIDDEN');
    expect(code(await run(asker, ME_TOO, { input: { topicId: topic.id, meToo: true } }))).toBe('FORBIDDEN');
    expect(code(await run(null, VOTE, { input: { answerId, value: 1 } }))).toBe('UNAUTHENTICATED');
  });
});

describe('bad input changes nothing', () => {
  it.each([
    ['an empty title', { title: '' }, 'title'],
    ['an oversized title', { title: 'x'.repeat(201) }, 'title'],
    ['an empty body', { body: '   ' }, 'body'],
    ['an oversized body', { body: 'y'.repeat(20_001) }, 'body'],
    ['a bad tag', { tags: ['Not A Tag!'] }, 'tags.0'],
    ['too many tags', { tags: ['a', 'b', 'c', 'd', 'e', 'f'] }, 'tags'],
    ['an unknown category', { categoryId: Buffer.from('Category:99999').toString('base64url') }, 'categoryId'],
  ])('asking with %s', async (_name, overrides, field) => {
    const asker = await t.user();
    const before = await counts();
    const input = { title: 'A perfectly fine title', body: 'A perfectly fine body of the question.', categoryId: await firstCategoryId(t), ...overrides };
    const result = await asker.client.execute('mutation($input: AskQuestionInput!) { askQuestion(input: $input) { topic { id } } }', { input });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields).toHaveProperty([field]);
    expect(await counts()).toEqual(before);
  });

  it('answering with an empty or oversized body, an unknown topic, or a malformed id', async () => {
    const { topic } = await thread();
    const user = await t.user();
    const before = await counts();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ topicId: topic.id, body: ' ' }, 'BAD_USER_INPUT'],
      [{ topicId: topic.id, body: 'z'.repeat(20_001) }, 'BAD_USER_INPUT'],
      [{ topicId: Buffer.from('Topic:99999').toString('base64url'), body: 'An answer to nothing.' }, 'NOT_FOUND'],
      [{ topicId: 'not-an-id', body: 'An answer to nothing.' }, 'BAD_USER_INPUT'],
    ];
    for (const [input, expected] of cases) {
      const result = await user.client.execute(POST_ANSWER, { input });
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(input).slice(0, 80)).toBe(expected);
    }
    expect(await counts()).toEqual(before);
  });

  it('voting 7, or on an unknown answer', async () => {
    const { answerId } = await thread();
    const voter = await t.user();
    const before = await counts();
    const seven = await voter.client.execute(VOTE, { input: { answerId, value: 7 } });
    expect(seven.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { value: expect.any(String) } });
    const missing = await voter.client.execute(VOTE, { input: { answerId: Buffer.from('Answer:99999').toString('base64url'), value: 1 } });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
  });
});
