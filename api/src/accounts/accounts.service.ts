import crypto from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import { badInput, forbidden, notFound, unauthenticated, DomainError } from '../errors.js';
import type { ServiceContext } from '../graphql/context.js';
import { parseInput } from '../validation.js';
import { limitKey } from '../rate-limit.js';
import { displayNameField, emailField, newPasswordField } from './account-fields.js';
import { assertNameFree, displayNameKey, nameTaken } from './display-name.js';
import { decoyHash, hashPassword, isWeakerThan, verifyPassword } from './password.js';
import { accountWords, passwordWeakness } from './password-strength.js';
import { Session } from './session.entity.js';
import { User, roles, type Role } from './user.entity.js';
import { canModerate } from '../topics/permissions.js';
import { sendVerification, tellOwnerOfSignUpAttempt } from './account-email.service.js';

const signUpSchema = z.object({ email: emailField, password: newPasswordField, displayName: displayNameField });

const logInSchema = z.object({
  email: z.string().trim().max(254, 'Use at most 254 characters.').transform((v) => v.toLowerCase()),
  password: z.string().max(200, 'Use at most 200 characters.'),
});

export function hashSessionToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

export interface SignedIn {
  user: User;
  token: string;
  expiresAt: Date;
}

export async function startSession(ctx: ServiceContext, user: User): Promise<SignedIn> {
  const token = crypto.randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ctx.deps.policy.sessionDays * 86_400_000);
  ctx.em.create(Session, { tokenHash: hashSessionToken(token), user, expiresAt, createdAt: new Date() });
  await ctx.em.flush();
  return { user, token, expiresAt };
}

export async function signUp(ctx: ServiceContext, input: unknown): Promise<SignedIn> {
  const fields = parseInput(signUpSchema, input);
  await ctx.deps.limiter.hit('sign_up', limitKey(ctx.clientIp), ctx.deps.policy.rateLimits.signUp);
  const weakness = passwordWeakness(fields.password, accountWords(fields));
  if (weakness) throw badInput(weakness, { password: weakness });
  const nameKey = displayNameKey(fields.displayName);
  await assertNameFree(ctx.em, nameKey);
  // Hashed before the address is looked up: a registered address costs the same time as a new one.
  const passwordHash = await hashPassword(fields.password, ctx.deps.policy.passwordCost);
  // Never a way in to an existing account (that is logIn, with its throttling): the address cannot
  // sign up, nothing more is said here, and the owner is told by email.
  if (await ctx.em.count(User, { email: fields.email })) {
    await tellOwnerOfSignUpAttempt(ctx, fields.email);
    throw cannotSignUp();
  }
  try {
    return await ctx.em.transactional(async (em) => {
      const user = em.create(User, { email: fields.email, passwordHash, displayName: fields.displayName, nameKey, createdAt: new Date() });
      await em.flush();
      await sendVerification(ctx, em, user);
      return startSession({ ...ctx, em }, user);
    });
  } catch (error) {
    // Two sign-ups at once: the unique indexes decide, the loser gets the same answer as above.
    if (error instanceof UniqueConstraintViolationException) throw /name_key/.test(error.message) ? nameTaken() : cannotSignUp();
    throw error;
  }
}

const cannotSignUp = () =>
  badInput('This email address cannot be used to sign up. If it is yours, log in instead.', { email: 'Cannot be used to sign up.' });

