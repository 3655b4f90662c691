import net from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { code } from '../support/roles.js';
import { startTestApp, unique, type TestApp } from '../support/test-app.js';

/**
 * A TCP relay between the app and PostgreSQL that can freeze: bytes stop flowing both ways and
 * new connections wait, as when the database host hangs (a stalled disk, a paused VM).
 */
function freezableRelay(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  let frozen = false;
  const waiting: Array<() => void> = [];
  const server = net.createServer((client) => {
    const open = () => {
      const upstream = net.connect(target.port, target.host);
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream);
      upstream.pipe(client);
    };
    if (frozen) waiting.push(open);
    else open();
  });
  return {
    listen: () => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port))),
    freeze() {
      frozen = true;
      for (const s of sockets) s.pause();
    },
    thaw() {
      frozen = false;
      for (const s of sockets) s.resume();
      for (const open of waiting.splice(0)) open();
    },
    close() {
      for (const s of sockets) s.destroy();
      server.close();
    },
  };
}

let t: TestApp;
let relay: ReturnType<typeof freezableRelay>;
beforeAll(async () => {
  const { maintenanceUrl, templateDatabase } = inject('postgres');
  const database = unique('frozen_').toLowerCase();
  const admin = new pg.Client({ connectionString: maintenanceUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database} TEMPLATE ${templateDatabase}`);
  await admin.end();
  const direct = new URL(maintenanceUrl);
  relay = freezableRelay({ host: direct.hostname, port: Number(direct.port) });
  const port = await relay.listen();
  direct.port = String(port);
  direct.pathname = `/${database}`;
  t = await startTestApp({ databaseUrl: direct.toString() });
});
afterAll(async () => {
  relay?.thaw();
  await t?.close();
  relay?.close();
});

it('with PostgreSQL frozen, /readyz says 503 within 2 s, requests fail with SERVICE_UNAVAILABLE instead of hanging, and all recovers', async () => {
  expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
  relay.freeze();
  try {
    let started = performance.now();
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect((await ready.json()).postgres).not.toBe('ok');

    started = performance.now();
    const query = t.visitor().execute('{ categories { id } topics(first: 5) { edges { node { id } } } }');
    // The process itself stays responsive meanwhile.
    const health = await fetch(`${t.url}/healthz`);
    expect(health.status).toBe(200);
    const result = await query;
    expect(code(result)).toBe('SERVICE_UNAVAILABLE');
    expect(performance.now() - started).toBeLessThan(10_000);
  } finally {
    relay.thaw();
  }
  await expect.poll(async () => (await fetch(`${t.url}/readyz`)).status, { timeout: 15_000, interval: 250 }).toBe(200);
  expect(code(await t.visitor().execute('{ categories { id } }'))).toBe('OK');
}, 40_000);
