import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedMeilisearch, type EmbeddedMeilisearchHandle } from '../../api/src/embedded/meilisearch.js';
import { freePort } from '../../api/src/embedded/process.js';
import { createLogger } from '../../api/src/logger.js';
import { LOCKS } from '../../api/src/db/advisory-lock.js';
import { rebuildIndex } from '../../api/src/search/reindex.js';
import { ACCEPT, answer, ask, firstCategoryId, OFFICIAL, VOTE } from '../support/forum.js';
import { startTestApp, unique, type TestApp } from '../support/test-app.js';

const SEARCH = `query($q: String!, $filter: SearchFilter, $first: Int, $after: String) {
  search(query: $q, filter: $filter, first: $first, after: $after) {
    totalHits
    edges { cursor node { titleHtml snippetHtml topic { id title status } } }
    pageInfo { hasNextPage endCursor }
    facets { categories { value label count } statuses { value count } tags { value count } }
  }
}`;
const SIMILAR = 'query($title: String!, $body: String) { similarTopics(title: $title, body: $body) { titleHtml answerExcerpt topic { id status } } }';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

const caughtUp = () => t.app.deps.indexer.idle();

describe('search', () => {
  it('finds a thread by its words, with typos, marks the matches, and shows its new status', async () => {
    const asker = await t.user();
    const word = `zorblax${crypto.randomBytes(2).toString('hex')}`;
    const topic = await ask(t, asker.client, { title: `Printer ${word} shows error after waking up`, body: 'The printer driver crashes every morning after the laptop wakes from sleep.' });
    const answerId = await answer((await t.user('expert')).client, topic.id, 'Reinstall the printer driver from the vendor site.');
    await caughtUp();
    let { search } = await t.visitor().ok(SEARCH, { q: word });
    expect(search.edges.map((e: any) => e.node.topic.id)).toEqual([topic.id]);
    expect(search.edges[0].node.titleHtml).toContain(`<mark>${word}</mark>`);
    expect(search.edges[0].node.topic.status).toBe('ANSWERED');

    // Accepting changes the document: findable by the answer's words, and resolved.
    await asker.client.ok(ACCEPT, { input: { answerId } });
    await caughtUp();
    ({ search } = await t.visitor().ok(SEARCH, { q: `${word} vendor` }));
    expect(search.edges[0].node.topic).toMatchObject({ id: topic.id, status: 'RESOLVED' });
    expect(search.edges[0].node.snippetHtml).toContain('<mark>vendor</mark>');
    // A typo still finds it.
    ({ search } = await t.visitor().ok(SEARCH, { q: `printr drivr ${word.slice(0, -1)}x` }));
    expect(search.edges.map((e: any) => e.node.topic.id)).toContain(topic.id);
  });

  it('puts resolved threads first among equally good matches, and filters and counts by facet', async () => {
    const tag = unique('tag-').toLowerCase().slice(0, 30);
    const word = `quuxfix${crypto.randomBytes(2).toString('hex')}`;
    const asker = await t.user();
    const staff = await t.user('staff');
    const open = await ask(t, asker.client, { title: `Widget ${word} keeps flickering`, body: `The widget ${word} flickers on every start of the app.`, tags: [tag] });
    const resolved = await ask(t, asker.client, { title: `Widget ${word} keeps flickering`, body: `The widget ${word} flickers on every start of the app.`, tags: [tag] });
    await staff.client.ok(OFFICIAL, { input: { answerId: await answer(staff.client, resolved.id, 'Update to 4.3.') } });
    await caughtUp();
    const { search } = await t.visitor().ok(SEARCH, { q: word });
    expect(search.edges.map((e: any) => e.node.topic.id)).toEqual([resolved.id, open.id]);
    expect(search.facets.statuses).toEqual(expect.arrayContaining([{ value: 'resolved', count: 1 }, { value: 'open', count: 1 }]));
    expect(search.facets.tags).toEqual([{ value: tag, count: 2 }]);
    expect(search.facets.categories[0]).toMatchObject({ value: expect.any(String), count: 2 });
    // A facet's value is what its filter takes: the category's id, as everywhere in the API.
    const byCategory = await t.visitor().execute(SEARCH, { q: word, filter: { categoryId: search.facets.categories[0].value } });
    expect(byCategory.errors).toBeUndefined();
    expect(byCategory.data!.search.edges).toHaveLength(2);

    const filtered = await t.visitor().ok(SEARCH, { q: word, filter: { status: 'OPEN', tags: [tag] } });
    expect(filtered.search.edges.map((e: any) => e.node.topic.id)).toEqual([open.id]);
    const paged = await t.visitor().ok(SEARCH, { q: word, first: 1 });
    expect(paged.search.pageInfo.hasNextPage).toBe(true);
    const next = await t.visitor().ok(SEARCH, { q: word, first: 1, after: paged.search.pageInfo.endCursor });
    expect(next.search.edges.map((e: any) => e.node.topic.id)).toEqual([open.id]);
  });

  it('escapes what users wrote around the marks', async () => {
    const word = `xssword${crypto.randomBytes(2).toString('hex')}`;
    await ask(t, (await t.user()).client, { title: `<img src=x onerror=alert(1)> ${word} title`, body: `<script>alert(1)</script> ${word} in the body text` });
    await caughtUp();
    const { search } = await t.visitor().ok(SEARCH, { q: word });
    const html = search.edges[0].node.titleHtml + search.edges[0].node.snippetHtml;
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('&#60;img');
    expect(html).toContain(`<mark>${word}</mark>`);
  });

  it('refuses oversized queries and bad cursors', async () => {
    expect((await t.visitor().execute(SEARCH, { q: 'x'.repeat(301) })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.visitor().execute(SEARCH, { q: 'printer', after: 'nope' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.visitor().execute(SIMILAR, { title: '   ' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('ask form suggestions', () => {
  it('suggest a resolved thread asked in other words, with its solution inline', async () => {
    const asker = await t.user();
    const word = `flimbo${crypto.randomBytes(2).toString('hex')}`;
    const topic = await ask(t, asker.client, { title: `How do I restore deleted ${word} photos from last week`, body: 'I deleted a folder of photos by mistake and need them back.' });
    const answerId = await answer((await t.user('expert')).client, topic.id, 'Open **Restore**, move the timeline to last week and pick the folder.');
    await asker.client.ok(ACCEPT, { input: { answerId } });
    await caughtUp();
    const { similarTopics } = await t.visitor().ok(SIMILAR, { title: `restoring ${word} photo deleted` });
    expect(similarTopics[0]).toMatchObject({ topic: { id: topic.id, status: 'RESOLVED' }, answerExcerpt: 'Open Restore, move the timeline to last week and pick the folder.' });
    expect(similarTopics[0].titleHtml).toContain(`<mark>${word}</mark>`);
  });
});

describe('when Meilisearch is down', () => {
  let meili: EmbeddedMeilisearchHandle;
  let down: TestApp;
  const dataDir = path.resolve('.data', unique('meili-outage-'));
  const port = { value: 0 };
  const masterKey = crypto.randomBytes(16).toString('hex');
  const log = createLogger({ level: 'silent', pretty: false });

  beforeAll(async () => {
    port.value = await freePort();
    meili = await startEmbeddedMeilisearch({ dataDir, port: port.value, masterKey, log });
  });
  afterAll(async () => {
    await down?.close();
    await meili?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('posting, voting and browsing keep working, search says it is unavailable, and the index catches up after', async () => {
    const base = await startTestApp();
    await base.close();
    down = await startTestApp({ databaseUrl: base.databaseUrl, meiliUrl: meili.url, meiliMasterKey: masterKey });
    const asker = await down.user();
    const expert = await down.user('expert');
    const before = await ask(down, asker.client, { title: 'Indexed before the outage happened' });
    await down.app.deps.indexer.idle();

    await meili.stop();
    const word = `outage${crypto.randomBytes(2).toString('hex')}`;
    const during = await ask(down, asker.client, { title: `Asked during the ${word} outage`, body: 'Search is down but asking must still work fine.' });
    const answerId = await answer(expert.client, during.id);
    await asker.client.ok(VOTE, { input: { answerId, value: 1 } });
    await asker.client.ok(ACCEPT, { input: { answerId } });
    const { topics } = await down.visitor().ok('{ topics(first: 5) { edges { node { id status } } } }');
    expect(topics.edges.map((e: any) => e.node.id)).toEqual(expect.arrayContaining([before.id, during.id]));
    const failed = await down.visitor().execute(SEARCH, { q: word });
    expect(failed.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(await down.app.deps.indexer.pending()).toBeGreaterThan(0);
    expect((await fetch(`${down.url}/readyz`)).status).toBe(503);

    meili = await startEmbeddedMeilisearch({ dataDir, port: port.value, masterKey, log });
    await down.app.deps.indexer.idle(20_000);
    expect(await down.app.deps.indexer.pending()).toBe(0);
    const { search } = await down.visitor().ok(SEARCH, { q: word });
    expect(search.edges.map((e: any) => e.node.topic)).toEqual([{ id: during.id, title: `Asked during the ${word} outage`, status: 'RESOLVED' }]);
  }, 60_000);
});

describe('rebuilding the index', () => {
  it('rebuilds from PostgreSQL into a fresh index, swaps it in, and the counts match', async () => {
    const word = `rebuilt${crypto.randomBytes(2).toString('hex')}`;
    const topic = await ask(t, (await t.user()).client, { title: `Thread to find after the ${word} rebuild` });
    await caughtUp();
    await t.app.deps.meili.index(t.app.deps.searchIndex).deleteAllDocuments().waitTask();
    expect((await t.visitor().ok(SEARCH, { q: word })).search.edges).toEqual([]);
    const progress: number[] = [];
    const report = await rebuildIndex(t.app.deps.orm, t.app.deps.meili, t.app.deps.searchIndex, t.app.deps.semantic, (done) => progress.push(done));
    const [{ n }] = await t.sql('select count(*)::int as n from topic');
    expect(report).toMatchObject({ topics: n, indexed: n });
    expect(progress.at(-1)).toBe(n);
    expect((await t.visitor().ok(SEARCH, { q: word })).search.edges.map((e: any) => e.node.topic.id)).toEqual([topic.id]);
  });

  it('runs one rebuild at a time: a second one (another API process) waits for the first and can then find nothing to do', async () => {
    const { orm, meili, searchIndex, semantic } = t.app.deps;
    const events: string[] = [];
    const first = rebuildIndex(orm, meili, searchIndex, semantic, (done, total) => {
      if (done === total) events.push('first finished');
    });
    // The second starts once the first holds the lock; it asks `unless` only when it holds it in turn.
    const held = async () =>
      (await t.sql("select count(*)::int as n from pg_locks where locktype = 'advisory' and ((classid::bigint << 32) | objid::bigint) = $1", [LOCKS.searchRebuild]))[0].n > 0;
    while (!(await held())) await new Promise((r) => setTimeout(r, 5));
    const second = rebuildIndex(orm, meili, searchIndex, semantic, () => events.push('second built'), {
      unless: async () => {
        events.push('second checked');
        return true;
      },
    });
    const [report, skipped] = await Promise.all([first, second]);
    expect(events).toEqual(['first finished', 'second checked']);
    expect(report.skipped).toBeUndefined();
    expect(skipped.skipped).toBe(true);
    expect((await meili.getIndexes({ limit: 100 })).results.map((i) => i.uid).filter((uid) => uid.startsWith(`${searchIndex}_rebuild_`))).toEqual([]);
  });
});

describe('the outbox', () => {
  it('is written in the same transaction as the change, and not at all when the change fails', async () => {
    const asker = await t.user();
    const before = (await t.sql('select count(*)::int as n from search_outbox'))[0].n;
    await t.app.deps.indexer.stop();
    try {
      await ask(t, asker.client);
      expect((await t.sql('select count(*)::int as n from search_outbox'))[0].n).toBe(before + 1);
      const refused = await asker.client.execute('mutation($input: AskQuestionInput!) { askQuestion(input: $input) { topic { id } } }', {
        input: { title: 'short', body: 'too short', categoryId: await firstCategoryId(t) },
      });
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await t.sql('select count(*)::int as n from search_outbox'))[0].n).toBe(before + 1);
    } finally {
      t.app.deps.indexer.start();
    }
  });
});