export async function logIn(ctx: ServiceContext, input: unknown): Promise<SignedIn> {
  const fields = parseInput(logInSchema, input);
  const { passwordCost } = ctx.deps.policy;
  await ctx.deps.loginThrottle.reserve(fields.email, ctx.clientIp);
  const user = await ctx.em.findOne(User, { email: fields.email, deletedAt: null }, { populate: ['passwordHash'] });
  // One hash at the policy's cost for every address, known or not, so time tells nothing.
  let ok = false;
  if (!user) await verifyPassword(fields.password, await decoyHash(passwordCost));
  else {
    ok = await verifyPassword(fields.password, user.passwordHash);
    if (isWeakerThan(user.passwordHash, passwordCost)) {
      // An old, cheaper hash: upgraded on success, padded to the policy's cost on failure.
      if (ok) user.passwordHash = await hashPassword(fields.password, passwordCost);
      else await verifyPassword(fields.password, await decoyHash(passwordCost));
    }
  }
  // One message whatever went wrong: never tell whether an address has an account.
  if (!user || !ok) {
    await ctx.deps.loginThrottle.failed(fields.email, ctx.clientIp);
    throw unauthenticated('Email or password is incorrect.');
  }
  await ctx.deps.loginThrottle.succeeded(fields.email, ctx.clientIp);
  return startSession(ctx, user);
}

/**
 * The current password, asked again before a sensitive change, throttled like a login (per
 * account and address), so a borrowed session cannot guess it.
 */
export async function confirmPassword(ctx: ServiceContext, user: User, password: string): Promise<void> {
  await ctx.deps.loginThrottle.reserve(user.email, ctx.clientIp);
  const { passwordHash } = await ctx.em.findOneOrFail(User, { id: user.id }, { populate: ['passwordHash'] });
  if (!(await verifyPassword(password, passwordHash))) {
    await ctx.deps.loginThrottle.failed(user.email, ctx.clientIp);
    throw badInput('Your current password is not right.', { currentPassword: 'Not right.', password: 'Not right.' });
  }
  await ctx.deps.loginThrottle.succeeded(user.email, ctx.clientIp);
}

export async function logOut(ctx: ServiceContext, tokenHash: string | null): Promise<void> {
  if (!tokenHash) return;
  const session = await ctx.em.findOne(Session, { tokenHash });
  if (!session) return;
  await ctx.em.nativeDelete(Session, { tokenHash });
  // Sockets opened with this session stop receiving what only a signed-in user may see.
  await ctx.deps.sessions.changed(session.user.id);
}

/** The session behind a token, with its user, if it exists and has not expired. */
export async function findSession(ctx: Pick<ServiceContext, 'em'>, tokenHash: string): Promise<Session | null> {
  return ctx.em.findOne(Session, { tokenHash, expiresAt: { $gt: new Date() } }, { populate: ['user'] });
}

export function requireViewer(ctx: ServiceContext): User {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

export function requireModerator(ctx: ServiceContext): User {
  const viewer = requireViewer(ctx);
  if (!canModerate(viewer)) throw forbidden('Only staff can moderate.');
  return viewer;
}

export async function changeUserRole(ctx: ServiceContext, userId: number, role: Role): Promise<User> {
  const viewer = requireViewer(ctx);
  if (viewer.role !== 'admin') throw forbidden('Only admins can change roles.');
  if (!roles.includes(role)) throw badInput('Unknown role.', { role: 'Unknown role.' });
  const user = await ctx.em.findOne(User, { id: userId });
  if (!user) throw notFound('User');
  // The last admin cannot demote themself: someone must be able to manage roles.
  if (user.id === viewer.id && role !== 'admin' && (await ctx.em.count(User, { role: 'admin' })) <= 1) {
    throw new DomainError('CONFLICT', 'You are the only admin. Make someone else admin first.', { role: 'Last admin.' });
  }
  user.role = role;
  await ctx.em.flush();
  await ctx.deps.sessions.changed(user.id);
  return user;
}

export async function listUsers(
  ctx: ServiceContext,
  options: { limit: number; afterId: number | null; query: string | null },
): Promise<User[]> {
  const viewer = requireViewer(ctx);
  if (viewer.role !== 'admin') throw forbidden('Only admins can list users.');
  const query = options.query?.trim().slice(0, 100);
  const like = query ? `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return ctx.em.find(
    User,
    {
      ...(options.afterId ? { id: { $lt: options.afterId } } : {}),
      ...(like ? { $or: [{ email: { $ilike: like } }, { displayName: { $ilike: like } }] } : {}),
    },
    { orderBy: { id: 'desc' }, limit: options.limit },
  );
}
