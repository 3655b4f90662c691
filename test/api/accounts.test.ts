import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect } from '../support/live.js';
import { startTestApp, unique, type TestApp } from '../support/test-app.js';

const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) { user { id displayName role email } } }';
const LOG_IN = 'mutation($input: LogInInput!) { logIn(input: $input) { user { id email } } }';
const LOG_OUT = 'mutation { logOut { loggedOut } }';
const VIEWER = '{ viewer { id displayName role email plan } }';
const CHANGE_ROLE = 'mutation($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { user { id role } } }';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

const userCount = async () => Number((await t.sql('select count(*) from app_user'))[0].count);

describe('signing up', () => {
  it('creates the account, signs it in with an httpOnly SameSite cookie, and stores only a hash of the token', async () => {
    const email = `${unique('ann')}@Example.TEST`;
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_UP, variables: { input: { email, password: 'a long enough secret', displayName: 'Ann' } } }),
    });
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.signUp.user).toMatchObject({ displayName: 'Ann', role: 'CUSTOMER', email: email.toLowerCase() });

    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('commons_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const token = cookie.split(';')[0]!.split('=')[1]!;
    expect(token.length).toBeGreaterThanOrEqual(40);

    const [user] = await t.sql('select id, password_hash from app_user where email = $1', [email.toLowerCase()]);
    expect(user.password_hash).toMatch(/^scrypt\$/);
    expect(user.password_hash).not.toContain('a long enough secret');
    const sessions = await t.sql('select token_hash from session where user_id = $1', [user.id]);
    expect(sessions).toHaveLength(1);
    expect(sessions[0].token_hash).not.toBe(token);
    expect(sessions[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['a malformed email', { email: 'not-an-email', password: 'long enough password', displayName: 'Bob' }, 'email'],
    ['a short password', { email: `${unique('b')}@example.test`, password: 'short', displayName: 'Bob' }, 'password'],
    ['an empty display name', { email: `${unique('b')}@example.test`, password: 'long enough password', displayName: ' ' }, 'displayName'],
    ['an oversized display name', { email: `${unique('b')}@example.test`, password: 'long enough password', displayName: 'x'.repeat(51) }, 'displayName'],
  ])('refuses %s with BAD_USER_INPUT on that field and writes nothing', async (_name, input, field) => {
    const before = await userCount();
    const result = await t.visitor().execute(SIGN_UP, { input });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields).toHaveProperty(field);
    expect(result.data).toBeNull();
    expect(await userCount()).toBe(before);
  });

  it('refuses a second account for the same address in any letter case, and writes nothing', async () => {
    const existing = await t.user();
    const before = await userCount();
    const visitor = t.visitor();
    const result = await visitor.execute(SIGN_UP, {
      input: { email: existing.email.toUpperCase(), password: 'another long password', displayName: 'Copycat' },
    });
    // A neutral answer: it does not say that an account exists (test/security/accounts.test.ts).
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { email: 'Cannot be used to sign up.' } });
    expect(await userCount()).toBe(before);
    expect(visitor.cookie).toBeNull();
  });

  it('makes one account of two simultaneous sign-ups for one address (a double click signs in once made)', async () => {
    const email = `${unique('race')}@example.test`;
    const input = { email, password: 'long enough password', displayName: 'Racer' };
    const results = await Promise.all([t.visitor().execute(SIGN_UP, { input }), t.visitor().execute(SIGN_UP, { input })]);
    expect(results.filter((r) => !r.errors).length).toBeGreaterThanOrEqual(1);
    for (const r of results) if (r.errors) expect(r.errors[0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect((await t.sql('select count(*) from app_user where email = $1', [email]))[0].count).toBe('1');
  });
});

