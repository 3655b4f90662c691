import fs from 'node:fs/promises';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ask, firstCategoryId } from '../support/forum.js';
import { code } from '../support/roles.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Whatever a stranger sends, the process stays up and answers with a code, never a stack. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

const healthy = async () => (await fetch(`${t.url}/healthz`)).status;

/** A raw WebSocket handshake, so any header can be sent as a browser or a script would. */
function handshake(headers: Record<string, string>, target = '/graphql'): Promise<string> {
  const { hostname, port } = new URL(t.url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      const lines = [
        `GET ${target} HTTP/1.1`,
        `Host: ${hostname}:${port}`,
        'Upgrade: websocket',
        'Connection: Upgrade',
        'Sec-WebSocket-Version: 13',
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
        'Sec-WebSocket-Protocol: graphql-transport-ws',
        ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
      ];
      socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    });
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString();
      if (received.includes('\r\n\r\n')) {
        socket.destroy();
        resolve(received.split('\r\n')[0]!);
      }
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(received.split('\r\n')[0] ?? ''));
  });
}

describe('WebSocket handshakes', () => {
  it('refuses an Origin that is not a URL, or names another host, with 403 and stays up', async () => {
    const { host } = new URL(t.url);
    for (const origin of ['null', `http://${host}.evil.test`, 'http://[', '::::', `http://evil.test`]) {
      expect(await handshake({ Origin: origin }), origin).toBe('HTTP/1.1 403 Forbidden');
    }
    expect(await handshake({}, '//[')).toBe('HTTP/1.1 403 Forbidden');
    expect(await handshake({ Origin: t.url })).toBe('HTTP/1.1 101 Switching Protocols');
    expect(await healthy()).toBe(200);
  });
});

describe('request bodies', () => {
  const post = (body: string, contentType = 'application/json') =>
    fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('answers a malformed, oversize or foreign-charset body with a GraphQL error, never an HTML page or a stack', async () => {
    const cases: Array<[Response, number, string]> = [
      [await post('{"query": '), 400, 'BAD_REQUEST'],
      [await post(JSON.stringify({ query: `{ categories { id } }`, pad: 'x'.repeat(200_000) })), 413, 'PAYLOAD_TOO_LARGE'],
      [await post('{"query":"{ categories { id } }"}', 'application/json; charset=utf-16'), 400, 'BAD_REQUEST'],
    ];
    for (const [response, status, expected] of cases) {
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      const text = await response.text();
      expect(text).not.toMatch(/<html|<pre|node_modules|at .*\.js:\d+/i);
      expect(JSON.parse(text).errors[0].extensions.code).toBe(expected);
    }
    expect(await healthy()).toBe(200);
  });

  it('does not run persisted queries: a wrong hash is a client error', async () => {
    const response = await post(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } }, query: '{ categories { id } }' }));
    const body = await response.json();
    expect(code(body)).not.toBe('INTERNAL_SERVER_ERROR');
    expect(code(body)).toMatch(/^PERSISTED_QUERY_NOT_SUPPORTED|BAD_REQUEST$/);
  });
});

