import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, ask } from '../support/forum.js';
import { callers, code, isStaffCaller, runAs, userFor } from '../support/roles.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Issue 12, item 11: askers and staff change a question's category and tags; edited posts show
// "edited" with a revision history (who, when, what changed).
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

const EDIT = `mutation($input: EditTopicInput!) { editTopic(input: $input) { topic { id title editedAt category { slug } tags { name } } } }`;
const EDIT_ANSWER = `mutation($input: EditAnswerInput!) { editAnswer(input: $input) { answer { id body editedAt } } }`;
const HISTORY = `query($id: ID!) { topic(id: $id) { editedAt revisions { editor { displayName } createdAt title body category { slug } tags }
  answers { edges { node { editedAt revisions { editor { displayName } body } } } } } }`;

async function categories(): Promise<Array<{ id: string; slug: string }>> {
  const existing = await t.sql<{ n: number }>('select count(*)::int as n from category');
  if (existing[0]!.n < 2) await t.sql("insert into category (slug, name) values ('billing-rev', 'Billing'), ('sync-rev', 'Sync') on conflict do nothing");
  return (await t.visitor().ok('{ categories { id slug } }')).categories;
}

describe('editing a question: category, tags, title and text, with a history', () => {
  it('the asker moves the question and retags it; the history starts at the original and names who changed what', async () => {
    const [first, second] = await categories();
    const asker = await t.user('customer', { displayName: 'Asker Amy' });
    const topic = await ask(t, asker.client, { categoryId: first!.id, title: 'Backup fails every night at two', tags: ['backup'] });
    const before = await t.visitor().ok(HISTORY, { id: topic.id });
    expect(before.topic).toMatchObject({ editedAt: null, revisions: [] });

    const { editTopic } = await asker.client.ok(EDIT, { input: { topicId: topic.id, title: 'Backup fails every night at 2 am', categoryId: second!.id, tags: ['backup', 'schedule'] } });
    expect(editTopic.topic).toMatchObject({ title: 'Backup fails every night at 2 am', category: { slug: second!.slug }, tags: [{ name: 'backup' }, { name: 'schedule' }] });
    expect(editTopic.topic.editedAt).not.toBeNull();

    const staff = await t.user('staff', { displayName: 'Staff Sue' });
    await staff.client.ok(EDIT, { input: { topicId: topic.id, body: 'Every night the backup fails with error E1042 after an hour. Logs attached.' } });
    const { topic: read } = await t.visitor().ok(HISTORY, { id: topic.id });
    expect(read.revisions.map((r: any) => [r.editor.displayName, r.title, r.category.slug, r.tags])).toEqual([
      ['Staff Sue', 'Backup fails every night at 2 am', second!.slug, ['backup', 'schedule']],
      ['Asker Amy', 'Backup fails every night at 2 am', second!.slug, ['backup', 'schedule']],
      ['Asker Amy', 'Backup fails every night at two', first!.slug, ['backup']],
    ]);
    expect(read.revisions[0].body).toContain('Logs attached.');
    expect(Date.parse(read.revisions[2].createdAt)).toBeLessThanOrEqual(Date.parse(read.revisions[1].createdAt));
  });

  it('an edit that changes nothing leaves no revision and no "edited" mark', async () => {
    const asker = await t.user();
    const topic = await ask(t, asker.client, { title: 'Nothing to change in this one' });
    const [row] = await t.sql<{ title: string }>('select title from topic where id = $1', [topic.dbId]);
    await asker.client.ok(EDIT, { input: { topicId: topic.id, title: row!.title } });
    expect((await t.visitor().ok(HISTORY, { id: topic.id })).topic).toMatchObject({ editedAt: null, revisions: [] });
  });

  it('answers keep their history too', async () => {
    const asker = await t.user();
    const topic = await ask(t, asker.client);
    const helper = await t.user('expert', { displayName: 'Helper Hal' });
    const answerId = await answer(helper.client, topic.id, 'Turn on Wake to back up.');
    await helper.client.ok(EDIT_ANSWER, { input: { answerId, body: 'Turn on Wake to back up in Settings → Power.' } });
    const node = (await t.visitor().ok(HISTORY, { id: topic.id })).topic.answers.edges[0].node;
    expect(node.editedAt).not.toBeNull();
    expect(node.revisions).toEqual([
      { editor: { displayName: 'Helper Hal' }, body: 'Turn on Wake to back up in Settings → Power.' },
      { editor: { displayName: 'Helper Hal' }, body: 'Turn on Wake to back up.' },
    ]);
  });

  it.each(callers)('%s: may change the category and tags of a question only as its asker or staff', async (caller) => {
    const [first, second] = await categories();
    const asker = await t.user();
    const topic = await ask(t, asker.client, { categoryId: first!.id, tags: ['before'] });
    const who = await userFor(t, caller);
    const result = await runAs(t, who, EDIT, { input: { topicId: topic.id, categoryId: second!.id, tags: ['after'] } });
    const allowed = isStaffCaller(caller);
    expect(code(result)).toBe(caller === 'visitor' ? 'UNAUTHENTICATED' : allowed ? 'OK' : 'FORBIDDEN');
    const [row] = await t.sql<{ slug: string; revisions: number }>(
      'select c.slug, (select count(*)::int from post_revision r where r.topic_id = t.id) as revisions from topic t join category c on c.id = t.category_id where t.id = $1',
      [topic.dbId],
    );
    expect(row).toEqual({ slug: allowed ? second!.slug : first!.slug, revisions: allowed ? 2 : 0 });
  });

  it('bad input changes nothing: an unknown category, too many tags', async () => {
    const asker = await t.user();
    const topic = await ask(t, asker.client, { tags: ['keep'] });
    const unknown = Buffer.from('Category:99999').toString('base64url');
    expect(code(await asker.client.execute(EDIT, { input: { topicId: topic.id, categoryId: unknown } }))).toBe('BAD_USER_INPUT');
    expect(code(await asker.client.execute(EDIT, { input: { topicId: topic.id, tags: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'] } }))).toBe('BAD_USER_INPUT');
    const [row] = await t.sql<{ n: number }>('select count(*)::int as n from post_revision where topic_id = $1', [topic.dbId]);
    expect(row!.n).toBe(0);
  });

  it('the history of a hidden question is as hidden as the question', async () => {
    const asker = await t.user();
    const topic = await ask(t, asker.client);
    await asker.client.ok(EDIT, { input: { topicId: topic.id, body: 'My password is hunter2, please help.' } });
    await t.sql('update topic set is_hidden = true where id = $1', [topic.dbId]);
    expect((await t.visitor().ok(HISTORY, { id: topic.id })).topic).toBeNull();
    expect((await (await t.user()).client.ok(HISTORY, { id: topic.id })).topic).toBeNull();
    expect((await (await t.user('staff')).client.ok(HISTORY, { id: topic.id })).topic.revisions).toHaveLength(2);
  });
});
