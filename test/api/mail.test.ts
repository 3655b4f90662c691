import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailCatcher, type CaughtMessage } from '../../api/src/mail/catcher.js';
import { answer, ask } from '../support/forum.js';
import { GraphQLClient } from '../support/graphql-client.js';
import { callers, code, runAs, userFor } from '../support/roles.js';
import { startTestApp, unique, type TestApp, type TestUser } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ mail: true });
});
afterAll(async () => t?.close());

const VIEWER = '{ viewer { id displayName email emailVerified isDeleted avatarUrl } }';
const VERIFY = 'mutation($input: EmailTokenInput!) { verifyEmail(input: $input) { user { id } } }';
const REQUEST_RESET = 'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { accepted } }';
const RESET = 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { user { id email } } }';
const LOG_IN = 'mutation($input: LogInInput!) { logIn(input: $input) { user { id } } }';
const CHANGE_EMAIL = 'mutation($input: ChangeEmailInput!) { changeEmail(input: $input) { pendingEmail } }';
const CONFIRM_EMAIL = 'mutation($input: EmailTokenInput!) { confirmEmailChange(input: $input) { user { id email emailVerified } } }';
const CHANGE_PASSWORD = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { endedSessions } }';
const PREFERENCE = 'mutation($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { preferences { kind enabled email } } }';
const UNSUBSCRIBE = 'mutation($input: UnsubscribeInput!) { unsubscribe(input: $input) { kinds } }';
const HIDE = 'mutation($input: SetPostHiddenInput!) { setPostHidden(input: $input) { answer { id isHidden } topic { id isHidden } } }';

const mail = () => t.mail!;
/** The token in the first link of a message that goes to `path`. */
const tokenIn = (message: CaughtMessage, path: string) => {
  const link = message.links.find((l) => new URL(l).pathname === path);
  if (!link) throw new Error(`No ${path} link in: ${message.text}`);
  return new URL(link).searchParams.get('token')!;
};
const inbox = (address: string, subject: RegExp, count = 1) => mail().waitFor((m) => m.envelopeTo.includes(address) && subject.test(m.subject), count);
const outboxOf = (address: string) => t.sql<{ kind: string; state: string }>('select kind, state from mail_outbox where to_address = $1 order by id', [address]);

async function verified(role: Parameters<TestApp['user']>[0] = 'customer', overrides = {}): Promise<TestUser> {
  const user = await t.user(role, overrides);
  const [message] = await inbox(user.email, /Confirm your email/);
  await user.client.ok(VERIFY, { input: { token: tokenIn(message!, '/verify-email') } });
  return user;
}

describe('verification', () => {
  it('sign-up sends a link with plain-text and HTML parts; opening it confirms the address once', async () => {
    const user = await t.user();
    expect((await user.client.ok(VIEWER)).viewer.emailVerified).toBe(false);
    const [message] = await inbox(user.email, /Confirm your email/);
    expect(message!.text).toContain('Confirm my address');
    expect(message!.html).toContain('<a href=');
    expect(message!.headers.get('reply-to')).toBeTruthy();
    expect(message!.text).toMatch(/Replies to this email are not read/);
    // Account emails have no unsubscribe: they are the account's own.
    expect(message!.headers.has('list-unsubscribe')).toBe(false);
    const token = tokenIn(message!, '/verify-email');
    // The link works from another browser, signed out.
    expect((await t.visitor().ok(VERIFY, { input: { token } })).verifyEmail.user.id).toBe(user.id);
    expect((await user.client.ok(VIEWER)).viewer.emailVerified).toBe(true);
    const reused = await t.visitor().execute(VERIFY, { input: { token } });
    expect(code(reused)).toBe('BAD_USER_INPUT');
    expect(reused.errors![0]!.message).toMatch(/expired or has already been used/);
  });

  it('forged, oversize and empty tokens are refused and change nothing', async () => {
    const user = await t.user();
    for (const token of ['x'.repeat(43), 'a'.repeat(5000), '', '../../etc']) {
      expect(code(await t.visitor().execute(VERIFY, { input: { token } }))).toBe('BAD_USER_INPUT');
    }
    expect((await user.client.ok(VIEWER)).viewer.emailVerified).toBe(false);
  });

  it('resending replaces the earlier link; a confirmed address cannot ask again', async () => {
    const user = await t.user();
    const [first] = await inbox(user.email, /Confirm your email/);
    expect((await user.client.ok('mutation { resendVerification { email } }')).resendVerification.email).toBe(user.email);
    const [, second] = await inbox(user.email, /Confirm your email/, 2);
    expect(code(await t.visitor().execute(VERIFY, { input: { token: tokenIn(first!, '/verify-email') } }))).toBe('BAD_USER_INPUT');
    await t.visitor().ok(VERIFY, { input: { token: tokenIn(second!, '/verify-email') } });
    expect(code(await user.client.execute('mutation { resendVerification { email } }'))).toBe('CONFLICT');
    expect(code(await t.visitor().execute('mutation { resendVerification { email } }'))).toBe('UNAUTHENTICATED');
  });

  it('signing up with a registered address tells its owner by email', async () => {
    const owner = await t.user();
    const result = await t.visitor().execute('mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }', {
      input: { email: owner.email, password: 'another long passphrase', displayName: unique('Other ').slice(0, 40) },
    });
    expect(code(result)).toBe('BAD_USER_INPUT');
    await inbox(owner.email, /tried to sign up with your address/);
  });
});

