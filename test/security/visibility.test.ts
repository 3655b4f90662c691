import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT, answer, ask, OFFICIAL, POST_ANSWER, VOTE } from '../support/forum.js';
import { collect } from '../support/live.js';
import { callers, code, isStaffCaller, runAs, userFor, type Caller } from '../support/roles.js';
import { GraphQLClient } from '../support/graphql-client.js';
import { startTestApp, unique, type TestApp, type TestUser } from '../support/test-app.js';

/** Hiding a post (doxxing, say) takes it away from everyone who may not see it, on every path. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

const HIDE = 'mutation($input: SetPostHiddenInput!) { setPostHidden(input: $input) { topic { id } } }';
const FEED = `subscription($after: String) { feed(after: $after) { cursor kind topicId answerId topic { id title bodyHtml } answer { id bodyHtml } actor { displayName } } }`;
/** Only fields every version of the schema has: what a reader's client receives of the content. */
const CONTENT_FEED = `subscription($after: String) { feed(after: $after) { cursor kind topic { id title bodyHtml } answer { id bodyHtml } actor { displayName } } }`;
const SECRET = () => unique('Secret-home-address-');

/** A thread with a secret in its title and body and one in an answer; returns the pieces. */
async function secretThread() {
  const asker = await t.user();
  const expert = await t.user('expert');
  const secret = SECRET();
  const topic = await ask(t, asker.client, { title: `Printer ${secret} jams`, body: `My address is ${secret}, the printer jams.` });
  const answerSecret = SECRET();
  const answerId = await answer(expert.client, topic.id, `Call me at ${answerSecret} for help.`);
  return { asker, expert, topic, secret, answerSecret, answerId };
}

const staff = () => t.user('staff');

