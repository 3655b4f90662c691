import path from 'node:path';
import sharp from 'sharp';
import { expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { signedInPage, withAppAndBrowser } from '../support/browser.js';
import { answer, ask } from '../support/forum.js';
import { unique, type TestApp } from '../support/test-app.js';

let t: TestApp;
let browser: Browser;
withAppAndBrowser((app, b) => ((t = app), (browser = b)), { app: { mail: true } });

const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const VIEWER = '{ viewer { id displayName avatarUrl emailVerified } }';

function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}
const linkTo = async (address: string, subject: RegExp, pathname: string) => {
  const [message] = await t.mail!.waitFor((m) => m.envelopeTo.includes(address) && subject.test(m.subject));
  const link = message!.links.find((l) => new URL(l).pathname === pathname);
  if (!link) throw new Error(`No ${pathname} link in ${message!.text}`);
  return link;
};
const fitsTheScreen = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

it('on a phone, a forgotten password is reset through the emailed link, and every old session ends', async () => {
  const user = await t.user();
  const { context, page } = await signedInPage(browser, t.url, null, phone);
  const errors = watchErrors(page);
  await page.goto(`${t.url}/login`);
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await page.getByLabel('Email').fill(user.email);
  await page.getByRole('button', { name: 'Email me a link' }).click();
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();
  expect(await page.getByText(user.email).isVisible()).toBe(true);

  await page.goto(await linkTo(user.email, /Reset your password/, '/reset-password'));
  await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
  await page.getByLabel('New password').fill('short');
  await page.getByRole('button', { name: 'Save and log in' }).click();
  await expect.poll(() => page.getByText('Use at least 10 characters.').isVisible()).toBe(true);
  await page.getByLabel('New password').fill('my fresh phone passphrase');
  await page.getByRole('button', { name: 'Save and log in' }).click();
  await page.getByRole('status').filter({ hasText: 'Your new password is saved' }).waitFor();
  await page.getByRole('button', { name: /Notifications/ }).waitFor(); // signed in
  expect(await fitsTheScreen(page)).toBe(true);
  await page.screenshot({ path: 'test-results/phone/reset-done.png' });

  // The session from before the reset is gone; the link does not work twice.
  expect((await user.client.ok(VIEWER)).viewer).toBeNull();
  const again = await signedInPage(browser, t.url, null, phone);
  await again.page.goto(await linkTo(user.email, /Reset your password/, '/reset-password'));
  await again.page.getByLabel('New password').fill('another fresh passphrase');
  await again.page.getByRole('button', { name: 'Save and log in' }).click();
  await expect.poll(() => again.page.getByRole('alert').textContent()).toMatch(/expired or has already been used/);
  await again.context.close();
  expect(errors).toEqual([]);
  await context.close();
});

it('a new member confirms their address from the banner’s email, and the banner goes', async () => {
  const { context, page } = await signedInPage(browser, t.url, null, phone);
  const errors = watchErrors(page);
  const email = `${unique('fresh')}@example.test`;
  await page.goto(`${t.url}/signup`);
  await page.getByLabel('Name shown to others').fill(unique('Vera ').slice(0, 30));
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a long enough passphrase');
  await page.getByRole('button', { name: 'Sign up' }).click();
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'Confirm your address' }).isVisible()).toBe(true);
  await page.screenshot({ path: 'test-results/phone/verify-banner.png' });
  expect(await fitsTheScreen(page)).toBe(true);

  await page.goto(await linkTo(email, /Confirm your email/, '/verify-email'));
  await page.getByRole('heading', { name: 'Your address is confirmed' }).waitFor();
  await page.getByRole('link', { name: 'Go to the forum' }).click();
  await page.getByRole('heading', { name: 'Recent questions' }).waitFor();
  expect(await page.getByText('Confirm your address').count()).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});

