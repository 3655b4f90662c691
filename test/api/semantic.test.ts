import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCommunity } from '../../api/src/db/seed.js';
import { BundledEncoder } from '../../api/src/search/semantic/bundled-encoder.js';
import { BUNDLED_MODEL, embeddingTexts, hashText, Semantic } from '../../api/src/search/semantic/semantic.js';
import { ask } from '../support/forum.js';
import { type Caller, callers as roles, code, isStaffCaller, runAs, userFor } from '../support/roles.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SEARCH = 'query($q: String!) { search(query: $q) { totalHits edges { node { topic { id title } } } } }';
const SIMILAR = 'query($title: String!, $body: String) { similarTopics(title: $title, body: $body) { topic { id } } }';
const DUPLICATE = 'mutation($input: CloseAsDuplicateInput!) { closeAsDuplicate(input: $input) { topic { id } } }';
const HIDE = 'mutation($input: SetPostHiddenInput!) { setPostHidden(input: $input) { topic { id isHidden } } }';
const PHRASINGS = 'query($id: ID!) { topic(id: $id) { id alternatePhrasings { id text source sourceTopic { id } } } }';
const REMOVE = 'mutation($input: RemovePhrasingInput!) { removePhrasing(input: $input) { topic { id alternatePhrasings { id } } } }';
const SIGNAL = 'mutation($input: RecordSignalInput!) { recordSignal(input: $input) { recorded } }';

// One encoder (its worker threads and model) for the whole file.
const encoder = new BundledEncoder();
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ embedder: { kind: 'bundled', encoder } });
});
afterAll(async () => {
  await t?.close();
  await encoder.close();
});

const caughtUp = () => t.app.deps.indexer.idle(120_000);
const ids = (result: any) => (result.search?.edges.map((e: any) => e.node.topic.id) ?? result.similarTopics.map((s: any) => s.topic.id)) as string[];
const documentOf = (dbId: number) => t.app.deps.meili.index(t.app.deps.searchIndex).getDocument(dbId).catch(() => null);

/** A small forum about Harbor, the demo's backup product. */
async function harborForum() {
  const asker = await t.user();
  const threads = {
    battery: await ask(t, asker.client, { title: 'Android app drains battery', body: 'Since the last update the Harbor app on my Android phone uses a lot of power in the background.' }),
    retention: await ask(t, asker.client, { title: 'How long are deleted files kept?', body: 'I removed a folder by mistake last month, can I still get it back?' }),
    restore: await ask(t, asker.client, { title: 'Restore is much slower than backup', body: 'Getting my files back takes days while uploading them took hours.' }),
    cancel: await ask(t, asker.client, { title: 'What happens to my backups if I cancel my plan?', body: 'I want to stop my subscription but keep my data somewhere.' }),
    conflicts: await ask(t, asker.client, { title: 'Sync conflict files keep appearing', body: 'Files named "conflicted copy" show up in my folders every day.' }),
  };
  await caughtUp();
  return threads;
}

let forum: Awaited<ReturnType<typeof harborForum>>;
beforeAll(async () => {
  forum = await harborForum();
}, 120_000);

