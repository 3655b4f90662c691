import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, ask } from '../support/forum.js';
import { callers, code, runAs, userFor } from '../support/roles.js';
import { startTestApp, unique, type TestApp, type TestUser } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

const PROFILE = 'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { user { id displayName avatarUrl } } }';
const DELETE = 'mutation($input: DeleteAccountInput!) { deleteAccount(input: $input) { deleted } }';

let shade = 0;
/** A picture of its own colour each time, unless `same` (the same bytes are one stored image). */
async function upload(user: TestUser, purpose = 'avatar', same = false) {
  const png = await sharp({ create: { width: 900, height: 300, channels: 3, background: { r: 30, g: same ? 0 : (shade += 37) % 255, b: 90 } } }).png().toBuffer();
  const response = await fetch(`${t.url}/uploads?purpose=${purpose}`, { method: 'POST', headers: { 'content-type': 'image/png', cookie: user.client.cookie! }, body: png });
  return (await response.json()) as { url: string; width: number; height: number };
}

describe('profile', () => {
  it('sets name and picture; only one of my own uploads can be my picture', async () => {
    const [me, other] = [await t.user(), await t.user()];
    const mine = await upload(me);
    expect(mine).toMatchObject({ width: 256, height: 256 });
    const name = unique('Rita ').slice(0, 30);
    expect((await me.client.ok(PROFILE, { input: { displayName: name, avatarUrl: mine.url } })).updateProfile.user).toMatchObject({ displayName: name, avatarUrl: mine.url });

    const theirs = await upload(other);
    const stolen = await me.client.execute(PROFILE, { input: { displayName: name, avatarUrl: theirs.url } });
    expect(code(stolen)).toBe('BAD_USER_INPUT');
    expect(stolen.errors![0]!.extensions!.fields).toHaveProperty('avatarUrl');
    for (const avatarUrl of ['https://evil.example/x.png', 'javascript:alert(1)', '/uploads/../../etc/passwd']) {
      expect(code(await me.client.execute(PROFILE, { input: { displayName: name, avatarUrl } }))).toBe('BAD_USER_INPUT');
    }
    expect((await me.client.ok('{ viewer { avatarUrl } }')).viewer.avatarUrl).toBe(mine.url);
    // Back to initials.
    expect((await me.client.ok(PROFILE, { input: { displayName: name, avatarUrl: null } })).updateProfile.user.avatarUrl).toBeNull();
  });

  it('two members who upload the same picture may both wear it', async () => {
    const [first, second] = [await t.user(), await t.user()];
    const a = await upload(first, 'avatar', true);
    const b = await upload(second, 'avatar', true);
    expect(b.url).toBe(a.url);
    for (const member of [first, second]) {
      expect(code(await member.client.execute(PROFILE, { input: { displayName: unique('Twin ').slice(0, 30), avatarUrl: a.url } }))).toBe('OK');
    }
  });

  it("a name that reads like someone else's is refused; bad names are explained; visitors are asked to log in", async () => {
    const taken = unique('Sandra ').slice(0, 30);
    await t.user('customer', { displayName: taken });
    const me = await t.user();
    const lookalike = await me.client.execute(PROFILE, { input: { displayName: taken.toUpperCase().replace('S', '$').replace('$', 'S') } });
    expect(code(lookalike)).toBe('BAD_USER_INPUT');
    expect(lookalike.errors![0]!.extensions!.fields).toEqual({ displayName: 'Taken.' });
    for (const displayName of ['x', 'y'.repeat(51), '<script>', '']) expect(code(await me.client.execute(PROFILE, { input: { displayName } }))).toBe('BAD_USER_INPUT');
    expect(code(await t.visitor().execute(PROFILE, { input: { displayName: 'Nobody Here' } }))).toBe('UNAUTHENTICATED');
  });
});

