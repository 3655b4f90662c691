import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../api/src/accounts/password.js';
import { ask } from '../support/forum.js';
import { code } from '../support/roles.js';
import { startTestApp, unique, type TestApp } from '../support/test-app.js';

const LOG_IN = 'mutation($input: LogInInput!) { logIn(input: $input) { user { id } } }';
const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) { user { id displayName } } }';

interface Reply {
  status: number;
  body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, any> }> };
}

/** A request from another loopback address (127.0.0.0/8 is all this machine): another visitor's IP. */
function postFrom(address: string, url: string, query: string, variables: Record<string, unknown>): Promise<Reply> {
  const target = new URL('/graphql', url);
  const payload = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', localAddress: address, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
      (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

const replyCode = (reply: Reply) => code(reply.body);
const address = (n: number) => `127.0.${Math.floor(n / 250)}.${(n % 250) + 2}`;
let nextAddress = 10;
const freshAddress = () => address(nextAddress++);

describe('login throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The real policy (default limits), with a cheap hash so the test is quick.
    t = await startTestApp({ policy: { login: { freeFailures: 5, maxDelaySeconds: 900, addressFailuresPerHour: 100, accountUnderAttackAfter: 20 } } });
  });
  afterAll(async () => t?.close());

  it('wrong passwords from ten addresses do not lock the owner out', async () => {
    const owner = await t.user();
    for (let i = 0; i < 10; i++) {
      expect(replyCode(await postFrom(freshAddress(), t.url, LOG_IN, { input: { email: owner.email, password: `guess number ${i}` } }))).toBe('UNAUTHENTICATED');
    }
    expect(replyCode(await postFrom(freshAddress(), t.url, LOG_IN, { input: { email: owner.email, password: owner.password } }))).toBe('OK');
  });

  it('successful logins never count: one office address signs in many people many times', async () => {
    const office = freshAddress();
    const people = await Promise.all(Array.from({ length: 6 }, () => t.user()));
    for (let round = 0; round < 3; round++) {
      for (const person of people) {
        expect(replyCode(await postFrom(office, t.url, LOG_IN, { input: { email: person.email, password: person.password } }))).toBe('OK');
      }
    }
  });

  it('an address guessing at one account waits longer after each failure past the free ones, and the owner elsewhere still gets in', async () => {
    const owner = await t.user();
    const guesser = freshAddress();
    for (let i = 0; i < 5; i++) await postFrom(guesser, t.url, LOG_IN, { input: { email: owner.email, password: `guess ${i}` } });
    const waiting = await postFrom(guesser, t.url, LOG_IN, { input: { email: owner.email, password: owner.password } });
    expect(replyCode(waiting)).toBe('RATE_LIMITED');
    expect(waiting.body.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    // The delay doubles: the stored block for the pair grows with each further failure.
    await t.sql("update rate_limit set expire = 0 where key like 'login_delay:%'");
    await postFrom(guesser, t.url, LOG_IN, { input: { email: owner.email, password: 'guess 6' } });
    const longer = await postFrom(guesser, t.url, LOG_IN, { input: { email: owner.email, password: 'guess 7' } });
    expect(longer.body.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThanOrEqual(2);
    expect(replyCode(await postFrom(freshAddress(), t.url, LOG_IN, { input: { email: owner.email, password: owner.password } }))).toBe('OK');
  });

  it('keeps its counts in the database: another API process, or a restart, sees the same delay', async () => {
    const owner = await t.user();
    const guesser = freshAddress();
    for (let i = 0; i < 6; i++) await postFrom(guesser, t.url, LOG_IN, { input: { email: owner.email, password: `guess ${i}` } });
    const second = await startTestApp({ databaseUrl: t.databaseUrl, policy: { login: { freeFailures: 5 } } });
    try {
      expect(replyCode(await postFrom(guesser, second.url, LOG_IN, { input: { email: owner.email, password: owner.password } }))).toBe('RATE_LIMITED');
    } finally {
      await second.close();
    }
    expect((await t.sql("select count(*)::int as n from rate_limit where key like 'login_fail_pair:%'"))[0].n).toBeGreaterThan(0);
  });

  it('guesses sent all at once are throttled like guesses sent one by one', async () => {
    const owner = await t.user();
    const burst = freshAddress();
    const replies = await Promise.all(Array.from({ length: 20 }, (_, i) => postFrom(burst, t.url, LOG_IN, { input: { email: owner.email, password: `parallel guess ${i}` } })));
    const guessed = replies.filter((r) => replyCode(r) === 'UNAUTHENTICATED').length;
    // The five free tries, and at most one past them; the rest never reach the password check.
    expect(guessed).toBeLessThanOrEqual(6);
    expect(replies.filter((r) => replyCode(r) === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(14);
    expect(replyCode(await postFrom(freshAddress(), t.url, LOG_IN, { input: { email: owner.email, password: owner.password } }))).toBe('OK');
  });

  it('an account attacked from many addresses gives each address one try, the clean owner still gets in', async () => {
    const owner = await t.user();
    const attackers = Array.from({ length: 22 }, () => freshAddress());
    for (const a of attackers) await postFrom(a, t.url, LOG_IN, { input: { email: owner.email, password: 'spray guess' } });
    // Under attack: an address that already failed on this account waits before its second try.
    expect(replyCode(await postFrom(attackers[0]!, t.url, LOG_IN, { input: { email: owner.email, password: 'second guess' } }))).toBe('RATE_LIMITED');
    expect(replyCode(await postFrom(freshAddress(), t.url, LOG_IN, { input: { email: owner.email, password: owner.password } }))).toBe('OK');
  });
});

describe('the visitor address behind a proxy', () => {
  const tryLogin = (url: string, forwardedFor: string, email: string, password: string) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ query: LOG_IN, variables: { input: { email, password } } }),
    }).then(async (r) => code(await r.json()));

  it('ignores a forged X-Forwarded-For unless the proxy is trusted (TRUST_PROXY)', async () => {
    const direct = await startTestApp({ policy: { login: { freeFailures: 2 } } });
    const proxied = await startTestApp({ policy: { login: { freeFailures: 2 } }, trustProxy: 'loopback' });
    try {
      const owner = await direct.user();
      for (let i = 0; i < 3; i++) await tryLogin(direct.url, `198.51.100.${i}`, owner.email, 'wrong guess');
      expect(await tryLogin(direct.url, '198.51.100.99', owner.email, owner.password)).toBe('RATE_LIMITED');

      const member = await proxied.user();
      for (let i = 0; i < 3; i++) await tryLogin(proxied.url, '203.0.113.5', member.email, 'wrong guess');
      expect(await tryLogin(proxied.url, '203.0.113.5', member.email, member.password)).toBe('RATE_LIMITED');
      expect(await tryLogin(proxied.url, '203.0.113.6', member.email, member.password)).toBe('OK');
    } finally {
      await direct.close();
      await proxied.close();
    }
  });
});

