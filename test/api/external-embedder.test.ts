import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BundledEncoder } from '../../api/src/search/semantic/bundled-encoder.js';
import { ask } from '../support/forum.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SEARCH = 'query($q: String!) { search(query: $q) { edges { node { topic { id } } } } }';
const SIMILAR = 'query($title: String!) { similarTopics(title: $title) { topic { id } } }';

/**
 * A real embedding service on loopback, as a deployment would run one (bge, e5...): it answers
 * Meilisearch's REST embedder contract with the bundled encoder. It can be made slow or stopped.
 */
class EmbeddingServer {
  readonly encoder = new BundledEncoder();
  delayMs = 0;
  down = false;
  requests = 0;
  private server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', async () => {
      this.requests++;
      if (this.down) return void res.writeHead(503).end('down');
      await new Promise((resolve) => setTimeout(resolve, this.delayMs));
      try {
        const { input } = JSON.parse(body) as { input: string[] };
        const embeddings = await this.encoder.encode(input, 'document', 60_000);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ embeddings }));
      } catch (err) {
        res.writeHead(500).end((err as Error).message);
      }
    });
  });
  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/embed`;
  }
  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
    await this.encoder.close();
  }
}

const embedder = new EmbeddingServer();
let t: TestApp;
beforeAll(async () => {
  const url = await embedder.listen();
  t = await startTestApp({
    embedder: {
      kind: 'external',
      // What EMBEDDER=rest with EMBEDDER_SETTINGS gives.
      settings: { source: 'rest', url, dimensions: 512, request: { input: ['{{text}}', '{{..}}'] }, response: { embeddings: ['{{embedding}}', '{{..}}'] } },
    },
  });
});
afterAll(async () => {
  await t?.close();
  await embedder.close();
});

/** Meilisearch encodes in its own task queue: wait until it has nothing left to do for this index. */
async function meiliSettled() {
  const index = t.app.deps.meili.index(t.app.deps.searchIndex);
  await t.app.deps.indexer.idle(120_000);
  for (const task of (await t.app.deps.meili.tasks.getTasks({ indexUids: [index.uid], statuses: ['enqueued', 'processing'] })).results) {
    await t.app.deps.meili.tasks.waitForTask(task.uid, { timeout: 120_000 });
  }
}

describe('an external embedder that Meilisearch calls (EMBEDDER=rest)', () => {
  it('finds a thread by meaning alone, with vectors Meilisearch got from the embedding service', async () => {
    const asker = await t.user();
    const battery = await ask(t, asker.client, { title: 'Android app drains battery', body: 'Since the last update the Harbor app on my Android phone uses a lot of power in the background.' });
    await ask(t, asker.client, { title: 'How long are deleted files kept?', body: 'I removed a folder by mistake last month, can I still get it back?' });
    await ask(t, asker.client, { title: 'Restore is much slower than backup', body: 'Getting my files back takes days while uploading them took hours.' });
    await meiliSettled();
    expect(embedder.requests).toBeGreaterThan(0);
    const question = 'Mobile application kills the charge overnight';
    expect((await t.visitor().ok(SIMILAR, { title: question })).similarTopics[0].topic.id).toBe(battery.id);
    expect((await t.visitor().ok(SEARCH, { q: question })).search.edges[0].node.topic.id).toBe(battery.id);
  });

  it('a slow or stopped embedding service leaves posting and word search working', async () => {
    const asker = await t.user();
    const known = await ask(t, asker.client, { title: 'Selective sync keeps a folder only online', body: 'How do I keep a folder in the cloud without a local copy?' });
    await meiliSettled();
    for (const state of ['slow', 'down'] as const) {
      embedder.delayMs = state === 'slow' ? 5_000 : 0;
      embedder.down = state === 'down';
      try {
        const started = Date.now();
        expect((await t.visitor().ok(SIMILAR, { title: 'selective sync folder online' })).similarTopics[0].topic.id).toBe(known.id);
        expect((await t.visitor().ok(SEARCH, { q: 'selective sync' })).search.edges[0].node.topic.id).toBe(known.id);
        expect(Date.now() - started).toBeLessThan(4_000);
        // Posting never waits for the embedder.
        const posted = Date.now();
        await ask(t, asker.client, { title: `Posted while the embedder is ${state}`, body: 'The question is saved at once.' });
        expect(Date.now() - posted).toBeLessThan(2_000);
      } finally {
        embedder.delayMs = 0;
        embedder.down = false;
      }
    }
  });
});
