import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT, answer, ask, LOCK, ME_TOO, POST_ANSWER } from '../support/forum.js';
import { collect } from '../support/live.js';
import { startTestApp, unique, type TestApp, type TestUser } from '../support/test-app.js';
import { type Caller, callers as roles, code, isStaffCaller as isStaffRole, runAs, userFor } from '../support/roles.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

const actor = (role: Caller) => userFor(t, role);
const run = (who: TestUser | null, query: string, variables: Record<string, unknown> = {}) => runAs(t, who, query, variables);

const dbId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

const FLAG = 'mutation($input: FlagPostInput!) { flagPost(input: $input) { flag { id reason note status } } }';
const HIDE = 'mutation($input: SetPostHiddenInput!) { setPostHidden(input: $input) { topic { id isHidden answerCount status } answer { id isHidden } } }';
const DISMISS = 'mutation($input: DismissFlagsInput!) { dismissFlags(input: $input) { dismissed } }';
const DUPLICATE = 'mutation($input: CloseAsDuplicateInput!) { closeAsDuplicate(input: $input) { topic { id duplicateOf { id } meTooCount viewerCanAnswer } original { id meTooCount } } }';
const QUEUE = '{ flagQueue { totalCount liveCursor items { topic { id } answer { id } firstFlaggedAt flags { reason note status reporter { id } } } } }';
const LOG = '{ moderationLog { action reason details actor { id } topic { id } answer { id } } }';
const TOPIC = 'query($id: ID!) { topic(id: $id) { id isHidden answerCount answers { edges { node { id isHidden } } } } }';

async function thread() {
  const asker = await t.user();
  const expert = await t.user('expert');
  const topic = await ask(t, asker.client, { title: `Sync stops at 99 percent ${unique('')}` });
  const answerId = await answer(expert.client, topic.id, 'Clear the cache folder and sync again.');
  return { asker, expert, topic, answerId };
}

const counts = async () =>
  (await t.sql(`select (select count(*) from flag)::int as flags, (select count(*) from moderation_action)::int as actions,
    (select count(*) from topic where is_hidden)::int as hidden_topics, (select count(*) from answer where is_hidden)::int as hidden_answers,
    (select count(*) from topic where duplicate_of_id is not null)::int as duplicates, (select count(*) from event)::int as events`))[0];

