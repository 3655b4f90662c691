import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import { badInput, DomainError } from '../errors.js';
import type { ServiceContext } from '../graphql/context.js';
import { parseInput } from '../validation.js';
import { displayNameField, newPasswordField } from './account-fields.js';
import { revokeTokens, tellPasswordChanged } from './account-email.service.js';
import { confirmPassword, requireViewer } from './accounts.service.js';
import { assertNameFree, DELETED_NAME, displayNameKey, nameTaken } from './display-name.js';
import { hashPassword } from './password.js';
import { accountWords, passwordWeakness } from './password-strength.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

const AVATAR_PATH = /^\/uploads\/[0-9a-f]{64}\.webp$/;

const profileSchema = z.object({
  displayName: displayNameField,
  avatarUrl: z.string().trim().max(200).regex(AVATAR_PATH, 'Upload the picture first.').nullish(),
});


export async function updateProfile(ctx: ServiceContext, input: unknown): Promise<User> {
  const fields = parseInput(profileSchema, input);
  const viewer = requireViewer(ctx);
  const user = await ctx.em.findOneOrFail(User, { id: viewer.id }, { populate: ['nameKey'] });
  if (fields.avatarUrl && fields.avatarUrl !== user.avatarUrl) {
    // Only a picture this member uploaded: nobody wears someone else's image.
    const key = fields.avatarUrl.slice('/uploads/'.length);
    const mine = await ctx.em.execute('select 1 from upload_owner where key = ? and user_id = ?', [key, user.id]);
    if (mine.length === 0) throw badInput('Upload the picture first.', { avatarUrl: 'Not one of your uploads.' });
  }
  const nameKey = displayNameKey(fields.displayName);
  await assertNameFree(ctx.em, nameKey, user.id);
  user.displayName = fields.displayName;
  user.nameKey = nameKey;
  user.avatarUrl = fields.avatarUrl ?? null;
  try {
    await ctx.em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw nameTaken();
    throw error;
  }
  await ctx.deps.sessions.changed(user.id);
  return user;
}

const passwordSchema = z.object({ currentPassword: z.string().max(200, 'Use at most 200 characters.'), newPassword: newPasswordField });

/** Other sessions end (whoever else had the old password is out); this one stays. */
export async function changePassword(ctx: ServiceContext, input: unknown, currentTokenHash: string | null): Promise<{ user: User; endedSessions: number }> {
  const fields = parseInput(passwordSchema, input);
  const viewer = requireViewer(ctx);
  const weakness = passwordWeakness(fields.newPassword, accountWords(viewer));
  if (weakness) throw badInput(weakness, { newPassword: weakness });
  await confirmPassword(ctx, viewer, fields.currentPassword);
  const passwordHash = await hashPassword(fields.newPassword, ctx.deps.policy.passwordCost);
  const endedSessions = await ctx.em.transactional(async (em) => {
    const user = await em.findOneOrFail(User, { id: viewer.id });
    user.passwordHash = passwordHash;
    const ended = await em.nativeDelete(Session, { user: user.id, ...(currentTokenHash ? { tokenHash: { $ne: currentTokenHash } } : {}) });
    await revokeTokens(em, user.id, ['reset_password', 'change_email']);
    await tellPasswordChanged(ctx, em, user);
    return ended;
  });
  await ctx.deps.sessions.changed(viewer.id);
  return { user: viewer, endedSessions };
}

const deleteSchema = z.object({ password: z.string().max(200, 'Use at most 200 characters.') });


/**
 * Posts stay (threads must still read), shown as from a deleted member; everything personal goes:
 * name, address, picture, password, sessions, drafts, follows, preferences, notifications, mail
 * not yet sent, and the name in recent live events.
 */
export async function deleteAccount(ctx: ServiceContext, input: unknown): Promise<void> {
  const fields = parseInput(deleteSchema, input);
  const viewer = requireViewer(ctx);
  await confirmPassword(ctx, viewer, fields.password);
  if (viewer.role === 'admin' && (await ctx.em.count(User, { role: 'admin', deletedAt: null })) <= 1) {
    throw new DomainError('CONFLICT', 'You are the only admin. Make someone else admin first.');
  }
  await ctx.em.transactional(async (em) => {
    const id = viewer.id;
    await em.execute(
      `update app_user set email = ?, display_name = ?, name_key = ?, password_hash = '!', avatar_url = null, role = 'customer', plan = 'free',
         email_verified_at = null, deleted_at = now(), mail_key = replace(gen_random_uuid()::text, '-', '') where id = ?`,
      // Not an address (no @): no sign-up can take it first and make the deletion fail.
      [`deleted:${id}`, DELETED_NAME, `deleted member ${id}`, id],
    );
    for (const table of ['session', 'post_draft', 'topic_follow', 'category_follow', 'notification_mute', 'notification_email_pref', 'account_token', 'notification']) {
      await em.execute(`delete from ${table} where user_id = ?`, [id]);
    }
    await em.execute(`update mail_outbox set state = 'cancelled', last_error = 'Account deleted.' where user_id = ? and state in ('pending', 'sending')`, [id]);
    await em.execute(`update mail_outbox set to_address = ? where user_id = ?`, [`deleted:${id}`, id]);
    // Live event snapshots (kept for replay) carry the name as it was.
    await em.execute(
      `update event set payload = regexp_replace(payload::text, ?, ?, 'g')::jsonb where payload::text like ?`,
      [`\\{"id": ${id}, "role": "[a-z]+", "displayName": "(?:[^"\\\\]|\\\\.)*"\\}`, `{"id": ${id}, "role": "customer", "displayName": "${DELETED_NAME}"}`, `%"id": ${id}, "role": %`],
    );
  });
  await ctx.deps.sessions.changed(viewer.id);
}
