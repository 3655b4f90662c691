import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, ask, firstCategoryId } from '../support/forum.js';
import { GraphQLClient } from '../support/graphql-client.js';
import { callers, code, runAs, userFor } from '../support/roles.js';
import { startTestApp, type TestApp, type TestUser } from '../support/test-app.js';

// Issue 12, item 9: the composer's server side: a preview that is the post, drafts kept per
// member on the server, and @name completion.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

const PREVIEW = 'query($m: String!) { previewMarkdown(markdown: $m) }';
const DRAFT = 'query($topicId: ID) { draft(topicId: $topicId) { topicId title body categoryId tags } }';
const SAVE = 'mutation($input: SaveDraftInput!) { saveDraft(input: $input) { draft { title body } } }';
const DISCARD = 'mutation($input: DiscardDraftInput!) { discardDraft(input: $input) { discarded } }';
const MENTIONS = 'query($p: String!, $topicId: ID) { mentionSuggestions(prefix: $p, topicId: $topicId) { displayName handle } }';

/** The same member on another device: a second session. */
async function otherDevice(user: TestUser): Promise<GraphQLClient> {
  const client = new GraphQLClient(t.url);
  await client.ok('mutation($input: LogInInput!) { logIn(input: $input) { user { id } } }', { input: { email: user.email, password: user.password } });
  return client;
}

describe('preview', () => {
  it('renders exactly what posting renders, raw HTML and unsafe links included', async () => {
    const member = await t.user();
    const markdown = '**Bold** and `code`, a [link](https://example.com) and <script>alert(1)</script> and [x](javascript:alert(1))\n\n- one\n- two';
    const { previewMarkdown } = await member.client.ok(PREVIEW, { m: markdown });
    const topic = await ask(t, member.client, { body: markdown });
    const { topic: posted } = await member.client.ok('query($id: ID!) { topic(id: $id) { bodyHtml } }', { id: topic.id });
    expect(previewMarkdown).toBe(posted.bodyHtml);
    expect(previewMarkdown).not.toContain('<script>');
    expect(previewMarkdown).not.toContain('href="javascript');
  });

  it('is for signed-in members, and refuses oversize text', async () => {
    expect(code(await t.visitor().execute(PREVIEW, { m: 'hi' }))).toBe('UNAUTHENTICATED');
    expect(code(await (await t.user()).client.execute(PREVIEW, { m: 'x'.repeat(20_001) }))).toBe('BAD_USER_INPUT');
  });
});

describe('drafts', () => {
  it('a question draft survives a reload and another device, and posting the question discards it', async () => {
    const member = await t.user();
    const categoryId = await firstCategoryId(t);
    await member.client.ok(SAVE, { input: { title: 'Backups stop', body: 'Half-written question about', categoryId, tags: ['backup'] } });
    const elsewhere = await otherDevice(member);
    expect((await elsewhere.ok(DRAFT, {})).draft).toEqual({ topicId: null, title: 'Backups stop', body: 'Half-written question about', categoryId, tags: ['backup'] });
    await ask(t, member.client, { title: 'Backups stop every night at two', body: 'Half-written question about backups, now finished.' });
    expect((await elsewhere.ok(DRAFT, {})).draft).toBeNull();
  });

  it('answer drafts are per thread; posting one answer leaves the other drafts', async () => {
    const asker = await t.user();
    const [first, second] = [await ask(t, asker.client), await ask(t, asker.client)];
    const helper = await t.user('expert');
    await helper.client.ok(SAVE, { input: { topicId: first.id, body: 'Try turning on Wake' } });
    await helper.client.ok(SAVE, { input: { topicId: second.id, body: 'Check the logs' } });
    await helper.client.ok(SAVE, { input: { topicId: first.id, body: 'Try turning on Wake to back up' } }); // replaces
    expect((await helper.client.ok(DRAFT, { topicId: first.id })).draft.body).toBe('Try turning on Wake to back up');
    await answer(helper.client, first.id, 'Turn on Wake to back up in Settings.');
    expect((await helper.client.ok(DRAFT, { topicId: first.id })).draft).toBeNull();
    expect((await helper.client.ok(DRAFT, { topicId: second.id })).draft.body).toBe('Check the logs');
    expect((await helper.client.ok(DISCARD, { input: { topicId: second.id } })).discardDraft.discarded).toBe(true);
    expect((await helper.client.ok(DRAFT, { topicId: second.id })).draft).toBeNull();
  });

  it.each(callers)('%s: sees and saves only their own drafts', async (caller) => {
    const owner = await t.user();
    await owner.client.ok(SAVE, { input: { body: 'My private half-question' } });
    const who = await userFor(t, caller);
    const read = await runAs(t, who, DRAFT, {});
    if (caller === 'visitor') {
      expect(code(read)).toBe('UNAUTHENTICATED');
      expect(code(await runAs(t, who, SAVE, { input: { body: 'x' } }))).toBe('UNAUTHENTICATED');
    } else expect(read.data!.draft).toBeNull();
    expect((await owner.client.ok(DRAFT, {})).draft.body).toBe('My private half-question');
  });

  it('refuses bad drafts and changes nothing: oversize, a thread the member cannot see, a malformed id', async () => {
    const member = await t.user();
    await member.client.ok(SAVE, { input: { body: 'kept' } });
    expect(code(await member.client.execute(SAVE, { input: { body: 'x'.repeat(20_001) } }))).toBe('BAD_USER_INPUT');
    expect(code(await member.client.execute(SAVE, { input: { body: 'x', tags: ['a', 'b', 'c', 'd', 'e', 'f'] } }))).toBe('BAD_USER_INPUT');
    const hidden = await ask(t, (await t.user()).client);
    await t.sql('update topic set is_hidden = true where id = $1', [hidden.dbId]);
    expect(code(await member.client.execute(SAVE, { input: { topicId: hidden.id, body: 'x' } }))).toBe('NOT_FOUND');
    expect(code(await member.client.execute(SAVE, { input: { topicId: 'nope', body: 'x' } }))).toBe('BAD_USER_INPUT');
    expect((await member.client.ok(DRAFT, {})).draft.body).toBe('kept');
    const [row] = await t.sql<{ n: number }>('select count(*)::int as n from post_draft where user_id = $1', [member.dbId]);
    expect(row!.n).toBe(1);
  });
});

describe('@mention completion', () => {
  it('finds members by handle prefix, people in the thread first; visitors get nothing', async () => {
    const tag = Math.random().toString(36).slice(2, 6);
    const outsider = await t.user('customer', { displayName: `Zed${tag} Outsider` });
    const insider = await t.user('customer', { displayName: `Zed${tag} Insider` });
    const topic = await ask(t, insider.client);
    const { mentionSuggestions } = await outsider.client.ok(MENTIONS, { p: `@zed${tag}`, topicId: topic.id });
    expect(mentionSuggestions).toEqual([
      { displayName: `Zed${tag} Insider`, handle: `Zed${tag}Insider` },
      { displayName: `Zed${tag} Outsider`, handle: `Zed${tag}Outsider` },
    ]);
    expect((await outsider.client.ok(MENTIONS, { p: 'z' })).mentionSuggestions).toEqual([]);
    expect((await outsider.client.ok(MENTIONS, { p: '%_' })).mentionSuggestions).toEqual([]);
    expect(code(await t.visitor().execute(MENTIONS, { p: `zed${tag}` }))).toBe('UNAUTHENTICATED');
  });
});