describe('semantic search with the bundled encoder', () => {
  const QUESTION = 'Mobile application kills the charge overnight';

  it('finds a thread that shares no word with the question, in suggestions and on the search page', async () => {
    // No word in common: Meilisearch alone finds nothing.
    const lexical = await t.app.deps.meili.index(t.app.deps.searchIndex).search(QUESTION, { matchingStrategy: 'last' });
    expect(lexical.hits.map((h) => h.id)).not.toContain(forum.battery.dbId);

    expect(ids(await t.visitor().ok(SIMILAR, { title: QUESTION }))[0]).toBe(forum.battery.id);
    // The search page by words alone (its fallback) does not find it either: meaning does.
    const semantic = t.app.deps.semantic;
    t.app.deps.semantic = new Semantic({ kind: 'none' }, t.app.deps.log);
    try {
      expect(ids(await t.visitor().ok(SEARCH, { q: QUESTION }))).not.toContain(forum.battery.id);
    } finally {
      t.app.deps.semantic = semantic;
    }
    const { search } = await t.visitor().ok(SEARCH, { q: QUESTION });
    expect(search.edges[0].node.topic.id).toBe(forum.battery.id);
    // Meaning does not make every thread a result: the count is of threads that match.
    expect(search.totalHits).toBeLessThan(3);
  });

  it('gives every thread its vectors off the request path, and reuses them when only votes or status change', async () => {
    const [{ n }] = await t.sql("select count(*)::int as n from topic where not is_hidden and duplicate_of_id is null");
    const [{ vectors }] = await t.sql('select count(*)::int as vectors from embedding');
    expect(vectors).toBeGreaterThanOrEqual(n);
    const doc = (await documentOf(forum.battery.dbId)) as any;
    expect(doc).toBeTruthy();
    await t.sql("insert into search_outbox (topic_id) values ($1)", [forum.battery.dbId]);
    await caughtUp();
    const [{ after }] = await t.sql('select count(*)::int as after from embedding');
    expect(after).toBe(vectors);
  });

  it('keeps a thread that matches some of the words, however its meaning scores', async () => {
    // "membership" is in no thread; "cancel" is in one. Words-only search finds it by the word it has.
    const lexical = await t.app.deps.meili.index(t.app.deps.searchIndex).search('cancel membership', { matchingStrategy: 'last' });
    expect(lexical.hits.map((h) => h.id)).toContain(forum.cancel.dbId);
    for (const q of ['cancel membership', 'cancel membership renewal', 'cancel']) {
      const { search } = await t.visitor().ok(SEARCH, { q });
      expect(ids({ search }), q).toContain(forum.cancel.id);
      expect(search.totalHits, q).toBeGreaterThanOrEqual(1);
    }
  });

  it('pages through more results than it re-ranks without repeating or losing a thread', { timeout: 120_000 }, async () => {
    // A real word (a made-up one would make these threads near in meaning to every made-up word searched later).
    const word = 'grommet';
    const asker = await t.user();
    const made = new Set<string>();
    for (let i = 0; i < 45; i++) made.add((await ask(t, asker.client, { title: `Question ${i} about the ${word} in the drive bay`, body: `Number ${i} of many questions about the ${word}.` })).id);
    await caughtUp();
    const PAGE = 'query($q: String!, $after: String) { search(query: $q, first: 20, after: $after) { totalHits edges { node { topicId } } pageInfo { hasNextPage endCursor } } }';
    const seen: string[] = [];
    let after: string | null = null;
    let totalHits = 0;
    for (let page = 0; page < 10; page++) {
      const { search }: any = await t.visitor().ok(PAGE, { q: word, after });
      totalHits = search.totalHits;
      seen.push(...search.edges.map((e: any) => e.node.topicId));
      if (!search.pageInfo.hasNextPage) break;
      after = search.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of made) expect(seen).toContain(id);
    expect(seen.length).toBe(totalHits);
  });

  it('searches a nonsense word by words only: meaning alone does not turn up every thread', async () => {
    const { search } = await t.visitor().ok(SEARCH, { q: `qxzv${crypto.randomBytes(3).toString('hex')}` });
    expect(search.edges).toEqual([]);
  });
});

describe('the search page on the demo forum', () => {
  it('ranks as suggestions rank: by telling words and meaning, not by the most common words', { timeout: 120_000 }, async () => {
    const demo = await startTestApp({ embedder: { kind: 'bundled', encoder } });
    try {
      await seedDemoCommunity(demo.app.deps, { passwordCost: 4 });
      await demo.app.deps.indexer.idle(120_000);
      const titles = async (q: string) => (await demo.visitor().ok(SEARCH, { q })).search.edges.map((e: any) => e.node.topic.title) as string[];
      // "Change the email address of my account" shares "how do I ... my" and came first.
      expect((await titles('how do i cancel my subscription'))[0]).toBe('What happens to my backup if I cancel?');
      expect((await titles('cancel subscription'))[0]).toBe('What happens to my backup if I cancel?');
    } finally {
      await demo.close();
    }
  });
});