describe('flags', () => {
  it.each(roles)('flagging a post: anyone signed in, once per post (%s)', async (role) => {
    const { topic, answerId } = await thread();
    const who = await actor(role);
    const first = await run(who, FLAG, { input: { answerId, reason: 'SPAM' } });
    expect(code(first)).toBe(role === 'visitor' ? 'UNAUTHENTICATED' : 'OK');
    if (role === 'visitor') return;
    // Again, with another reason: still the first flag, and one row.
    const again = await run(who, FLAG, { input: { answerId, reason: 'ABUSIVE' } });
    expect(again.data?.flagPost.flag).toEqual(first.data?.flagPost.flag);
    expect(await t.sql('select reason from flag where answer_id = $1', [dbId(answerId)])).toEqual([{ reason: 'spam' }]);
    // The question is another post: it takes its own flag.
    expect(code(await run(who, FLAG, { input: { topicId: topic.id, reason: 'OFF_TOPIC' } }))).toBe('OK');
  });

  it('authors cannot flag their own posts; bad input changes nothing', async () => {
    const { asker, expert, topic, answerId } = await thread();
    const before = await counts();
    expect(code(await run(asker, FLAG, { input: { topicId: topic.id, reason: 'SPAM' } }))).toBe('FORBIDDEN');
    expect(code(await run(expert, FLAG, { input: { answerId, reason: 'SPAM' } }))).toBe('FORBIDDEN');
    const reader = await t.user();
    const other = await run(reader, FLAG, { input: { topicId: topic.id, reason: 'OTHER' } });
    expect(code(other)).toBe('BAD_USER_INPUT');
    expect(other.errors?.[0]?.extensions).toMatchObject({ fields: { note: expect.any(String) } });
    expect(code(await run(reader, FLAG, { input: { topicId: topic.id, answerId, reason: 'SPAM' } }))).toBe('BAD_USER_INPUT');
    expect(code(await run(reader, FLAG, { input: { reason: 'SPAM' } }))).toBe('BAD_USER_INPUT');
    expect(code(await run(reader, FLAG, { input: { topicId: topic.id, reason: 'SPAM', note: 'x'.repeat(501) } }))).toBe('BAD_USER_INPUT');
    expect(code(await run(reader, FLAG, { input: { topicId: Buffer.from('Topic:99999999').toString('base64url'), reason: 'SPAM' } }))).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
  });

  it.each(roles)('the flag queue and the audit log: staff only (%s)', async (role) => {
    const result = await run(await actor(role), QUEUE, {});
    expect(code(result)).toBe(role === 'visitor' ? 'UNAUTHENTICATED' : isStaffRole(role) ? 'OK' : 'FORBIDDEN');
    expect(code(await run(await actor(role), LOG, {}))).toBe(role === 'visitor' ? 'UNAUTHENTICATED' : isStaffRole(role) ? 'OK' : 'FORBIDDEN');
  });

  it('staff see flagged posts grouped, dismiss them, and the log says who did it and why', async () => {
    const { topic, answerId } = await thread();
    const [a, b] = [await t.user(), await t.user('expert')];
    await a.client.ok(FLAG, { input: { answerId, reason: 'OTHER', note: 'Links to a paid tool' } });
    await b.client.ok(FLAG, { input: { answerId, reason: 'SPAM' } });
    const staff = await t.user('staff');
    const row = (await staff.client.ok(QUEUE)).flagQueue.items.find((p: any) => p.answer?.id === answerId);
    expect(row).toMatchObject({ topic: { id: topic.id }, answer: { id: answerId } });
    expect(row.flags.map((f: any) => [f.reason, f.note, f.reporter.id])).toEqual([
      ['OTHER', 'Links to a paid tool', a.id],
      ['SPAM', null, b.id],
    ]);
    expect((await staff.client.ok(DISMISS, { input: { answerId, reason: 'The link is the vendor docs' } })).dismissFlags.dismissed).toBe(2);
    expect((await staff.client.ok(QUEUE)).flagQueue.items.find((p: any) => p.answer?.id === answerId)).toBeUndefined();
    const [entry] = (await staff.client.ok(LOG)).moderationLog;
    expect(entry).toEqual({ action: 'dismiss_flags', reason: 'The link is the vendor docs', details: '{"flags":2}', actor: { id: staff.id }, topic: { id: topic.id }, answer: { id: answerId } });
    // A customer's view of a flag never names the reporter.
    expect((await a.client.ok(FLAG, { input: { answerId, reason: 'SPAM' } })).flagPost.flag).toMatchObject({ status: 'DISMISSED' });
  });

  it('new flags and dismissals reach staff live, with the count; customers never hear of them', async () => {
    const { topic, answerId } = await thread();
    const staff = await t.user('staff');
    const { flagQueue } = await staff.client.ok(QUEUE);
    const FEED = 'subscription($after: String) { feed(after: $after) { kind topic { id } answer { id } } }';
    const staffFeed = collect(staff.client, FEED, { after: flagQueue.liveCursor }, 'feed');
    const customerFeed = collect((await t.user()).client, FEED, {}, 'feed');
    await new Promise((r) => setTimeout(r, 150));

    await (await t.user()).client.ok(FLAG, { input: { answerId, reason: 'SPAM' } });
    await (await t.user()).client.ok(FLAG, { input: { topicId: topic.id, reason: 'OFF_TOPIC' } });
    const flagged = (await staffFeed.waitFor(2)).filter((e: any) => e.kind === 'POST_FLAGGED');
    expect(flagged).toEqual([
      { kind: 'POST_FLAGGED', topic: { id: topic.id }, answer: { id: answerId } },
      { kind: 'POST_FLAGGED', topic: { id: topic.id }, answer: null },
    ]);
    expect((await staff.client.ok(QUEUE)).flagQueue.totalCount).toBe(flagQueue.totalCount + 2);
    await staff.client.ok(DISMISS, { input: { answerId } });
    await expect.poll(() => staffFeed.items.some((e: any) => e.kind === 'FLAGS_DISMISSED' && e.answer?.id === answerId)).toBe(true);
    expect((await staff.client.ok(QUEUE)).flagQueue.totalCount).toBe(flagQueue.totalCount + 1);

    // A public event after them: once the customer has it, the staff-only ones would have come first.
    await (await t.user('expert')).client.ok(POST_ANSWER, { input: { topicId: topic.id, body: 'Check the proxy settings first.' } });
    await expect.poll(() => customerFeed.items.some((e: any) => e.kind === 'ANSWER_POSTED' && e.topic.id === topic.id)).toBe(true);
    expect(customerFeed.items.filter((e: any) => e.kind === 'POST_FLAGGED' || e.kind === 'FLAGS_DISMISSED')).toEqual([]);
    await Promise.all([staffFeed.close(), customerFeed.close()]);
  });

  it.each(roles)('dismissing flags: staff only (%s)', async (role) => {
    const { answerId } = await thread();
    await (await t.user()).client.ok(FLAG, { input: { answerId, reason: 'SPAM' } });
    const result = await run(await actor(role), DISMISS, { input: { answerId } });
    expect(code(result)).toBe(role === 'visitor' ? 'UNAUTHENTICATED' : isStaffRole(role) ? 'OK' : 'FORBIDDEN');
    expect((await t.sql('select status from flag where answer_id = $1', [dbId(answerId)]))[0].status).toBe(isStaffRole(role) ? 'dismissed' : 'open');
  });
});