describe('the live feed and its replay', () => {
  it('replays nothing of a hidden topic to those who may not see it, and hide events carry ids only', async () => {
    const { topic, secret } = await secretThread();
    const mod = await staff();
    await mod.client.ok(HIDE, { input: { topicId: topic.id, hidden: true, reason: 'doxxing' } });

    const visitorReplay = collect(t.visitor(), CONTENT_FEED, { after: '0' }, 'feed');
    const staffReplay = collect(mod.client, CONTENT_FEED, { after: '0' }, 'feed');
    await staffReplay.waitFor(3);
    await new Promise((r) => setTimeout(r, 300));
    expect(visitorReplay.errors).toEqual([]);
    expect(visitorReplay.items.length).toBeGreaterThan(0);
    expect(JSON.stringify(visitorReplay.items)).not.toContain(secret);
    await visitorReplay.close();
    const idsReplay = collect(t.visitor(), FEED, { after: '0' }, 'feed');
    await new Promise((r) => setTimeout(r, 300));
    const hidden = idsReplay.items.find((e: any) => e.kind === 'TOPIC_HIDDEN' && e.topicId === topic.id);
    expect(hidden).toEqual({ cursor: expect.any(String), kind: 'TOPIC_HIDDEN', topicId: topic.id, answerId: null, topic: null, answer: null, actor: null });
    // Staff still see the thread's history.
    expect(JSON.stringify(staffReplay.items)).toContain(secret);
    await idsReplay.close();
    await staffReplay.close();
  });

  it('replays nothing of a hidden answer, live or replayed, to a customer', async () => {
    const { topic, answerId, answerSecret } = await secretThread();
    const customer = await t.user();
    const live = collect(customer.client, FEED, {}, 'feed');
    const liveContent = collect(customer.client, CONTENT_FEED, {}, 'feed');
    await new Promise((r) => setTimeout(r, 100));
    const mod = await staff();
    await mod.client.ok(HIDE, { input: { answerId, hidden: true, reason: 'phone number' } });
    // A vote after the hide (by staff, who may still see it) reaches no customer.
    await mod.client.ok(VOTE, { input: { answerId, value: 1 } });
    await liveContent.waitFor(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(JSON.stringify(liveContent.items)).not.toContain(answerSecret);
    await liveContent.close();
    await live.waitFor(2);
    // The hide (ids only) and the topic's new answer count; the staff vote on the hidden answer never arrives.
    expect(live.items.map((e: any) => e.kind)).toEqual(['ANSWER_HIDDEN', 'TOPIC_UPDATED']);
    expect(live.items[0]).toEqual({ cursor: expect.any(String), kind: 'ANSWER_HIDDEN', topicId: topic.id, answerId, topic: null, answer: null, actor: null });
    expect(JSON.stringify(live.items)).not.toContain(answerSecret);
    const replay = collect(customer.client, CONTENT_FEED, { after: '0' }, 'feed');
    await new Promise((r) => setTimeout(r, 500));
    expect(replay.errors).toEqual([]);
    expect(replay.items.some((e: any) => e.kind === 'ANSWER_HIDDEN')).toBe(true);
    expect(JSON.stringify(replay.items)).not.toContain(answerSecret);
    await live.close();
    await replay.close();
  });

  it('gives back the history once staff show the post again', async () => {
    const { topic, secret } = await secretThread();
    const mod = await staff();
    await mod.client.ok(HIDE, { input: { topicId: topic.id, hidden: true } });
    await mod.client.ok(HIDE, { input: { topicId: topic.id, hidden: false } });
    const replay = collect(t.visitor(), `subscription($topicId: ID!) { topicActivity(topicId: $topicId, after: "0") { kind topic { title } } }`, { topicId: topic.id }, 'topicActivity');
    await replay.waitFor(3);
    expect(replay.items.map((e: any) => e.kind)).toEqual(['TOPIC_CREATED', 'ANSWER_POSTED', 'TOPIC_HIDDEN', 'TOPIC_UNHIDDEN']);
    expect(replay.items[0].topic.title).toContain(secret);
    await replay.close();
  });
});

describe('notifications of hidden posts', () => {
  it("a follower's notification of an answer on a topic hidden later shows neither the topic nor the answer", async () => {
    const topic = await ask(t, (await t.user()).client);
    const follower = await t.user();
    await follower.client.ok('mutation($input: FollowTopicInput!) { followTopic(input: $input) { topic { id } } }', { input: { topicId: topic.id, follow: true } });
    const secret = SECRET();
    await answer((await t.user('expert')).client, topic.id, `Call me at ${secret} for help.`);
    await (await staff()).client.ok(HIDE, { input: { topicId: topic.id, hidden: true } });
    const seen = await follower.client.ok('{ notifications { kind topic { id title } answer { id body } } }');
    expect(seen.notifications.length).toBeGreaterThan(0);
    expect(JSON.stringify(seen)).not.toContain(secret);
    for (const n of seen.notifications) expect(n.answer).toBeNull();
  });
});

describe('mutations on hidden posts', () => {
  const expected = (caller: Caller) => (caller === 'visitor' ? 'UNAUTHENTICATED' : isStaffCaller(caller) ? 'OK' : 'NOT_FOUND');

  for (const caller of callers) {
    it(`${caller}: me-too, answering and voting on a hidden topic or answer`, async () => {
      const { topic, answerId, secret, answerSecret } = await secretThread();
      const other = await secretThread();
      const mod = await staff();
      await mod.client.ok(HIDE, { input: { topicId: topic.id, hidden: true } });
      await mod.client.ok(HIDE, { input: { answerId: other.answerId, hidden: true } });
      const who = await userFor(t, caller);
      const attempts = [
        await runAs(t, who, 'mutation($input: SetMeTooInput!) { setMeToo(input: $input) { topic { id title body } } }', { input: { topicId: topic.id, meToo: true } }),
        await runAs(t, who, POST_ANSWER, { input: { topicId: topic.id, body: 'Here is my answer to it.' } }),
        await runAs(t, who, 'mutation($input: VoteOnAnswerInput!) { voteOnAnswer(input: $input) { answer { id body topic { title } } } }', { input: { answerId, value: 1 } }),
        await runAs(t, who, VOTE, { input: { answerId: other.answerId, value: 1 } }),
      ];
      for (const result of attempts) {
        expect(code(result), JSON.stringify(result)).toBe(expected(caller));
        if (!isStaffCaller(caller)) expect(JSON.stringify(result)).not.toMatch(new RegExp(`${secret}|${answerSecret}|${other.answerSecret}`));
      }
    });
  }

  it('the asker cannot accept a hidden answer, and staff cannot mark one official until it is shown', async () => {
    const { asker, answerId, answerSecret } = await secretThread();
    const mod = await staff();
    await mod.client.ok(HIDE, { input: { answerId, hidden: true } });
    const accepted = await asker.client.execute(ACCEPT, { input: { answerId } });
    expect(code(accepted)).toBe('NOT_FOUND');
    expect(code(await mod.client.execute(ACCEPT, { input: { answerId } }))).toBe('CONFLICT');
    expect(code(await mod.client.execute(OFFICIAL, { input: { answerId } }))).toBe('CONFLICT');
    expect(JSON.stringify(accepted)).not.toContain(answerSecret);
  });

  it('an asker who answered their own question cannot accept that answer once it is hidden', async () => {
    const asker = await t.user();
    const topic = await ask(t, asker.client);
    const own = await answer(asker.client, topic.id, 'I found it myself: reinstall the driver.');
    await (await staff()).client.ok(HIDE, { input: { answerId: own, hidden: true } });
    expect(code(await asker.client.execute(ACCEPT, { input: { answerId: own } }))).toBe('CONFLICT');
    expect((await t.visitor().ok('query($id: ID!) { topic(id: $id) { acceptedAnswer { id } status } }', { id: topic.id })).topic).toEqual({ acceptedAnswer: null, status: 'OPEN' });
  });
});

describe('open WebSockets after a change of rights', () => {
  const CLAIM = 'mutation($input: TopicIdInput!) { claimTopic(input: $input) { topic { id } } }';
  const STAFF_FEED = 'subscription { feed { kind } }';

  async function staffOnlyEventReaches(watcher: TestUser, act: () => Promise<unknown>): Promise<boolean> {
    const topic = await ask(t, (await t.user()).client);
    const feed = collect(watcher.client, STAFF_FEED, {}, 'feed');
    await new Promise((r) => setTimeout(r, 150));
    await act();
    const start = Date.now();
    await (await staff()).client.ok(CLAIM, { input: { topicId: topic.id } });
    await new Promise((r) => setTimeout(r, 600));
    await feed.close();
    expect(feed.errors).toEqual([]);
    expect(Date.now() - start).toBeLessThan(2_000);
    return feed.items.some((e: any) => e.kind === 'TOPIC_CLAIMED');
  }

  it('a staff member still on staff sees claims (the control)', async () => {
    expect(await staffOnlyEventReaches(await staff(), async () => undefined)).toBe(true);
  });

  it('a staff member demoted to customer stops receiving staff-only events on an open socket, in another API process too', async () => {
    const admin = await t.user('admin');
    const demoted = await staff();
    // The socket is open on a second API process; the demotion happens on the first.
    const second = await startTestApp({ databaseUrl: t.databaseUrl });
    try {
      const onSecond = new GraphQLClient(second.url);
      onSecond.cookie = demoted.client.cookie;
      const reached = await staffOnlyEventReaches({ ...demoted, client: onSecond }, () =>
        admin.client.ok('mutation($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { user { role } } }', { input: { userId: demoted.id, role: 'CUSTOMER' } }),
      );
      expect(reached).toBe(false);
    } finally {
      await second.close();
    }
  });

  it('a staff member who logs out stops receiving staff-only events on a socket opened before', async () => {
    const mod = await staff();
    // The socket presents the session it was opened with; the logout arrives over HTTP.
    const reached = await staffOnlyEventReaches(mod, () => mod.client.ok('mutation { logOut { loggedOut } }'));
    expect(reached).toBe(false);
  });

  it('the staff dashboard ticks and the bell stop on an open socket after a demotion or a logout', async () => {
    const admin = await t.user('admin');
    const demoted = await staff();
    const ticks = collect(demoted.client, 'subscription { supportStatsChanged }', {}, 'supportStatsChanged');
    const bell = collect(demoted.client, 'subscription { unreadNotificationCount }', {}, 'unreadNotificationCount');
    await bell.waitFor(1);
    await admin.client.ok('mutation($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { user { role } } }', { input: { userId: demoted.id, role: 'CUSTOMER' } });
    await demoted.client.ok('mutation { logOut { loggedOut } }');
    await new Promise((r) => setTimeout(r, 500));
    const [ticksBefore, bellBefore] = [ticks.items.length, bell.items.length];
    // Something that ticks the dashboard and rings the bell: an answer to a question the demoted member follows.
    const asked = await ask(t, (await t.user()).client);
    await t.sql('insert into topic_follow (user_id, topic_id) values ($1, $2) on conflict do nothing', [demoted.dbId, asked.dbId]);
    await answer((await t.user('expert')).client, asked.id);
    await new Promise((r) => setTimeout(r, 3_000));
    expect(ticks.items.length).toBe(ticksBefore);
    expect(bell.items.length).toBe(bellBefore);
    await ticks.close();
    await bell.close();
  });

  it('an expired session ends on an open socket within a second', async () => {
    const expiring = await staff();
    await t.sql("update session set expires_at = now() + interval '1 second' where user_id = $1", [expiring.dbId]);
    // One second until it expires, one second allowed for it to take effect.
    expect(await staffOnlyEventReaches(expiring, () => new Promise((r) => setTimeout(r, 2_000)))).toBe(false);
  });
});

describe('search while the index lags a hide', () => {
  const SEARCH = 'query($q: String!) { search(query: $q) { edges { node { topicId status answerCount category { id name slug } titleHtml snippetHtml topic { id title } } } } }';
  const SIMILAR = 'query($title: String!) { similarTopics(title: $title) { topicId status answerExcerpt titleHtml } }';

  it('shows each hit from the search with the thread as it is now, and never a thread or answer hidden since it was indexed', async () => {
    const { topic, secret, answerSecret, answerId } = await secretThread();
    const mod = await staff();
    await mod.client.ok(OFFICIAL, { input: { answerId } });
    await t.app.deps.indexer.idle();
    const visitor = t.visitor();
    const hit = (await visitor.ok(SEARCH, { q: answerSecret })).search.edges.map((e: any) => e.node).find((n: any) => n.topicId === topic.id);
    const category = (await visitor.ok('query($id: ID!) { topic(id: $id) { category { id name slug } } }', { id: topic.id })).topic.category;
    expect(hit).toMatchObject({ topicId: topic.id, status: 'RESOLVED', answerCount: 1, category, topic: { id: topic.id } });
    const quoted = (html: string) => html.replace(/<\/?mark>/g, '').includes(answerSecret);
    expect(quoted(hit.snippetHtml)).toBe(true);

    // The indexer is held back: the index still has the answer, then the thread, after they are hidden.
    await t.app.deps.indexer.stop();
    try {
      await mod.client.ok('mutation($input: TopicIdInput!) { unmarkOfficialAnswer(input: $input) { topic { id } } }', { input: { topicId: topic.id } });
      await mod.client.ok(HIDE, { input: { answerId, hidden: true, reason: 'phone number' } });
      for (const q of [answerSecret, secret]) {
        const edges = (await visitor.ok(SEARCH, { q })).search.edges;
        expect(quoted(JSON.stringify(edges))).toBe(false);
      }
      expect(quoted(JSON.stringify(await visitor.ok(SIMILAR, { title: `Printer ${secret} jams` })))).toBe(false);

      await mod.client.ok(HIDE, { input: { topicId: topic.id, hidden: true, reason: 'doxxing' } });
      // Other threads of this file share the secret's first words: the unique part finds this one alone.
      expect((await visitor.ok(SEARCH, { q: secret.split('-').at(-1) })).search.edges).toEqual([]);
      expect((await visitor.ok(SIMILAR, { title: `Printer ${secret} jams` })).similarTopics.map((s: any) => s.topicId)).not.toContain(topic.id);
    } finally {
      t.app.deps.indexer.start();
    }
  });
});