describe('alternate phrasings learned from duplicates', () => {
  it('a question closed as a duplicate lends its title to the original, and a hidden one takes it back', async () => {
    const staff = await t.user('staff');
    const word = `flurbix${crypto.randomBytes(2).toString('hex')}`;
    const duplicate = await ask(t, (await t.user()).client, { title: `Old deleted stuff ${word} gone after thirty days?`, body: 'Is there a limit on how far back I can go?' });
    await caughtUp();
    await staff.client.ok(DUPLICATE, { input: { topicId: duplicate.id, originalId: forum.retention.id, reason: 'Asked before' } });
    await caughtUp();
    expect(((await documentOf(forum.retention.dbId)) as any).alsoAskedAs).toContain(`Old deleted stuff ${word} gone after thirty days?`);
    // The next person who words it that way finds the original, by words and in suggestions.
    expect(ids(await t.visitor().ok(SEARCH, { q: word }))).toEqual([forum.retention.id]);
    expect(ids(await t.visitor().ok(SIMILAR, { title: `${word} stuff gone` }))[0]).toBe(forum.retention.id);

    await staff.client.ok(HIDE, { input: { topicId: duplicate.id, hidden: true, reason: 'spam' } });
    await caughtUp();
    expect(((await documentOf(forum.retention.dbId)) as any).alsoAskedAs).toEqual([]);
    expect(ids(await t.visitor().ok(SEARCH, { q: word }))).toEqual([]);
    expect(ids(await t.visitor().ok(SIMILAR, { title: `${word} stuff gone` }))).not.toContain(duplicate.id);
  });

  it.each(roles)('seeing and removing a thread\'s phrasings: staff only (%s)', async (role: Caller) => {
    const staff = await t.user('staff');
    const word = `quabble${crypto.randomBytes(2).toString('hex')}`;
    const duplicate = await ask(t, (await t.user()).client, { title: `Sync keeps making ${word} copies of files` });
    await staff.client.ok(DUPLICATE, { input: { topicId: duplicate.id, originalId: forum.conflicts.id } });
    const who = await userFor(t, role);
    const seen = await runAs(t, who, PHRASINGS, { id: forum.conflicts.id });
    const phrasings = (await staff.client.ok(PHRASINGS, { id: forum.conflicts.id })).topic.alternatePhrasings;
    const mine = phrasings.find((p: any) => p.text.includes(word));
    expect(mine).toMatchObject({ source: 'DUPLICATE', sourceTopic: { id: duplicate.id } });
    expect(seen.data?.topic.alternatePhrasings ?? null).toEqual(isStaffCaller(role) ? phrasings : null);

    const removed = await runAs(t, who, REMOVE, { input: { phrasingId: mine.id } });
    expect(code(removed)).toBe(role === 'visitor' ? 'UNAUTHENTICATED' : isStaffCaller(role) ? 'OK' : 'FORBIDDEN');
    await caughtUp();
    const doc = (await documentOf(forum.conflicts.dbId)) as any;
    expect(doc.alsoAskedAs.some((p: string) => p.includes(word))).toBe(!isStaffCaller(role));
    if (isStaffCaller(role)) {
      const [entry] = await t.sql("select action from moderation_action where action = 'remove_phrasing' and topic_id = $1", [forum.conflicts.dbId]);
      expect(entry).toBeTruthy();
    }
  });

  it('rejects a malformed or unknown phrasing id with a clear error, changing nothing', async () => {
    const staff = await t.user('staff');
    expect(code(await runAs(t, staff, REMOVE, { input: { phrasingId: 'drop table' } }))).toBe('BAD_USER_INPUT');
    expect(code(await runAs(t, staff, REMOVE, { input: { phrasingId: '999999' } }))).toBe('NOT_FOUND');
  });
});

describe('alternate phrasings learned from solved suggestions', () => {
  it('a member whose problem a suggestion solved lends the title they typed; "no" or posting anyway takes it back; strangers lend nothing', async () => {
    const word = `zindle${crypto.randomBytes(2).toString('hex')}`;
    const typed = `Cancelling ${word} subscription keeps my files?`;
    const phrasingsOf = async () => (await t.sql('select text from topic_phrasing where topic_id = $1 and removed_at is null', [forum.cancel.dbId])).map((r) => r.text);

    const stranger = t.visitor();
    await stranger.ok(SIMILAR, { title: typed });
    await t.app.deps.signals.idle();
    await stranger.ok(SIGNAL, { input: { kind: 'SOLVED', topicId: forum.cancel.id } });
    expect(await phrasingsOf()).not.toContain(typed.toLowerCase());

    const member = await t.user();
    await member.client.ok(SIMILAR, { title: typed });
    await t.app.deps.signals.idle();
    await member.client.ok(SIGNAL, { input: { kind: 'SOLVED', topicId: forum.cancel.id } });
    expect(await phrasingsOf()).toContain(typed.toLowerCase());
    await caughtUp();
    expect(ids(await t.visitor().ok(SEARCH, { q: word }))).toEqual([forum.cancel.id]);

    await member.client.ok(SIGNAL, { input: { kind: 'NOT_SOLVED', topicId: forum.cancel.id } });
    expect(await phrasingsOf()).not.toContain(typed.toLowerCase());
    await caughtUp();
    expect(ids(await t.visitor().ok(SEARCH, { q: word }))).toEqual([]);
  });
});