describe('deleting an account', () => {
  it('keeps posts, removes the person everywhere they showed, and ends their sessions', async () => {
    const name = unique('Gone ').slice(0, 30);
    const member = await t.user('customer', { displayName: name });
    const asker = await t.user();
    const topic = await ask(t, asker.client);
    const answerId = await answer(member.client, topic.id, 'My answer stays after I leave.');
    await asker.client.ok('mutation($input: AnswerIdInput!) { acceptAnswer(input: $input) { topic { id } } }', { input: { answerId } });
    expect(JSON.stringify(await t.sql('select payload from event where topic_id = $1', [topic.dbId]))).toContain(name);

    expect(code(await member.client.execute(DELETE, { input: { password: 'not the password' } }))).toBe('BAD_USER_INPUT');
    expect((await member.client.ok(DELETE, { input: { password: member.password } })).deleteAccount.deleted).toBe(true);
    expect((await member.client.ok('{ viewer { id } }')).viewer).toBeNull();

    const thread = await t.visitor().ok('query($id: ID!) { topic(id: $id) { answers(first: 5) { edges { node { body author { displayName isDeleted } } } } } }', { id: topic.id });
    expect(thread.topic.answers.edges[0].node).toEqual({ body: 'My answer stays after I leave.', author: { displayName: 'Deleted member', isDeleted: true } });
    // Replayed live events carry the new name; the leaderboard and @-completion leave the account out.
    expect(JSON.stringify(await t.sql('select payload from event where topic_id = $1', [topic.dbId]))).not.toContain(name);
    const { leaderboard } = await t.visitor().ok('{ leaderboard(period: ALL, first: 50) { user { id } } }');
    expect(leaderboard.map((e: any) => e.user.id)).not.toContain(member.id);
    const handle = name.replace(/ /g, '').slice(0, 6);
    expect((await asker.client.ok('query($p: String!) { mentionSuggestions(prefix: $p) { id } }', { p: handle })).mentionSuggestions).toEqual([]);
    for (const table of ['session', 'topic_follow', 'notification_email_pref', 'account_token', 'post_draft']) {
      expect(await t.sql(`select 1 from ${table} where user_id = $1`, [member.dbId])).toEqual([]);
    }
    expect(await t.sql("select 1 from mail_outbox where user_id = $1 and state in ('pending', 'sending')", [member.dbId])).toEqual([]);
    // The address is free for a new account.
    const again = await t.visitor().execute('mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }', {
      input: { email: member.email, password: 'a new life passphrase', displayName: unique('Back ').slice(0, 30) },
    });
    expect(code(again)).toBe('OK');
  });

  it('nobody can block a deletion by taking the address or name a deleted account gets', async () => {
    const member = await t.user();
    // Addresses and names in the forms deleted accounts use are refused at sign-up.
    for (const input of [
      { email: `deleted-${member.dbId}@deleted.invalid`, password: 'squatting passphrase', displayName: unique('Squat ').slice(0, 30) },
      { email: `deleted:${member.dbId}`, password: 'squatting passphrase', displayName: unique('Squat ').slice(0, 30) },
      { email: `${unique('squat')}@example.test`, password: 'squatting passphrase', displayName: 'Deleted member' },
      { email: `${unique('squat')}@example.test`, password: 'squatting passphrase', displayName: `Deleted member ${member.dbId}` },
    ]) {
      await t.visitor().execute('mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }', { input });
    }
    expect(code(await member.client.execute(PROFILE, { input: { displayName: 'Deleted Member' } }))).toBe('BAD_USER_INPUT');
    expect(await t.sql("select 1 from app_user where display_name ilike 'deleted member%' and deleted_at is null")).toEqual([]);
    expect(code(await member.client.execute(DELETE, { input: { password: member.password } }))).toBe('OK');
  });

  it('the only admin cannot delete their account', async () => {
    await t.sql("update app_user set role = 'customer' where role = 'admin'");
    const admin = await t.user('admin');
    const result = await admin.client.execute(DELETE, { input: { password: admin.password } });
    expect(code(result)).toBe('CONFLICT');
    expect((await admin.client.ok('{ viewer { role } }')).viewer.role).toBe('ADMIN');
  });
});

describe('self-service account changes, per role', () => {
  it.each(callers)('%s: changes only their own account, and a visitor is asked to log in', async (caller) => {
    const who = await userFor(t, caller);
    const bystander = await t.user();
    if (caller === 'admin') await t.user('admin'); // not the last admin, so the account can go
    const name = unique('Self ').slice(0, 30);
    const calls: Array<[string, Record<string, unknown>]> = [
      [PROFILE, { input: { displayName: name } }],
      ['mutation($input: ChangePasswordInput!) { changePassword(input: $input) { endedSessions } }', { input: { currentPassword: who?.password ?? 'x', newPassword: 'a sturdy new passphrase' } }],
      ['mutation($input: ChangeEmailInput!) { changeEmail(input: $input) { pendingEmail } }', { input: { email: `${unique('to')}@example.test`, currentPassword: 'a sturdy new passphrase' } }],
      ['mutation { resendVerification { email } }', {}],
    ];
    for (const [query, variables] of calls) {
      expect(code(await runAs(t, who, query, variables))).toBe(caller === 'visitor' ? 'UNAUTHENTICATED' : 'OK');
    }
    expect(code(await runAs(t, who, DELETE, { input: { password: 'a sturdy new passphrase' } }))).toBe(caller === 'visitor' ? 'UNAUTHENTICATED' : 'OK');
    // Whatever the role, the bystander's account is untouched.
    const [row] = await t.sql('select display_name, deleted_at, email from app_user where id = $1', [bystander.dbId]);
    expect(row).toMatchObject({ deleted_at: null, email: bystander.email });
    expect(row.display_name).not.toBe(name);
  });
});
