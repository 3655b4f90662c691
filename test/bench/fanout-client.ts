/**
 * One subscriber process of the fan-out benchmark: opens `count` WebSockets to the server and
 * reports, per received message, the wall-clock time it arrived.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { now } from './harness.js';

const [mode, url = '', topicId, countArg] = process.argv.slice(2);
const count = Number(countArg);
const received = new Map<string, number[]>();
const record = (key: string) => {
  const t = now();
  const list = received.get(key);
  if (list) list.push(t);
  else received.set(key, [t]);
};

const QUERY = `subscription($topicId: ID!) { topicActivity(topicId: $topicId) {
  cursor kind topic { id status answerCount meTooCount acceptedAnswerId officialAnswerId } answer { id score bodyHtml author { id displayName } } } }`;

let open = 0;
async function connectGraphQL() {
  await new Promise<void>((resolve, reject) => {
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      on: { connected: () => resolve(), error: reject },
    });
    client.subscribe<{ topicActivity: { cursor: string } }>(
      { query: QUERY, variables: { topicId } },
      { next: (v) => v.data && record(v.data.topicActivity.cursor), error: (e) => console.error('subscription error', e), complete: () => {} },
    );
  });
  open++;
}

async function connectBare() {
  await new Promise<void>((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.on('open', () => resolve());
    ws.on('error', reject);
    ws.on('message', (data: Buffer) => record(JSON.parse(data.toString()).seq));
  });
  open++;
}

const connect = mode === 'bare' ? connectBare : connectGraphQL;
// Open in small waves: thousands of simultaneous handshakes would measure the accept queue, not fan-out.
for (let i = 0; i < count; i += 50) await Promise.all(Array.from({ length: Math.min(50, count - i) }, connect));
process.send!({ type: 'ready', open });
process.on('message', (message: { type: string }) => {
  if (message.type === 'report') {
    process.send!({ type: 'report', received: Object.fromEntries(received) });
  }
});