describe('when the encoder is down', () => {
  it('posting, word search and suggestions keep working; vectors follow once it is back', async () => {
    const word = `plimsoll${crypto.randomBytes(2).toString('hex')}`;
    const semantic = t.app.deps.semantic;
    const down = new BundledEncoder();
    await down.close();
    // The app's encoder swapped for a stopped one: every encoding fails at once.
    (semantic as any).encoder = down;
    try {
      const topic = await ask(t, (await t.user()).client, { title: `Harbor ${word} icon missing from the menu bar` });
      await t.app.deps.indexer.idle(10_000).catch(() => undefined);
      expect(ids(await t.visitor().ok(SEARCH, { q: word }))).toEqual([topic.id]);
      expect(ids(await t.visitor().ok(SIMILAR, { title: `${word} icon gone` }))[0]).toBe(topic.id);
      // Queued for encoding once, however often it is indexed again meanwhile.
      await t.sql('insert into search_outbox (topic_id) values ($1), ($1)', [topic.dbId]);
      await t.app.deps.indexer.idle(10_000).catch(() => undefined);
      const [{ waiting }] = await t.sql('select count(*)::int as waiting from embedding_outbox where topic_id = $1', [topic.dbId]);
      expect(waiting).toBe(1);
      (semantic as any).encoder = encoder;
      t.app.deps.indexer.embeddings!.kick();
      await caughtUp();
      const doc = (await documentOf(topic.dbId)) as any;
      expect(doc).toBeTruthy();
      const [{ left }] = await t.sql('select count(*)::int as left from embedding_outbox');
      expect(left).toBe(0);
    } finally {
      (semantic as any).encoder = encoder;
    }
  }, 120_000);
});

describe('turning the encoder on for a forum indexed without it', () => {
  it('rebuilds the index with vectors in the background while word search keeps answering', { timeout: 120_000 }, async () => {
    // A forum that ran with EMBEDDER=none.
    const before = await startTestApp();
    let after: TestApp | null = null;
    try {
      const asker = await before.user();
      const battery = await ask(before, asker.client, { title: 'Android app drains battery', body: 'Since the last update the Harbor app on my Android phone uses a lot of power in the background.' });
      await ask(before, asker.client, { title: 'Restore is much slower than backup', body: 'Getting my files back takes days while uploading them took hours.' });
      await before.app.deps.indexer.idle();
      await before.close();

      // The same database and index, now with the bundled encoder.
      after = await startTestApp({ databaseUrl: before.databaseUrl, embedder: { kind: 'bundled', encoder } });
      expect((await after.visitor().ok(SEARCH, { q: 'battery' })).search.edges[0].node.topic.id).toBe(battery.id);
      await expect
        .poll(async () => (await after!.visitor().ok(SIMILAR, { title: 'Mobile application kills the charge overnight' })).similarTopics[0]?.topic.id, { timeout: 60_000, interval: 500 })
        .toBe(battery.id);
      const embedders = await after.app.deps.meili.index(after.app.deps.searchIndex).getEmbedders();
      expect(Object.keys(embedders ?? {})).toEqual(['bundled']);
    } finally {
      await after?.close();
    }
  });
});

describe('a document Meilisearch refuses', () => {
  it('costs only itself: the rest of its batch is indexed, and indexing goes on', async () => {
    const asker = await t.user();
    const poisoned = { title: 'Walrus restore refuses every night', body: 'The walrus restore fails each night after the upgrade.' };
    // A vector of the wrong size, as a broken cache might hold: Meilisearch refuses the document
    // (its task fails; the request itself succeeds).
    for (const text of embeddingTexts(poisoned)) {
      await t.sql('insert into embedding (model, text_hash, vector) values ($1, $2, $3)', [BUNDLED_MODEL, hashText(text), Buffer.alloc(8)]);
    }
    const meili = t.app.deps.meili;
    const failedTasks = async () => (await meili.tasks.getTasks({ indexUids: [t.app.deps.searchIndex], statuses: ['failed'] })).results.length;
    const failedBefore = await failedTasks();
    const refused = await ask(t, asker.client, poisoned);
    // Refused alone, the fault could be the index's: the change stays queued, to be tried again.
    for (let waited = 0; (await failedTasks()) === failedBefore; waited += 50) {
      if (waited > 30_000) throw new Error('Meilisearch never refused the document');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await t.sql('select topic_id from search_outbox')).toEqual([{ topic_id: refused.dbId }]);
    // With another thread in the batch, the fault is pinned on the document: it alone stays out.
    const fine = await ask(t, asker.client, { title: 'Walrus backups are fine though', body: 'Only the walrus restore has the problem, backups work.' });
    await caughtUp();
    expect(await documentOf(fine.dbId)).not.toBeNull();
    expect(await documentOf(refused.dbId)).toBeNull();
    expect(ids(await t.visitor().ok(SEARCH, { q: 'walrus' }))).toEqual([fine.id]);
    expect((await t.sql('select count(*)::int as n from search_outbox'))[0].n).toBe(0);
  });
});
