import { expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { withAppAndBrowser } from '../support/browser.js';
import { unique, type TestApp } from '../support/test-app.js';

let t: TestApp;
let browser: Browser;
withAppAndBrowser((app, b) => ((t = app), (browser = b)), { demo: true });

it('a visitor sees the seeded forum, signs up, logs out and logs back in', async () => {
  const page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  await page.goto(t.url);
  await page.getByRole('heading', { name: 'Recent questions' }).waitFor();
  await expect.poll(() => page.getByTestId('topic-row').count()).toBe(30);
  await expect.poll(() => page.getByRole('link', { name: /Billing & plans/ }).first().isVisible()).toBe(true);
  await page.getByRole('button', { name: 'Load more questions' }).click();
  await expect.poll(() => page.getByTestId('topic-row').count()).toBe(60);

  // A thread, found through its category: the official answer comes first and is badged.
  await page.getByRole('link', { name: /Getting started/ }).first().click();
  await page.getByRole('heading', { name: 'Getting started' }).waitFor();
  await page.getByRole('link', { name: 'First backup stuck at "Scanning files" for hours' }).click();
  await page.getByRole('heading', { name: 'First backup stuck at "Scanning files" for hours' }).waitFor();
  await expect.poll(() => page.getByTestId('answer').first().textContent()).toContain('Official answer');
  await expect.poll(() => page.getByTestId('answer').nth(1).textContent()).toContain('Accepted');

  // Sign up: a too-short password is explained next to the field, then fixed.
  await page.getByRole('link', { name: 'Sign up' }).click();
  const email = `${unique('browser')}@example.test`;
  await page.getByLabel('Name shown to others').fill('Bea Browser');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Sign up' }).click();
  await expect.poll(() => page.getByText('Use at least 10 characters.').isVisible()).toBe(true);
  expect((await t.sql('select count(*)::int as n from app_user where email = $1', [email]))[0].n).toBe(0);
  await page.getByLabel('Password').fill('a much longer password');
  await page.getByRole('button', { name: 'Sign up' }).click();
  await page.getByRole('button', { name: /Bea Browser/ }).waitFor();
  await expect.poll(() => page.getByTestId('topic-row').count()).toBeGreaterThan(0);
  await page.screenshot({ path: 'test-results/signed-in-home.png', fullPage: false });

  // The session is a cookie scripts cannot read.
  expect(await page.evaluate(() => document.cookie)).not.toContain('commons_session');

  await page.getByRole('button', { name: /Bea Browser/ }).click();
  await page.getByRole('menuitem', { name: 'Log out' }).click();
  await page.getByRole('link', { name: 'Log in' }).waitFor();

  await page.getByRole('link', { name: 'Log in' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('wrong password!');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect.poll(() => page.getByRole('alert').textContent()).toBe('Email or password is incorrect.');
  await page.getByLabel('Password').fill('a much longer password');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('button', { name: /Bea Browser/ }).waitFor();

  // Still signed in after a reload: the cookie, not page state, carries the session.
  await page.reload();
  await page.getByRole('button', { name: /Bea Browser/ }).waitFor();
  expect(errors).toEqual([]);
});

it('an admin changes a user role in the browser', async () => {
  const admin = await t.user('admin');
  const target = await t.user('customer', { displayName: 'Role Target' });
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${t.url}/login`);
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('button', { name: /Admin/ }).click();
  await page.getByRole('menuitem', { name: 'Manage users' }).click();
  await page.getByPlaceholder('Find by name or email').fill(target.email);
  const select = page.getByLabel('Role of Role Target');
  await select.waitFor();
  await select.selectOption('EXPERT');
  await expect.poll(async () => (await t.sql('select role from app_user where id = $1', [target.dbId]))[0].role).toBe('expert');
  await context.close();
});