describe('logging in and out', () => {
  it('signs in with the right password', async () => {
    const ann = await t.user();
    const browser = t.visitor();
    const result = await browser.execute(LOG_IN, { input: { email: ann.email, password: ann.password } });
    expect(result.data?.logIn.user).toEqual({ id: ann.id, email: ann.email });
    expect((await browser.ok(VIEWER)).viewer.id).toBe(ann.id);
  });

  it('gives one generic error for a wrong password and for an unknown address, and no session', async () => {
    const ann = await t.user();
    const sessionsBefore = (await t.sql('select count(*) from session'))[0].count;
    const wrongPassword = await t.visitor().execute(LOG_IN, { input: { email: ann.email, password: 'not the password' } });
    const unknownEmail = await t.visitor().execute(LOG_IN, { input: { email: `${unique('nobody')}@example.test`, password: ann.password } });
    for (const result of [wrongPassword, unknownEmail]) {
      expect(result.errors?.[0]).toMatchObject({ message: 'Email or password is incorrect.', extensions: { code: 'UNAUTHENTICATED' } });
    }
    expect((await t.sql('select count(*) from session'))[0].count).toBe(sessionsBefore);
  });

  it('logs out: the session row is deleted, the cookie cleared, and the old token no longer works', async () => {
    const ann = await t.user();
    const oldCookie = ann.client.cookie;
    expect((await ann.client.ok(LOG_OUT)).logOut.loggedOut).toBe(true);
    expect(ann.client.cookie).toBeNull();
    expect((await t.sql('select count(*) from session where user_id = $1', [ann.dbId]))[0].count).toBe('0');
    const replay = t.visitor();
    replay.cookie = oldCookie;
    expect((await replay.ok(VIEWER)).viewer).toBeNull();
  });

  it('treats an expired session as signed out', async () => {
    const ann = await t.user();
    await t.sql("update session set expires_at = now() - interval '1 second' where user_id = $1", [ann.dbId]);
    expect((await ann.client.ok(VIEWER)).viewer).toBeNull();
    const result = await ann.client.execute('{ users { edges { node { id } } } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('delays an address that failed on an account, even with the right password afterwards', async () => {
    const limited = await startTestApp({ policy: { login: { freeFailures: 3 } } });
    try {
      const ann = await limited.user();
      for (let i = 0; i < 3; i++) {
        const result = await limited.visitor().execute(LOG_IN, { input: { email: ann.email, password: 'wrong password' } });
        expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
      const blocked = await limited.visitor().execute(LOG_IN, { input: { email: ann.email, password: ann.password } });
      expect(blocked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});

describe('who sees what of a user', () => {
  it('shows the email and plan to the user themself, the plan to staff, the email to admins only', async () => {
    const ann = await t.user();
    const query = 'query($id: ID!) { node(id: $id) { ... on User { email plan } } }';
    const as = async (who: Awaited<ReturnType<TestApp['user']>> | null) =>
      (await (who?.client ?? t.visitor()).ok(query, { id: ann.id })).node;
    expect(await as(ann)).toEqual({ email: ann.email, plan: 'FREE' });
    expect(await as(null)).toEqual({ email: null, plan: null });
    expect(await as(await t.user('customer'))).toEqual({ email: null, plan: null });
    expect(await as(await t.user('expert'))).toEqual({ email: null, plan: null });
    expect(await as(await t.user('staff'))).toEqual({ email: null, plan: 'FREE' });
    expect(await as(await t.user('admin'))).toEqual({ email: ann.email, plan: 'FREE' });
  });
});

describe('changing roles', () => {
  it.each(['customer', 'expert', 'staff'] as const)('is forbidden to a %s, and changes nothing', async (role) => {
    const actor = await t.user(role);
    const target = await t.user();
    const result = await actor.client.execute(CHANGE_ROLE, { input: { userId: target.id, role: 'ADMIN' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.sql('select role from app_user where id = $1', [target.dbId]))[0].role).toBe('customer');
    // Not even for themself.
    const self = await actor.client.execute(CHANGE_ROLE, { input: { userId: actor.id, role: 'ADMIN' } });
    expect(self.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.sql('select role from app_user where id = $1', [actor.dbId]))[0].role).toBe(role);
  });

  it('needs a session', async () => {
    const target = await t.user();
    const result = await t.visitor().execute(CHANGE_ROLE, { input: { userId: target.id, role: 'STAFF' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('is done by an admin, and the user sees the new role', async () => {
    const admin = await t.user('admin');
    const target = await t.user();
    const result = await admin.client.ok(CHANGE_ROLE, { input: { userId: target.id, role: 'EXPERT' } });
    expect(result.changeUserRole.user).toEqual({ id: target.id, role: 'EXPERT' });
    expect((await target.client.ok(VIEWER)).viewer.role).toBe('EXPERT');
  });

  it('refuses bad ids, unknown users and unknown roles', async () => {
    const admin = await t.user('admin');
    const target = await t.user();
    const badId = await admin.client.execute(CHANGE_ROLE, { input: { userId: 'garbage', role: 'STAFF' } });
    expect(badId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { userId: expect.any(String) } });
    const topicId = Buffer.from('Topic:1').toString('base64url');
    const wrongType = await admin.client.execute(CHANGE_ROLE, { input: { userId: topicId, role: 'STAFF' } });
    expect(wrongType.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await admin.client.execute(CHANGE_ROLE, { input: { userId: Buffer.from('User:999999').toString('base64url'), role: 'STAFF' } });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const badRole = await admin.client.execute(CHANGE_ROLE, { input: { userId: target.id, role: 'OWNER' } });
    expect(badRole.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.sql('select role from app_user where id = $1', [target.dbId]))[0].role).toBe('customer');
  });

  it('does not let the last admin demote themself', async () => {
    const solo = await startTestApp();
    try {
      const admin = await solo.user('admin');
      const result = await admin.client.execute(CHANGE_ROLE, { input: { userId: admin.id, role: 'CUSTOMER' } });
      expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect((await solo.sql('select role from app_user where id = $1', [admin.dbId]))[0].role).toBe('admin');
    } finally {
      await solo.close();
    }
  });

  it('lists users to admins only', async () => {
    const query = '{ users(first: 5) { edges { node { id email } } pageInfo { hasNextPage } } }';
    for (const role of ['customer', 'expert', 'staff'] as const) {
      const result = await (await t.user(role)).client.execute(query);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await t.visitor().execute(query)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const listed = await (await t.user('admin')).client.ok(query);
    expect(listed.users.edges).toHaveLength(5);
    expect(listed.users.edges[0].node.email).toMatch(/@example\.test$/);
  });
});

describe('the WebSocket uses the same session', () => {
  const UNREAD = 'subscription { unreadNotificationCount }';

  it('knows the signed-in user', async () => {
    const ann = await t.user();
    const unread = collect<number>(ann.client, UNREAD, {}, 'unreadNotificationCount');
    expect(await unread.waitFor(1)).toEqual([0]);
    await unread.close();
  });

  it('refuses private subscriptions without a valid session, and runs no mutation at all', async () => {
    const target = await t.user();
    expect((await t.visitor().overWebSocket(UNREAD)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const expired = await t.user('admin');
    await t.sql("update session set expires_at = now() - interval '1 second' where user_id = $1", [expired.dbId]);
    expect((await expired.client.overWebSocket(UNREAD)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const forged = t.visitor();
    forged.cookie = 'commons_session=forged-token';
    expect((await forged.overWebSocket(UNREAD)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // Queries and mutations go over HTTP only, where every limit applies.
    const admin = await t.user('admin');
    const overSocket = await admin.client.overWebSocket(CHANGE_ROLE, { input: { userId: target.id, role: 'ADMIN' } });
    expect(overSocket.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect((await t.sql('select role from app_user where id = $1', [target.dbId]))[0].role).toBe('customer');
  });

  it('refuses a handshake from another site, which would otherwise carry the cookie', async () => {
    const ann = await t.user();
    const client = ann.client.webSocket({ origin: 'https://evil.example' });
    await expect(ann.client.overWebSocket(VIEWER, {}, client)).rejects.toBeTruthy();
  });

  it('cannot log in over a WebSocket, which cannot set a cookie', async () => {
    const ann = await t.user();
    const result = await t.visitor().overWebSocket(LOG_IN, { input: { email: ann.email, password: ann.password } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });
});