describe('string arguments', () => {
  it('takes a NUL byte anywhere without an internal error', async () => {
    const user = await t.user();
    const admin = await t.user('admin');
    const categoryId = await firstCategoryId(t);
    const asked = await user.client.execute('mutation($input: AskQuestionInput!) { askQuestion(input: $input) { topic { title body } } }', {
      input: { title: 'Backups stop\u0000 at night', body: 'Every night the backup\u0000 stops after an hour.', categoryId },
    });
    expect(code(asked)).toBe('OK');
    expect(asked.data!.askQuestion.topic.title).toBe('Backups stop at night');
    for (const [query, variables, who] of [
      ['query($s: String!) { category(slug: $s) { id } }', { s: 'gen\u0000eral' }, user.client],
      ['query($tag: String) { topics(tag: $tag) { edges { node { id } } } }', { tag: 'a\u0000b' }, user.client],
      ['query($q: String) { users(query: $q) { edges { node { id } } } }', { q: 'in\u0000es' }, admin.client],
    ] as const) {
      const result = await who.execute(query, variables);
      expect(code(result), query).not.toBe('INTERNAL_SERVER_ERROR');
    }
  });

  it('takes half an emoji (a lone surrogate) anywhere as a replacement character, and never cuts one in half itself', async () => {
    const user = await t.user();
    const categoryId = await firstCategoryId(t);
    // Sent as JSON escapes: a lone surrogate is valid JSON, but no valid UTF-8 (PostgreSQL and Meilisearch refuse it).
    const asked = await user.client.execute('mutation($input: AskQuestionInput!) { askQuestion(input: $input) { topic { id title } } }', {
      input: { title: 'Kingfisher restores \ud800 stall', body: 'Restoring with \udc00 in the path stalls.', categoryId },
    });
    expect(code(asked)).toBe('OK');
    const topic = asked.data!.askQuestion.topic;
    expect(topic.title).toBe('Kingfisher restores \ufffd stall');
    const stored = await t.visitor().ok<{ topic: { title: string; body: string } }>('query($id: ID!) { topic(id: $id) { title body } }', { id: topic.id });
    expect(stored.topic).toEqual({ title: topic.title, body: 'Restoring with \ufffd in the path stalls.' });
    for (const [query, variables] of [
      ['query($q: String!) { search(query: $q) { totalHits } }', { q: 'kingfisher \ud800' }],
      ['query($q: String!) { similarTopics(title: $q) { topicId } }', { q: 'kingfisher restores \udbff' }],
    ] as const) expect(code(await t.visitor().execute(query, variables)), query).toBe('OK');

    // An emoji across the indexed body's cut (4,000 characters) and across the signal's (200).
    const body = `Zebrafinch ${'w'.repeat(3_988)}\u{1F600} and more words after it.`;
    const long = await ask(t, user.client, { title: 'Zebrafinch backup with a long log', body });
    const query = `${'restore '.repeat(25).slice(0, 199)}\u{1F600} files`;
    expect(code(await t.visitor().execute('query($q: String!) { search(query: $q) { totalHits } }', { q: query }))).toBe('OK');
    await t.app.deps.signals.idle();
    const [recorded] = await t.sql("select query from deflection_event where kind = 'search' and query like 'restore restore%'");
    expect(recorded?.query).toBe('restore '.repeat(25).slice(0, 199));
    await t.app.deps.indexer.idle();
    const found = await t.visitor().ok<{ search: { edges: Array<{ node: { topic: { id: string } } }> } }>('query { search(query: "zebrafinch") { edges { node { topic { id } } } } }');
    expect(found.search.edges.map((e) => e.node.topic.id)).toContain(long.id);
  });

  it('does not count zero-width characters as a title, and control characters never become markup', async () => {
    const user = await t.user();
    const categoryId = await firstCategoryId(t);
    const invisible = await user.client.execute('mutation($input: AskQuestionInput!) { askQuestion(input: $input) { topic { id } } }', {
      input: { title: '\u200b'.repeat(12), body: 'A body that is long enough to pass on its own.', categoryId },
    });
    expect(code(invisible)).toBe('BAD_USER_INPUT');
    expect(invisible.errors![0]!.extensions!.fields).toHaveProperty('title');

    const marker = await ask(t, user.client, { title: 'Quartzite \u0002injected\u0003 markers', body: 'Quartzite body with \u0002mark\u0003 markers in it.' });
    await t.app.deps.indexer.idle();
    const found = await t.visitor().ok<{ search: { edges: Array<{ node: { titleHtml: string; topic: { id: string } } }> } }>(
      'query { search(query: "quartzite") { edges { node { titleHtml topic { id } } } } }',
    );
    const hit = found.search.edges.find((e) => e.node.topic.id === marker.id)!;
    expect(hit.node.titleHtml).toBe('<mark>Quartzite</mark> injected markers');
  });

  it('refuses dates outside what a forum can hold with BAD_USER_INPUT', async () => {
    const staff = await t.user('staff');
    for (const [query, from] of [
      ['query($from: DateTime) { slaByDay(from: $from) { day } }', '+275760-09-13T00:00:00Z'],
      ['query($from: DateTime) { topIssues(from: $from) { name } }', '0001-01-01T00:00:00Z'],
      ['query($from: DateTime!) { supportStats(from: $from, to: "2026-01-01T00:00:00Z") { __typename } }', '-000001-01-01T00:00:00Z'],
    ] as const) {
      expect(code(await staff.client.execute(query, { from })), from).toBe('BAD_USER_INPUT');
    }
    const literal = await staff.client.execute('{ slaByDay(from: "+275760-09-13T00:00:00Z") { day } }');
    expect(code(literal)).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
  });
});