describe('password reset', () => {
  it('a single-use link sets a new password, signs in, and ends every other session', async () => {
    const user = await t.user();
    const otherDevice = new GraphQLClient(t.url);
    await otherDevice.ok(LOG_IN, { input: { email: user.email, password: user.password } });
    expect((await t.visitor().ok(REQUEST_RESET, { input: { email: user.email.toUpperCase() } })).requestPasswordReset.accepted).toBe(true);
    const [message] = await inbox(user.email, /Reset your password/);
    expect(message!.text).toMatch(/works once, for 60 minutes/);
    const token = tokenIn(message!, '/reset-password');
    expect(await t.sql('select token_hash from account_token where token_hash = $1', [token])).toEqual([]); // stored hashed

    const browser = new GraphQLClient(t.url);
    const { resetPassword } = await browser.ok(RESET, { input: { token, password: 'a brand new passphrase' } });
    expect(resetPassword.user.id).toBe(user.id);
    expect((await browser.ok(VIEWER)).viewer.id).toBe(user.id);
    expect((await user.client.ok(VIEWER)).viewer).toBeNull();
    expect((await otherDevice.ok(VIEWER)).viewer).toBeNull();
    expect(code(await t.visitor().execute(LOG_IN, { input: { email: user.email, password: user.password } }))).toBe('UNAUTHENTICATED');
    await t.visitor().ok(LOG_IN, { input: { email: user.email, password: 'a brand new passphrase' } });
    // The link reached the inbox: the address counts as confirmed.
    expect((await browser.ok(VIEWER)).viewer.emailVerified).toBe(true);
    expect(code(await t.visitor().execute(RESET, { input: { token, password: 'yet another passphrase' } }))).toBe('BAD_USER_INPUT');
  });

  it('an unknown address gets the same answer and no email', async () => {
    const nobody = `${unique('nobody')}@example.test`;
    const result = await t.visitor().execute(REQUEST_RESET, { input: { email: nobody } });
    expect(result).toEqual({ data: { requestPasswordReset: { accepted: true } } });
    expect(await outboxOf(nobody)).toEqual([]);
  });

  it('expired links and weak passwords change nothing; a weak password leaves the link usable', async () => {
    const user = await t.user();
    await t.visitor().ok(REQUEST_RESET, { input: { email: user.email } });
    const token = tokenIn((await inbox(user.email, /Reset your password/))[0]!, '/reset-password');
    const weak = await t.visitor().execute(RESET, { input: { token, password: 'password123' } });
    expect(code(weak)).toBe('BAD_USER_INPUT');
    expect(weak.errors![0]!.extensions!.fields).toHaveProperty('password');
    expect((await user.client.ok(VIEWER)).viewer.id).toBe(user.id); // still signed in

    await t.sql("update account_token set expires_at = now() - interval '1 second' where user_id = $1 and purpose = 'reset_password'", [user.dbId]);
    expect(code(await t.visitor().execute(RESET, { input: { token, password: 'a brand new passphrase' } }))).toBe('BAD_USER_INPUT');
    await t.visitor().ok(LOG_IN, { input: { email: user.email, password: user.password } });
  });

  it('oversize and malformed input is refused with the field named', async () => {
    for (const email of ['x'.repeat(300) + '@example.test', 'not an address', '']) {
      const result = await t.visitor().execute(REQUEST_RESET, { input: { email } });
      expect(code(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.extensions!.fields).toHaveProperty('email');
    }
  });

  it('requests are limited per address and per client address', async () => {
    const limited = await startTestApp({ mail: true, policy: { rateLimits: { accountEmailPerAddress: { limit: 2, windowSeconds: 3600 }, accountEmail: { limit: 4, windowSeconds: 3600 } } } });
    try {
      const user = await limited.user();
      const request = (email: string) => limited.visitor().execute(REQUEST_RESET, { input: { email } });
      expect(code(await request(user.email))).toBe('OK');
      expect(code(await request(user.email))).toBe('OK');
      const third = await request(user.email);
      expect(code(third)).toBe('RATE_LIMITED');
      expect(third.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
      // Other addresses from the same client: the per-client allowance ends it too.
      expect(code(await request(`${unique('a')}@example.test`))).toBe('OK');
      expect(code(await request(`${unique('b')}@example.test`))).toBe('RATE_LIMITED');
      expect((await limited.sql("select count(*)::int as n from mail_outbox where kind = 'reset_password'"))[0].n).toBe(2);
    } finally {
      await limited.close();
    }
  });
});

describe('email and password changes', () => {
  it('a new address is confirmed through a link sent to it; the old address is told', async () => {
    const user = await t.user();
    const next = `${unique('moved')}@example.test`;
    expect(code(await user.client.execute(CHANGE_EMAIL, { input: { email: next, currentPassword: 'wrong password here' } }))).toBe('BAD_USER_INPUT');
    expect(await outboxOf(next)).toEqual([]);
    expect((await user.client.ok(CHANGE_EMAIL, { input: { email: next, currentPassword: user.password } })).changeEmail.pendingEmail).toBe(next);
    await inbox(user.email, /about to change/);
    const [confirm] = await inbox(next, /Confirm your new email/);
    expect((await user.client.ok(VIEWER)).viewer.email).toBe(user.email); // not until the link is opened
    const { confirmEmailChange } = await user.client.ok(CONFIRM_EMAIL, { input: { token: tokenIn(confirm!, '/confirm-email') } });
    expect(confirmEmailChange.user).toMatchObject({ email: next, emailVerified: true });
    await t.visitor().ok(LOG_IN, { input: { email: next, password: user.password } });
  });

  it("moving to another account's address says the same and changes nothing; that address gets a note", async () => {
    const [user, other] = [await t.user(), await t.user()];
    const result = await user.client.execute(CHANGE_EMAIL, { input: { email: other.email, currentPassword: user.password } });
    expect(result.data).toEqual({ changeEmail: { pendingEmail: other.email } });
    await inbox(other.email, /already has an account/);
    expect(await t.sql("select 1 from account_token where user_id = $1 and purpose = 'change_email'", [user.dbId])).toEqual([]);
    expect((await user.client.ok(VIEWER)).viewer.email).toBe(user.email);
  });

  it('a reset or password change cancels a pending address change, and a completed change tells the old address', async () => {
    // Someone with the password asks to move the account to their address.
    const victim = await t.user();
    const thief = `${unique('thief')}@example.test`;
    await victim.client.ok(CHANGE_EMAIL, { input: { email: thief, currentPassword: victim.password } });
    const stolenLink = tokenIn((await inbox(thief, /Confirm your new email/))[0]!, '/confirm-email');
    // The owner, warned by email, resets the password: the pending change dies with the old password.
    await t.visitor().ok(REQUEST_RESET, { input: { email: victim.email } });
    await t.visitor().ok(RESET, { input: { token: tokenIn((await inbox(victim.email, /Reset your password/))[0]!, '/reset-password'), password: 'the owner is back in' } });
    expect(code(await t.visitor().execute(CONFIRM_EMAIL, { input: { token: stolenLink } }))).toBe('BAD_USER_INPUT');

    // The same through a password change.
    const other = await t.user();
    const elsewhere = `${unique('elsewhere')}@example.test`;
    await other.client.ok(CHANGE_EMAIL, { input: { email: elsewhere, currentPassword: other.password } });
    const pending = tokenIn((await inbox(elsewhere, /Confirm your new email/))[0]!, '/confirm-email');
    await other.client.ok(CHANGE_PASSWORD, { input: { currentPassword: other.password, newPassword: 'a changed passphrase' } });
    expect(code(await t.visitor().execute(CONFIRM_EMAIL, { input: { token: pending } }))).toBe('BAD_USER_INPUT');

    // A completed change: the old address is told, and a reset link sent there no longer works.
    const mover = await t.user();
    const next = `${unique('next')}@example.test`;
    await t.visitor().ok(REQUEST_RESET, { input: { email: mover.email } });
    const oldReset = tokenIn((await inbox(mover.email, /Reset your password/))[0]!, '/reset-password');
    await mover.client.ok(CHANGE_EMAIL, { input: { email: next, currentPassword: mover.password } });
    await mover.client.ok(CONFIRM_EMAIL, { input: { token: tokenIn((await inbox(next, /Confirm your new email/))[0]!, '/confirm-email') } });
    await inbox(mover.email, /address was changed/);
    expect(code(await t.visitor().execute(RESET, { input: { token: oldReset, password: 'hijacked passphrase' } }))).toBe('BAD_USER_INPUT');
  });

  it('changing the password needs the current one and signs out every other session', async () => {
    const user = await t.user();
    const other = new GraphQLClient(t.url);
    await other.ok(LOG_IN, { input: { email: user.email, password: user.password } });
    expect(code(await user.client.execute(CHANGE_PASSWORD, { input: { currentPassword: 'not my password', newPassword: 'a brand new passphrase' } }))).toBe('BAD_USER_INPUT');
    expect((await other.ok(VIEWER)).viewer.id).toBe(user.id);
    const { changePassword } = await user.client.ok(CHANGE_PASSWORD, { input: { currentPassword: user.password, newPassword: 'a brand new passphrase' } });
    expect(changePassword.endedSessions).toBe(1);
    expect((await user.client.ok(VIEWER)).viewer.id).toBe(user.id);
    expect((await other.ok(VIEWER)).viewer).toBeNull();
    await inbox(user.email, /password was changed/);
  });
});

describe('notification email', () => {
  it('an answer to my question arrives at once, with unsubscribe headers and both parts; unverified members get none', async () => {
    const asker = await verified();
    const unverified = await t.user();
    const topic = await ask(t, asker.client, { title: `Sync stops at 99% ${unique('')}` });
    const other = await ask(t, unverified.client);
    const helper = await t.user('expert', { displayName: unique('Helper ').slice(0, 30) });
    await answer(helper.client, topic.id, 'Pause the **sync**, then clear the queue.');
    await answer(helper.client, other.id, 'Same fix here.');
    const [message] = await inbox(asker.email, /answered your question/);
    expect(message!.subject).toMatch(/Sync stops at 99%/);
    expect(message!.text).toContain('Pause the sync, then clear the queue.');
    expect(message!.text).toContain(`/t/${topic.id}`);
    expect(message!.html).toContain('Read the thread');
    expect(message!.headers.get('list-unsubscribe')).toMatch(/^<http:\/\/127\.0\.0\.1:\d+\/unsubscribe\?token=.+>$/);
    expect(message!.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(message!.messageId).toMatch(/^<.+@localhost>$/);
    expect(await outboxOf(unverified.email)).toEqual([{ kind: 'verify_email', state: 'sent' }]);
  });

  it('one-click unsubscribe (RFC 8058 POST) and the link both stop that kind; forged links are refused', async () => {
    const asker = await verified();
    const helper = await t.user();
    const topic = await ask(t, asker.client);
    await answer(helper.client, topic.id);
    const [message] = await inbox(asker.email, /answered your question/);
    const url = message!.headers.get('list-unsubscribe')!.slice(1, -1);
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(response.status).toBe(200);
    const prefs = (await asker.client.ok('{ notificationPreferences { kind enabled email } }')).notificationPreferences;
    expect(prefs.find((p: any) => p.kind === 'ANSWER_TO_MY_QUESTION')).toEqual({ kind: 'ANSWER_TO_MY_QUESTION', enabled: true, email: 'NEVER' });
    expect(prefs.find((p: any) => p.kind === 'ANSWER_ACCEPTED').email).toBe('IMMEDIATE');
    // A second answer now sends nothing by email, but the bell still rings.
    await answer(helper.client, topic.id, 'Another idea.');
    await new Promise((r) => setTimeout(r, 500));
    expect(mail().to(asker.email).filter((m) => /answered your question/.test(m.subject))).toHaveLength(1);
    expect((await asker.client.ok('{ unreadNotificationCount }')).unreadNotificationCount).toBe(2);

    // The footer link, opened by the member (the page calls this mutation): everything stops.
    const token = new URL(url).searchParams.get('token')!;
    const all = token.replace('.answer_to_my_question.', '.all.');
    expect(code(await t.visitor().execute(UNSUBSCRIBE, { input: { token: all } }))).toBe('BAD_USER_INPUT'); // the signature covers the scope
    expect((await t.visitor().ok(UNSUBSCRIBE, { input: { token } })).unsubscribe.kinds).toEqual(['ANSWER_TO_MY_QUESTION']);
    const forged = await fetch(url.replace(/token=\d+/, 'token=1'), { method: 'POST', body: 'List-Unsubscribe=One-Click' });
    expect(forged.status).toBe(400);
  });

  it('bell off and email on: the email goes, the bell stays quiet', async () => {
    const asker = await verified();
    await asker.client.ok(PREFERENCE, { input: { kind: 'ANSWER_TO_MY_QUESTION', enabled: false } });
    const topic = await ask(t, asker.client);
    await answer((await t.user()).client, topic.id);
    await inbox(asker.email, /answered your question/);
    expect((await asker.client.ok('{ unreadNotificationCount notifications { id } }'))).toEqual({ unreadNotificationCount: 0, notifications: [] });
  });

  it('an answer hidden before its email could go is not sent (rendered at each attempt)', async () => {
    const asker = await verified();
    const staff = await t.user('staff');
    const topic = await ask(t, asker.client);
    const port = mail().port;
    await mail().close();
    const spammer = await t.user();
    const answerId = await answer(spammer.client, topic.id, 'Buy cheap watches at example.com');
    await waitUntil(async () => (await t.sql("select attempts from mail_outbox where to_address = $1 and kind = 'notification'", [asker.email]))[0]?.attempts >= 1);
    await staff.client.ok(HIDE, { input: { answerId, hidden: true, reason: 'spam' } });
    await restartCatcher(port);
    await waitUntil(async () => (await t.sql("select state from mail_outbox where to_address = $1 and kind = 'notification'", [asker.email]))[0]?.state === 'cancelled');
    expect(mail().to(asker.email).filter((m) => /answered/.test(m.subject))).toEqual([]);
  });

  it('the mail server down during a send: the message arrives once it is back, exactly once', async () => {
    const user = await t.user();
    const port = mail().port;
    await mail().close();
    await t.visitor().ok(REQUEST_RESET, { input: { email: user.email } });
    await waitUntil(async () => (await t.sql("select attempts from mail_outbox where to_address = $1 and kind = 'reset_password'", [user.email]))[0]?.attempts >= 2);
    const [failing] = await t.sql("select state, last_error from mail_outbox where to_address = $1 and kind = 'reset_password'", [user.email]);
    expect(failing).toMatchObject({ state: expect.stringMatching(/pending|sending/), last_error: expect.stringMatching(/ECONNREFUSED|connect/i) });
    await restartCatcher(port);
    await inbox(user.email, /Reset your password/);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(mail().to(user.email).filter((m) => /Reset your password/.test(m.subject))).toHaveLength(1);
    expect((await t.sql("select state from mail_outbox where to_address = $1 and kind = 'reset_password'", [user.email]))[0].state).toBe('sent');
  });
});

describe('digest', () => {
  it('gathers unread digest-kind notifications by topic, leaves out hidden posts, and never sends twice', async () => {
    const digested = await startTestApp({ mail: true, policy: { digest: { batchSize: 1 } } });
    try {
      const verify = async (user: TestUser) => {
        const [message] = await digested.mail!.waitFor((m) => m.envelopeTo.includes(user.email) && /Confirm/.test(m.subject));
        await user.client.ok(VERIFY, { input: { token: tokenIn(message!, '/verify-email') } });
        return user;
      };
      const [asker, follower, second, staff] = [await digested.user(), await verify(await digested.user()), await verify(await digested.user()), await digested.user('staff')];
      const first = await ask(digested, asker.client, { title: `Printer offline after update ${unique('')}` });
      const other = await ask(digested, asker.client, { title: `Scanner jams on page two ${unique('')}` });
      const hiddenTopic = await ask(digested, asker.client, { title: `Secret hidden thread ${unique('')}` });
      for (const topic of [first, other, hiddenTopic]) {
        await follower.client.ok('mutation($input: FollowTopicInput!) { followTopic(input: $input) { topic { id } } }', { input: { topicId: topic.id, follow: true } });
        await second.client.ok('mutation($input: FollowTopicInput!) { followTopic(input: $input) { topic { id } } }', { input: { topicId: topic.id, follow: true } });
      }
      const helper = await digested.user('customer', { displayName: unique('Helpful ').slice(0, 30) });
      await answer(helper.client, first.id, 'Reinstall the driver.');
      await answer(helper.client, first.id, 'Or power-cycle it.');
      await answer(helper.client, other.id, 'Open the lid.');
      await answer(helper.client, hiddenTopic.id, 'This thread gets hidden.');
      await staff.client.ok(HIDE, { input: { topicId: hiddenTopic.id, hidden: true, reason: 'private data' } });

      const tomorrow = new Date(Date.now() + 86_400_000);
      // A run that stops after its first member (a restart mid-run), then the next check finishes it.
      expect((await digested.app.digests!.runDue(tomorrow, { stopAfterBatches: 1 }))!.messages).toBe(1);
      expect((await digested.app.digests!.runDue(tomorrow))!.messages).toBe(1);
      expect(await digested.app.digests!.runDue(tomorrow)).toBeNull(); // the period is done
      for (const member of [follower, second]) {
        const [digest] = await digested.mail!.waitFor((m) => m.envelopeTo.includes(member.email) && /digest/.test(m.subject));
        expect(digest!.subject).toMatch(/4 updates in 2 threads|3 updates in 2 threads/);
        expect(digest!.text).toContain('PRINTER OFFLINE AFTER UPDATE');
        expect(digest!.text).toContain('SCANNER JAMS ON PAGE TWO');
        expect(digest!.text).not.toMatch(/Secret hidden thread/i);
        expect(digest!.headers.get('list-unsubscribe')).toMatch(/token=\d+\.digest\./);
      }
      await new Promise((r) => setTimeout(r, 800));
      expect(digested.mail!.to(follower.email).filter((m) => /digest/.test(m.subject))).toHaveLength(1);
      expect(digested.mail!.to(second.email).filter((m) => /digest/.test(m.subject))).toHaveLength(1);
      // The asker never confirmed an address: no digest.
      expect(digested.mail!.to(asker.email).filter((m) => /digest/.test(m.subject))).toEqual([]);
    } finally {
      await digested.close();
    }
  });
});

describe('who sees mail and verification state', () => {
  it.each(callers)('%s: the email log and caught mail are for admins only', async (caller) => {
    const who = await userFor(t, caller);
    const result = await runAs(t, who, '{ mailLog(first: 5) { to kind state attempts lastError } caughtMail(first: 5) { subject to links } }');
    expect(code(result)).toBe(caller === 'admin' ? 'OK' : caller === 'visitor' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    if (caller === 'admin') {
      expect(result.data!.mailLog.length).toBeGreaterThan(0);
      expect(result.data!.caughtMail.length).toBeGreaterThan(0);
    }
  });

  it.each(callers)("%s: another member's verification state shows to admins only", async (caller) => {
    const member = await verified();
    const who = await userFor(t, caller);
    const result = await runAs(t, who, 'query($id: ID!) { node(id: $id) { ... on User { emailVerified email } } }', { id: member.id });
    expect(result.data!.node).toEqual(caller === 'admin' ? { emailVerified: true, email: member.email } : { emailVerified: null, email: null });
  });
});

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('Condition not met in time.');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A new receiver on the same port (the app's mail server coming back). */
async function restartCatcher(port: number) {
  const fresh = new MailCatcher();
  await fresh.listen(port);
  t.mail = fresh;
}
