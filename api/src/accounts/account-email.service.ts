import crypto from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { badInput, DomainError } from '../errors.js';
import type { ServiceContext } from '../graphql/context.js';
import { enqueueMail } from '../mail/outbox.js';
import { accountLetters } from '../mail/templates.js';
import { limitKey } from '../rate-limit.js';
import { parseInput } from '../validation.js';
import { emailField, newPasswordField } from './account-fields.js';
import { confirmPassword, hashSessionToken, requireViewer, startSession, type SignedIn } from './accounts.service.js';
import { hashPassword } from './password.js';
import { accountWords, passwordWeakness } from './password-strength.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

export type TokenPurpose = 'verify_email' | 'reset_password' | 'change_email';

/** A reset link is a key to the account: short. Confirming an address is harmless: longer. */
export const tokenLifetimeMinutes: Record<TokenPurpose, number> = { verify_email: 48 * 60, reset_password: 60, change_email: 24 * 60 };

/**
 * A single-use link token: random, only its SHA-256 stored. A new one of the same purpose replaces
 * any earlier unused one, so only the latest email's link works.
 */
async function issueToken(em: EntityManager, userId: number, purpose: TokenPurpose, newEmail: string | null = null): Promise<string> {
  const token = crypto.randomBytes(32).toString('base64url');
  await revokeTokens(em, userId, [purpose]);
  await em.execute(
    `insert into account_token (user_id, purpose, token_hash, new_email, expires_at) values (?, ?, ?, ?, now() + make_interval(mins => ?))`,
    [userId, purpose, hashSessionToken(token), newEmail, tokenLifetimeMinutes[purpose]],
  );
  return token;
}

/**
 * Links still out for an account stop working: after a reset or a password change (a pending
 * address change asked for with the old password must not survive it), and after an address
 * change (links sent to the old address).
 */
export async function revokeTokens(em: EntityManager, userId: number, purposes: TokenPurpose[]): Promise<void> {
  await em.execute('update account_token set used_at = now() where user_id = ? and purpose = any(?::text[]) and used_at is null', [userId, `{${purposes.join(',')}}`]);
}

const tokenSchema = z.object({ token: z.string().trim().min(1, 'The link has no token.').max(200, 'Not a valid link.') });

/** Marks the token used and returns whom it is for; expired, used and unknown tokens all get the same answer. */
async function consumeToken(em: EntityManager, purpose: TokenPurpose, token: string): Promise<{ userId: number; newEmail: string | null }> {
  const [row] = await em.execute<Array<{ userId: number; newEmail: string | null }>>(
    `update account_token set used_at = now()
     where token_hash = ? and purpose = ? and used_at is null and expires_at > now()
       and user_id in (select id from app_user where deleted_at is null)
     returning user_id as "userId", new_email as "newEmail"`,
    [hashSessionToken(token), purpose],
  );
  if (!row) throw badInput('This link has expired or has already been used. Ask for a new one.', { token: 'Expired or already used.' });
  return row;
}

const link = (ctx: ServiceContext, path: string, token: string) => `${ctx.deps.mail.siteUrl()}${path}?token=${encodeURIComponent(token)}`;

/** Counts one emailing request against the address and the requester, so nobody can aim a flood of email at someone. */
async function limitEmailing(ctx: ServiceContext, action: string, ...keys: Array<string | number>) {
  const { accountEmail, accountEmailPerAddress } = ctx.deps.policy.rateLimits;
  await ctx.deps.limiter.hit(`${action}_ip`, limitKey(ctx.clientIp), accountEmail);
  for (const key of keys) await ctx.deps.limiter.hit(action, limitKey(key), accountEmailPerAddress);
}

/** In the caller's transaction: the verification email for the account's current address. */
export async function sendVerification(ctx: ServiceContext, em: EntityManager, user: User): Promise<void> {
  const token = await issueToken(em, user.id, 'verify_email');
  await enqueueMail(em, {
    to: user.email,
    kind: 'verify_email',
    userId: user.id,
    content: accountLetters.verifyEmail(ctx.deps.mail.siteUrl(), user.displayName, link(ctx, '/verify-email', token), tokenLifetimeMinutes.verify_email / 60),
  });
}

/** Someone signed up with an address that has an account: its owner hears of it (once an hour at most). */
export async function tellOwnerOfSignUpAttempt(ctx: ServiceContext, email: string): Promise<void> {
  if (!(await ctx.deps.limiter.allows('sign_up_notice', limitKey(email), { limit: 1, windowSeconds: 3600 }))) return;
  const owner = await ctx.em.findOne(User, { email, deletedAt: null });
  if (!owner) return;
  await enqueueMail(ctx.em, { to: owner.email, kind: 'account_notice', userId: owner.id, content: accountLetters.signUpAttempt(ctx.deps.mail.siteUrl(), owner.displayName) });
}

export async function resendVerification(ctx: ServiceContext): Promise<string> {
  const viewer = requireViewer(ctx);
  if (viewer.emailVerifiedAt) throw new DomainError('CONFLICT', 'Your address is already confirmed.');
  await limitEmailing(ctx, 'verify_email', viewer.id);
  await ctx.em.transactional((em) => sendVerification(ctx, em, viewer));
  return viewer.email;
}