it('settings on a phone: name, picture, email choices per kind, and unsubscribing from an email link', async () => {
  const user = await t.user();
  const { context, page } = await signedInPage(browser, t.url, user, phone);
  const errors = watchErrors(page);
  await page.goto(`${t.url}/settings`);
  await page.getByRole('heading', { name: 'Notifications' }).waitFor();
  expect(await fitsTheScreen(page)).toBe(true);

  // Name and picture: a wide photo becomes a square picture.
  const newName = unique('Pia ').slice(0, 30);
  await page.getByLabel('Name shown to others').fill(newName);
  const photo = path.resolve('test-results', `${unique('photo')}.png`);
  await sharp({ create: { width: 1200, height: 600, channels: 3, background: '#3366cc' } }).png().toFile(photo);
  await page.locator('#avatar-file').setInputFiles(photo);
  await page.getByText('Picture ready').waitFor();
  await page.getByRole('button', { name: 'Save profile' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  const { viewer } = await user.client.ok(VIEWER);
  expect(viewer.displayName).toBe(newName);
  expect(viewer.avatarUrl).toMatch(/^\/uploads\/[0-9a-f]{64}\.webp$/);
  const picture = await (await fetch(`${t.url}${viewer.avatarUrl}`)).arrayBuffer();
  expect(await sharp(Buffer.from(picture)).metadata()).toMatchObject({ width: 256, height: 256 });
  await expect.poll(() => page.locator('.user-button img.avatar').count()).toBe(1);

  // Email per kind, saved as it changes.
  await page.getByLabel('New answers on topics I follow by email').selectOption('IMMEDIATE');
  await page.getByRole('status').filter({ hasText: 'Saved: New answers' }).waitFor();
  await page.getByLabel('Answers to my questions in the bell').uncheck();
  await page.getByRole('status').filter({ hasText: 'Saved: Answers to my questions' }).waitFor();
  const prefs = (await user.client.ok('{ notificationPreferences { kind enabled email } }')).notificationPreferences;
  expect(prefs).toContainEqual({ kind: 'NEW_ANSWER', enabled: true, email: 'IMMEDIATE' });
  expect(prefs).toContainEqual({ kind: 'ANSWER_TO_MY_QUESTION', enabled: false, email: 'IMMEDIATE' });
  await page.screenshot({ path: 'test-results/phone/settings.png', fullPage: true });

  // Password: a wrong current password is named under its field; then the change goes through and the form empties.
  const passwordForm = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Password' }) });
  await passwordForm.getByLabel('Current password').fill('not my password');
  await passwordForm.getByLabel('New password').fill('a fresher passphrase');
  await passwordForm.getByRole('button', { name: 'Change password' }).click();
  await expect.poll(() => passwordForm.locator('.field-error').first().textContent()).toBe('Not right.');
  await passwordForm.getByLabel('Current password').fill(user.password);
  await passwordForm.getByRole('button', { name: 'Change password' }).click();
  await passwordForm.getByRole('status').filter({ hasText: 'Password changed.' }).waitFor();
  expect(await passwordForm.getByLabel('New password').inputValue()).toBe('');

  // A notification email's unsubscribe link, opened on the phone: it asks, then stops that kind.
  await t.sql('update app_user set email_verified_at = now() where id = $1', [user.dbId]);
  const topic = await ask(t, user.client);
  await answer((await t.user()).client, topic.id);
  await page.goto(await linkTo(user.email, /answered your question/, '/unsubscribe'));
  await page.getByRole('button', { name: 'Unsubscribe' }).click();
  await page.getByRole('heading', { name: 'You are unsubscribed' }).waitFor();
  expect(await page.getByText('Answers to my questions').isVisible()).toBe(true);
  expect((await user.client.ok('{ notificationPreferences { kind email } }')).notificationPreferences).toContainEqual({ kind: 'ANSWER_TO_MY_QUESTION', email: 'NEVER' });
  expect(errors).toEqual([]);
  await context.close();
});

it('deleting an account keeps its posts under "Deleted member" and removes the person', async () => {
  const user = await t.user('customer', { displayName: unique('Dora ').slice(0, 30) });
  const topic = await ask(t, user.client, { title: `Restore hangs at 80 percent ${unique('')}` });
  const { context, page } = await signedInPage(browser, t.url, user, phone);
  const errors = watchErrors(page);
  await page.goto(`${t.url}/settings`);
  await page.getByText('I want to delete my account').click();
  await page.locator('.danger-zone').getByLabel('Password').fill('not my password');
  await page.getByRole('button', { name: 'Delete my account for good' }).click();
  await expect.poll(() => page.locator('.danger-zone .field-error').textContent()).toBe('Not right.');
  await page.locator('.danger-zone').getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Delete my account for good' }).click();
  await page.getByRole('link', { name: 'Log in' }).waitFor();
  await page.goto(`${t.url}/t/${topic.id}`);
  await page.getByRole('heading', { name: /Restore hangs at 80 percent/ }).waitFor();
  expect(await page.getByText('Deleted member').first().isVisible()).toBe(true);
  const [row] = await t.sql('select email, display_name, password_hash, deleted_at from app_user where id = $1', [user.dbId]);
  expect(row).toMatchObject({ email: `deleted:${user.dbId}`, display_name: 'Deleted member', password_hash: '!' });
  expect(await t.sql('select 1 from session where user_id = $1', [user.dbId])).toEqual([]);
  const login = await t.visitor().execute('mutation($input: LogInInput!) { logIn(input: $input) { user { id } } }', { input: { email: user.email, password: user.password } });
  expect(login.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(errors).toEqual([]);
  await context.close();
});

it('an admin reads the outbox and what the embedded receiver caught, links included', async () => {
  const admin = await t.user('admin');
  const member = await t.user();
  await t.visitor().ok('mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { accepted } }', { input: { email: member.email } });
  await t.mail!.waitFor((m) => m.envelopeTo.includes(member.email) && /Reset/.test(m.subject));
  const { context, page } = await signedInPage(browser, t.url, admin);
  const errors = watchErrors(page);
  await page.goto(`${t.url}/admin/email`);
  await page.getByRole('heading', { name: 'Outbox' }).waitFor();
  await expect.poll(() => page.locator('.mail-log tbody tr').filter({ hasText: member.email }).filter({ hasText: 'reset password' }).count()).toBe(1);
  await page.locator('.caught-mail summary').filter({ hasText: 'Reset your password' }).first().click();
  await expect.poll(() => page.locator('.caught-mail[open] a[href*="/reset-password?token="]').count()).toBe(1);
  await page.screenshot({ path: 'test-results/admin-email.png', fullPage: true });
  expect(errors).toEqual([]);
  await context.close();
});