describe('hiding posts', () => {
  it.each(roles)('hiding a post: staff only (%s)', async (role) => {
    const { topic, answerId } = await thread();
    const result = await run(await actor(role), HIDE, { input: { answerId, hidden: true, reason: 'spam' } });
    expect(code(result)).toBe(role === 'visitor' ? 'UNAUTHENTICATED' : isStaffRole(role) ? 'OK' : 'FORBIDDEN');
    expect(code(await run(await actor(role), HIDE, { input: { topicId: topic.id, hidden: true } }))).toBe(
      role === 'visitor' ? 'UNAUTHENTICATED' : isStaffRole(role) ? 'OK' : 'FORBIDDEN',
    );
    const [row] = await t.sql('select t.is_hidden as topic, a.is_hidden as answer from topic t join answer a on a.topic_id = t.id where t.id = $1', [topic.dbId]);
    expect(row).toEqual({ topic: isStaffRole(role), answer: isStaffRole(role) });
  });

  it('a hidden answer disappears live for readers, stays marked for its author and staff, and closes its flags', async () => {
    const { asker, expert, topic, answerId } = await thread();
    const reporter = await t.user();
    await reporter.client.ok(FLAG, { input: { answerId, reason: 'SPAM' } });
    const staff = await t.user('staff');
    const watch = collect(asker.client, 'subscription($id: ID!) { topicActivity(topicId: $id) { kind answerId answer { id isHidden } topic { answerCount status } } }', { id: topic.id }, 'topicActivity');
    await new Promise((r) => setTimeout(r, 100));
    const { setPostHidden } = await staff.client.ok(HIDE, { input: { answerId, hidden: true, reason: 'Advertising' } });
    expect(setPostHidden).toEqual({ topic: { id: topic.id, isHidden: false, answerCount: 0, status: 'OPEN' }, answer: { id: answerId, isHidden: true } });
    // The hide carries the answer's id only; the topic's new count follows as its own event.
    expect(await watch.waitFor(2)).toEqual([
      { kind: 'ANSWER_HIDDEN', answerId, answer: null, topic: null },
      { kind: 'TOPIC_UPDATED', answerId: null, answer: null, topic: { answerCount: 0, status: 'OPEN' } },
    ]);
    // A staff edit of the hidden answer reaches staff only.
    await staff.client.ok('mutation($input: EditAnswerInput!) { editAnswer(input: $input) { answer { id } } }', { input: { answerId, body: 'Edited while hidden.' } });
    await new Promise((r) => setTimeout(r, 300));
    expect(watch.items).toHaveLength(2);
    await watch.close();

    const answersSeenBy = async (client: TestUser['client']) => (await client.ok(TOPIC, { id: topic.id })).topic.answers.edges.map((e: any) => e.node);
    expect(await answersSeenBy(asker.client)).toEqual([]);
    expect(await answersSeenBy(t.visitor())).toEqual([]);
    expect(await answersSeenBy(expert.client)).toEqual([{ id: answerId, isHidden: true }]);
    expect(await answersSeenBy(staff.client)).toEqual([{ id: answerId, isHidden: true }]);
    expect((await t.visitor().ok('query($id: ID!) { node(id: $id) { id } }', { id: answerId })).node).toBeNull();
    expect(await t.sql('select status from flag where answer_id = $1', [dbId(answerId)])).toEqual([{ status: 'hidden' }]);

    const { setPostHidden: shown } = await staff.client.ok(HIDE, { input: { answerId, hidden: false } });
    expect(shown).toMatchObject({ topic: { answerCount: 1, status: 'ANSWERED' }, answer: { isHidden: false } });
    expect(await answersSeenBy(asker.client)).toEqual([{ id: answerId, isHidden: false }]);
    const log = (await staff.client.ok(LOG)).moderationLog.slice(0, 2).map((e: any) => [e.action, e.reason]);
    expect(log).toEqual([['unhide', null], ['hide', 'Advertising']]);
  });

  it('a hidden question leaves lists, search and the live feed for everyone but staff and its author', async () => {
    const asker = await t.user();
    const word = `zebrafish${Date.now().toString(36)}`;
    const topic = await ask(t, asker.client, { title: `Buy cheap ${word} watches today`, body: `Visit our ${word} store for the best prices on watches.` });
    await t.app.deps.indexer.idle();
    const search = async () => (await t.visitor().ok('query($q: String!) { search(query: $q) { edges { node { topic { id } } } } }', { q: word })).search.edges.length;
    expect(await search()).toBe(1);
    const staff = await t.user('staff');
    const feed = collect(t.visitor(), 'subscription { feed { kind topicId topic { id isHidden } } }', {}, 'feed');
    await new Promise((r) => setTimeout(r, 100));
    await staff.client.ok(HIDE, { input: { topicId: topic.id, hidden: true, reason: 'spam' } });
    expect((await feed.waitFor(1))[0]).toEqual({ kind: 'TOPIC_HIDDEN', topicId: topic.id, topic: null });
    await staff.client.ok('mutation($input: EditTopicInput!) { editTopic(input: $input) { topic { id } } }', { input: { topicId: topic.id, title: `Edited hidden ${word} question` } });
    await new Promise((r) => setTimeout(r, 300));
    expect(feed.items).toHaveLength(1);
    await feed.close();
    await t.app.deps.indexer.idle();
    expect(await search()).toBe(0);
    const list = async (client: TestUser['client']) =>
      (await client.ok('{ topics(first: 100) { edges { node { id } } } }')).topics.edges.some((e: any) => e.node.id === topic.id);
    expect(await list(t.visitor())).toBe(false);
    expect(await list(staff.client)).toBe(true);
    expect((await t.visitor().ok(TOPIC, { id: topic.id })).topic).toBeNull();
    expect((await (await t.user()).client.ok(TOPIC, { id: topic.id })).topic).toBeNull();
    expect((await asker.client.ok(TOPIC, { id: topic.id })).topic).toMatchObject({ isHidden: true });
    const page = await fetch(`${t.url}/t/${topic.id}`);
    expect(page.status).toBe(404);
    await staff.client.ok(HIDE, { input: { topicId: topic.id, hidden: false } });
    await t.app.deps.indexer.idle();
    expect(await search()).toBe(1);
  });

  it('refuses to hide the accepted answer until it is unmarked', async () => {
    const { asker, answerId } = await thread();
    await asker.client.ok(ACCEPT, { input: { answerId } });
    const staff = await t.user('staff');
    expect(code(await run(staff, HIDE, { input: { answerId, hidden: true } }))).toBe('CONFLICT');
    expect((await t.sql('select is_hidden from answer where id = $1', [dbId(answerId)]))[0].is_hidden).toBe(false);
  });
});