describe('accounts that cannot be guessed or confused', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ policy: { passwordCost: 14 } });
  });
  afterAll(async () => t?.close());

  it('refuses passwords on the common lists, repetitive ones and the email itself', async () => {
    for (const [password, email] of [
      ['aaaaaaaaaa', `${unique('w')}@example.test`],
      ['password123', `${unique('w')}@example.test`],
      ['         x', `${unique('w')}@example.test`],
    ] as const) {
      const result = await t.visitor().execute(SIGN_UP, { input: { email, password, displayName: unique('Weak ') } });
      expect(code(result), password).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.extensions!.fields).toHaveProperty('password');
    }
    const email = `${unique('self')}@example.test`;
    const self = await t.visitor().execute(SIGN_UP, { input: { email, password: email, displayName: unique('Self ') } });
    expect(code(self)).toBe('BAD_USER_INPUT');
    expect(code(await t.visitor().execute(SIGN_UP, { input: { email: `${unique('ok')}@example.test`, password: 'purple otter lamp', displayName: unique('Fine ') } }))).toBe('OK');
  });

  it("refuses another member's name in any case, spacing or look-alike letters", async () => {
    const name = `Ines Okafor ${unique('').slice(-4)}`;
    await t.user('staff', { displayName: name });
    const suffix = name.slice('Ines Okafor '.length);
    for (const copy of [name.toUpperCase(), `ines  okafor ${suffix}`, `Іnes Okаfor ${suffix}`, `Ines.Okafor ${suffix}`, `lnes 0kafor ${suffix}`]) {
      const result = await t.visitor().execute(SIGN_UP, { input: { email: `${unique('copy')}@example.test`, password: 'purple otter lamp', displayName: copy } });
      expect(code(result), copy).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.extensions!.fields).toHaveProperty('displayName');
    }
  });

  it('answers a sign-up for a registered address without saying that it is registered', async () => {
    const existing = await t.user();
    const result = await t.visitor().execute(SIGN_UP, { input: { email: existing.email, password: 'another long password', displayName: unique('Other ') } });
    expect(code(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).not.toMatch(/exist|registered|already/i);
    // Not a way around login's throttling either: even the right password does not sign in here.
    const again = t.visitor();
    const withPassword = await again.execute(SIGN_UP, { input: { email: existing.email, password: existing.password, displayName: unique('Again ') } });
    expect(code(withPassword)).toBe('BAD_USER_INPUT');
    expect(withPassword.errors![0]!.message).toBe(result.errors![0]!.message);
    expect(again.cookie).toBeNull();
  });

  it('costs the same time to log in as an unknown address or an account with an older, cheaper hash, and upgrades that hash', async () => {
    const old = await t.user();
    await t.sql('update app_user set password_hash = $1 where id = $2', [await hashPassword(old.password, 8), old.dbId]);
    const time = async (email: string, password: string) => {
      const started = performance.now();
      await t.visitor().execute(LOG_IN, { input: { email, password } });
      return performance.now() - started;
    };
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const unknown: number[] = [];
    const weak: number[] = [];
    for (let i = 0; i < 5; i++) {
      unknown.push(await time(`${unique('nobody')}@example.test`, 'some guess here'));
      weak.push(await time(old.email, 'some guess here'));
    }
    const ratio = median(weak) / median(unknown);
    expect(ratio).toBeGreaterThan(0.6);
    expect(ratio).toBeLessThan(1.8);
    expect(code(await t.visitor().execute(LOG_IN, { input: { email: old.email, password: old.password } }))).toBe('OK');
    const [{ password_hash: upgraded }] = await t.sql('select password_hash from app_user where id = $1', [old.dbId]);
    expect(upgraded.split('$')[1]).toBe(String(2 ** 14));
  });
});

describe('password hashing under a flood', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ policy: { passwordCost: 16 } });
  });
  afterAll(async () => t?.close());

  it('a thread page answers while 16 logins for unknown addresses are still hashing', async () => {
    const topic = await ask(t, (await t.user()).client);
    let pending = 16;
    const flood = Array.from({ length: 16 }, (_, i) =>
      postFrom(freshAddress(), t.url, LOG_IN, { input: { email: `${unique(`flood${i}`)}@example.test`, password: 'some guess here' } }).finally(() => pending--),
    );
    await new Promise((r) => setTimeout(r, 200));
    const page = await fetch(`${t.url}/t/${topic.id}`);
    expect(page.status).toBe(200);
    // Hashing waits in its own queue; file reads and queries are not stuck behind it.
    expect(pending).toBeGreaterThanOrEqual(8);
    const replies = await Promise.all(flood);
    for (const reply of replies) expect(['UNAUTHENTICATED', 'RATE_LIMITED']).toContain(replyCode(reply));
  }, 60_000);
});