export async function verifyEmail(ctx: ServiceContext, input: unknown): Promise<User> {
  const { token } = parseInput(tokenSchema, input);
  return ctx.em.transactional(async (em) => {
    const { userId } = await consumeToken(em, 'verify_email', token);
    const user = await em.findOneOrFail(User, { id: userId });
    user.emailVerifiedAt ??= new Date();
    return user;
  });
}

const resetRequestSchema = z.object({ email: emailField });

/**
 * Emails a reset link when the address has an account. The answer is the same either way, so the
 * form tells nobody which addresses have accounts; the owner learns by email.
 */
export async function requestPasswordReset(ctx: ServiceContext, input: unknown): Promise<void> {
  const { email } = parseInput(resetRequestSchema, input);
  await limitEmailing(ctx, 'reset_password', email);
  const user = await ctx.em.findOne(User, { email, deletedAt: null });
  if (!user) return;
  await ctx.em.transactional(async (em) => {
    const token = await issueToken(em, user.id, 'reset_password');
    await enqueueMail(em, {
      to: user.email,
      kind: 'reset_password',
      userId: user.id,
      content: accountLetters.resetPassword(ctx.deps.mail.siteUrl(), user.displayName, link(ctx, '/reset-password', token), tokenLifetimeMinutes.reset_password),
    });
  });
}

const resetSchema = z.object({ token: tokenSchema.shape.token, password: newPasswordField });

/** A new password from a reset link: every session ends (a thief's too) and this browser signs in. */
export async function resetPassword(ctx: ServiceContext, input: unknown): Promise<SignedIn> {
  const fields = parseInput(resetSchema, input);
  const signedIn = await ctx.em.transactional(async (em) => {
    const { userId } = await consumeToken(em, 'reset_password', fields.token);
    const user = await em.findOneOrFail(User, { id: userId });
    const weakness = passwordWeakness(fields.password, accountWords(user));
    // Thrown inside the transaction: the token stays unused, the person can try another password.
    if (weakness) throw badInput(weakness, { password: weakness });
    user.passwordHash = await hashPassword(fields.password, ctx.deps.policy.passwordCost);
    // The link reached the inbox: the address is the owner's.
    user.emailVerifiedAt ??= new Date();
    await em.nativeDelete(Session, { user: user.id });
    await revokeTokens(em, user.id, ['reset_password', 'change_email']);
    return startSession({ ...ctx, em }, user);
  });
  await ctx.deps.sessions.changed(signedIn.user.id);
  return signedIn;
}

const changeEmailSchema = z.object({ email: emailField, currentPassword: z.string().max(200, 'Use at most 200 characters.') });

/**
 * Moving the account to another address takes the password and a link opened at the new address;
 * the old address is told. An address that belongs to another account gets a note instead of a
 * link, and the answer here is the same, so it tells nothing about that account.
 */
export async function changeEmail(ctx: ServiceContext, input: unknown): Promise<string> {
  const fields = parseInput(changeEmailSchema, input);
  const viewer = requireViewer(ctx);
  if (fields.email === viewer.email) throw badInput('That is your address already.', { email: 'Already yours.' });
  await limitEmailing(ctx, 'change_email', viewer.id, fields.email);
  await confirmPassword(ctx, viewer, fields.currentPassword);
  const site = ctx.deps.mail.siteUrl();
  await ctx.em.transactional(async (em) => {
    const taken = await em.count(User, { email: fields.email });
    if (taken) {
      await enqueueMail(em, { to: fields.email, kind: 'account_notice', userId: null, content: accountLetters.addressTaken(site) });
    } else {
      const token = await issueToken(em, viewer.id, 'change_email', fields.email);
      await enqueueMail(em, {
        to: fields.email,
        kind: 'change_email',
        userId: viewer.id,
        content: accountLetters.confirmEmailChange(site, viewer.displayName, link(ctx, '/confirm-email', token), tokenLifetimeMinutes.change_email / 60),
      });
    }
    await enqueueMail(em, { to: viewer.email, kind: 'account_notice', userId: viewer.id, content: accountLetters.emailChangeRequested(site, viewer.displayName, fields.email) });
  });
  return fields.email;
}

export async function confirmEmailChange(ctx: ServiceContext, input: unknown): Promise<User> {
  const { token } = parseInput(tokenSchema, input);
  try {
    const user = await ctx.em.transactional(async (em) => {
      const { userId, newEmail } = await consumeToken(em, 'change_email', token);
      const user = await em.findOneOrFail(User, { id: userId });
      const oldEmail = user.email;
      user.email = newEmail!;
      user.emailVerifiedAt = new Date();
      await em.flush();
      await revokeTokens(em, user.id, ['reset_password', 'verify_email', 'change_email']);
      await enqueueMail(em, { to: oldEmail, kind: 'account_notice', userId: user.id, content: accountLetters.emailChanged(ctx.deps.mail.siteUrl(), user.displayName, user.email) });
      return user;
    });
    await ctx.deps.sessions.changed(user.id);
    return user;
  } catch (error) {
    // Someone took the address between the request and the click.
    if (error instanceof UniqueConstraintViolationException) throw badInput('That address has an account now, so it cannot be moved to.', { token: 'Address taken.' });
    throw error;
  }
}

/** After a password change: the address hears of it, in case it was not the owner. */
export async function tellPasswordChanged(ctx: ServiceContext, em: EntityManager, user: User): Promise<void> {
  await enqueueMail(em, { to: user.email, kind: 'account_notice', userId: user.id, content: accountLetters.passwordChanged(ctx.deps.mail.siteUrl(), user.displayName) });
}