describe('duplicates', () => {
  it.each(roles)('closing as a duplicate: staff only (%s)', async (role) => {
    const original = await thread();
    const duplicate = await thread();
    const result = await run(await actor(role), DUPLICATE, { input: { topicId: duplicate.topic.id, originalId: original.topic.id } });
    expect(code(result)).toBe(role === 'visitor' ? 'UNAUTHENTICATED' : isStaffRole(role) ? 'OK' : 'FORBIDDEN');
    const [row] = await t.sql('select duplicate_of_id from topic where id = $1', [duplicate.topic.dbId]);
    expect(row.duplicate_of_id).toBe(isStaffRole(role) ? original.topic.dbId : null);
  });

  it("sends readers to the original, merges its me-too votes and asker there, takes no answers, and leaves search to the original", async () => {
    const word = `quokka${Date.now().toString(36)}`;
    const original = await thread();
    const asker = await t.user();
    const duplicate = await ask(t, asker.client, { title: `Sync ${word} stuck near the end`, body: `My ${word} sync never finishes, it stays at 99 percent.` });
    const [fan, both] = [await t.user(), await t.user()];
    await fan.client.ok(ME_TOO, { input: { topicId: duplicate.id, meToo: true } });
    await both.client.ok(ME_TOO, { input: { topicId: duplicate.id, meToo: true } });
    await both.client.ok(ME_TOO, { input: { topicId: original.topic.id, meToo: true } });
    await t.app.deps.indexer.idle();
    const staff = await t.user('staff');
    const input = { topicId: duplicate.id, originalId: original.topic.id, reason: 'Same cache problem' };
    const { closeAsDuplicate } = await staff.client.ok(DUPLICATE, { input });
    // fan + both (once) + the duplicate's asker; the original's own asker never counts.
    expect(closeAsDuplicate).toEqual({
      topic: { id: duplicate.id, duplicateOf: { id: original.topic.id }, meTooCount: 0, viewerCanAnswer: false },
      original: { id: original.topic.id, meTooCount: 3 },
    });
    expect((await staff.client.ok(DUPLICATE, { input })).closeAsDuplicate.original.meTooCount).toBe(3); // a retry changes nothing
    expect((await asker.client.ok('query($id: ID!) { topic(id: $id) { viewerHasMeToo } }', { id: original.topic.id })).topic.viewerHasMeToo).toBe(true);
    const reader = await t.user();
    for (const who of [reader, staff]) {
      expect(code(await run(who, 'mutation($input: PostAnswerInput!) { postAnswer(input: $input) { answer { id } } }', { input: { topicId: duplicate.id, body: 'Late answer here.' } }))).toBe('FORBIDDEN');
    }
    expect((await reader.client.ok('query($id: ID!) { topic(id: $id) { duplicateOf { id title } } }', { id: duplicate.id })).topic.duplicateOf.id).toBe(original.topic.id);
    await t.app.deps.indexer.idle();
    // The duplicate is gone from search; its title now finds the original (an alternate phrasing).
    const found = await t.visitor().ok('query($q: String!) { search(query: $q) { edges { node { topic { id } } } } }', { q: word });
    expect(found.search.edges.map((e: any) => e.node.topic.id)).toEqual([original.topic.id]);
    const html = await (await fetch(`${t.url}/t/${duplicate.id}`)).text();
    expect(html).toContain(`<link rel="canonical" href="${t.url}/t/${original.topic.id}"`);
    expect(html).toContain('This question already has an answer');
    expect((await staff.client.ok(LOG)).moderationLog[0]).toMatchObject({ action: 'close_as_duplicate', reason: 'Same cache problem', details: `{"originalId":${original.topic.dbId}}` });
  });

  it('refuses a duplicate of itself, of a duplicate, or of a hidden question, and changes nothing', async () => {
    const staff = await t.user('staff');
    const [a, b, c] = [await thread(), await thread(), await thread()];
    await staff.client.ok(DUPLICATE, { input: { topicId: b.topic.id, originalId: a.topic.id } });
    await staff.client.ok(HIDE, { input: { topicId: c.topic.id, hidden: true } });
    const fresh = await thread();
    const before = await counts();
    expect(code(await run(staff, DUPLICATE, { input: { topicId: fresh.topic.id, originalId: fresh.topic.id } }))).toBe('BAD_USER_INPUT');
    expect(code(await run(staff, DUPLICATE, { input: { topicId: fresh.topic.id, originalId: b.topic.id } }))).toBe('BAD_USER_INPUT');
    expect(code(await run(staff, DUPLICATE, { input: { topicId: fresh.topic.id, originalId: c.topic.id } }))).toBe('BAD_USER_INPUT');
    expect(code(await run(staff, DUPLICATE, { input: { topicId: b.topic.id, originalId: fresh.topic.id } }))).toBe('CONFLICT');
    expect(code(await run(staff, DUPLICATE, { input: { topicId: fresh.topic.id, originalId: 'not-an-id' } }))).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
  });

  it('locking, unlocking and moving are written to the audit log', async () => {
    const { topic } = await thread();
    const staff = await t.user('staff');
    await staff.client.ok(LOCK, { input: { topicId: topic.id } });
    const [other] = await t.sql("insert into category (slug, name) values ($1, 'Elsewhere') returning id", [unique('elsewhere-')]);
    const categoryId = Buffer.from(`Category:${other.id}`).toString('base64url');
    await staff.client.ok('mutation($input: EditTopicInput!) { editTopic(input: $input) { topic { id } } }', { input: { topicId: topic.id, categoryId } });
    const log = (await staff.client.ok(LOG)).moderationLog.slice(0, 2);
    expect(log[0]).toMatchObject({ action: 'move', topic: { id: topic.id }, details: expect.stringContaining(`"toCategoryId":${other.id}`) });
    expect(log[1]).toMatchObject({ action: 'lock', topic: { id: topic.id }, actor: { id: staff.id } });
  });
});