describe('cursors', () => {
  it('refuse dates and offsets no list can reach with BAD_USER_INPUT', async () => {
    const cursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    for (const after of [cursor(['activity', '-271821-04-20T00:00:00.000Z', 1]), cursor(['activity', '+275760-09-13T00:00:00.000Z', 1])]) {
      expect(code(await t.visitor().execute('query($after: String) { topics(after: $after) { edges { node { id } } } }', { after }))).toBe('BAD_USER_INPUT');
    }
    const topic = await ask(t, (await t.user()).client);
    const deep = cursor([Number.MAX_SAFE_INTEGER - 1]);
    expect(code(await t.visitor().execute('query($id: ID!, $after: String) { topic(id: $id) { answers(after: $after) { edges { node { id } } } } }', { id: topic.id, after: deep }))).toBe('BAD_USER_INPUT');
  });
});

describe('the server-rendered thread page', () => {
  it('puts user text in the page as text: "$`", "$\'" and "$&" are not replacement patterns', async () => {
    const user = await t.user();
    const topic = await ask(t, user.client, { title: 'Dollar test $` title $\' and $&', body: 'Body with $` and $\' and $& in it, long enough.' });
    const response = await fetch(`${t.url}/t/${topic.id}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html.match(/<script type="module"/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(html).toContain('<title>Dollar test $` title $&#39; and $&#38; — Commons</title>');
    const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(JSON.parse(json).mainEntity.name).toBe("Dollar test $` title $' and $&");
  });
});

describe('ids', () => {
  it('accepts only the one canonical id of an object', async () => {
    const topic = await ask(t, (await t.user()).client);
    const encode = (raw: string) => Buffer.from(raw).toString('base64url');
    const query = 'query($id: ID!) { topic(id: $id) { id } }';
    expect((await t.visitor().ok(query, { id: topic.id })).topic.id).toBe(topic.id);
    for (const alias of [`Topic: ${topic.dbId}`, `Topic:0x${topic.dbId.toString(16)}`, `Topic:0${topic.dbId}`, `Topic:${topic.dbId}.0`, `${encode(`Topic:${topic.dbId}`)}=`]) {
      const id = alias.endsWith('=') ? alias : encode(alias);
      const result = await t.visitor().execute(query, { id });
      expect(result.data?.topic ?? null, alias).toBeNull();
    }
    for (const inherited of ['constructor:1', 'toString:1', '__proto__:1']) {
      expect(code(await t.visitor().execute('query($id: ID!) { node(id: $id) { id } }', { id: encode(inherited) })), inherited).toBe('OK');
    }
    const [{ id: thousand }] = await t.sql('select 1000 as id');
    const result = await t.visitor().execute(query, { id: encode(`Topic:${thousand / 1000}e3`) });
    expect(result.data?.topic ?? null).toBeNull();
  });
});

describe('the embedded Meilisearch', () => {
  it('does not show its master key on any command line', async () => {
    const { masterKey } = inject('meilisearch');
    const pids = (await fs.readdir('/proc')).filter((name) => /^\d+$/.test(name));
    for (const pid of pids) {
      const cmdline = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
      expect(cmdline.includes(masterKey), `process ${pid}`).toBe(false);
    }
  });
});