describe('deflection through duplicates', () => {
  it('a visitor who lands on a duplicate and follows it to the solved original counts as deflected', async () => {
    const original = await thread();
    await original.asker.client.ok(ACCEPT, { input: { answerId: original.answerId } });
    const duplicate = await thread();
    await (await t.user('staff')).client.ok(DUPLICATE, { input: { topicId: duplicate.topic.id, originalId: original.topic.id } });
    const visitor = t.visitor();
    const SIGNAL = 'mutation($input: RecordSignalInput!) { recordSignal(input: $input) { recorded } }';
    await visitor.ok(SIGNAL, { input: { kind: 'TOPIC_VIEWED', topicId: duplicate.topic.id } });
    const [before] = await t.sql("select outcome from deflection_session where solved_topic_id is null and followed_duplicate = false order by id desc limit 1");
    expect(before.outcome).toBe('none'); // reading alone is no intent
    await visitor.ok(SIGNAL, { input: { kind: 'DUPLICATE_FOLLOWED', topicId: original.topic.id } });
    const [session] = await t.sql('select outcome, followed_duplicate, solved_topic_id from deflection_session where solved_topic_id = $1', [original.topic.dbId]);
    expect(session).toEqual({ outcome: 'deflected', followed_duplicate: true, solved_topic_id: original.topic.dbId });
  });
});
