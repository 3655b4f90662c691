import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DELETED_NAME } from '../accounts/display-name.js';
import type { Role } from '../accounts/user.entity.js';
import { badInput } from '../errors.js';
import { toGlobalId } from '../graphql/ids.js';
import type { ClaimedMail, NotificationRenderer, RenderedMail } from '../mail/worker.js';
import type { MailSettings } from '../mail/outbox.js';
import { render, type Block } from '../mail/templates.js';
import { plainText } from '../search/documents.js';
import { canViewAnswer, canViewTopic } from '../topics/permissions.js';
import { truncate } from '../validation.js';
import { defaultEmailMode, notificationKinds, preferencesOf, setEmailMode, type NotificationKind } from './notifications.service.js';

/** What an unsubscribe link stops: one kind, everything in the digest, or all notification email. */
export type UnsubscribeScope = NotificationKind | 'digest' | 'all';

const sign = (mailKey: string, userId: number, scope: UnsubscribeScope) =>
  crypto.createHmac('sha256', mailKey).update(`unsubscribe\n${userId}\n${scope}`).digest('base64url').slice(0, 32);

/** userId.scope.signature: the link alone is the proof, so it works from any device without signing in. */
export const unsubscribeToken = (user: { id: number; mailKey: string }, scope: UnsubscribeScope) => `${user.id}.${scope}.${sign(user.mailKey, user.id, scope)}`;

export const unsubscribeUrl = (site: string, user: { id: number; mailKey: string }, scope: UnsubscribeScope) =>
  `${site}/unsubscribe?token=${unsubscribeToken(user, scope)}`;

/** RFC 2369 and RFC 8058: mail clients offer "unsubscribe" and POST to it with one click. */
export const unsubscribeHeaders = (url: string) => ({ 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });

const invalidLink = () => badInput('This unsubscribe link is not valid. Change your email settings on the Settings page instead.', { token: 'Not valid.' });

/** Turns off what a valid link names; returns the kinds that now send no email. */
export async function unsubscribeWithToken(em: EntityManager, token: string): Promise<NotificationKind[]> {
  const match = /^(\d{1,10})\.([a-z_]{3,30})\.([A-Za-z0-9_-]{32})$/.exec(token.trim());
  if (!match) throw invalidLink();
  const userId = Number(match[1]);
  const scope = match[2] as UnsubscribeScope;
  if (scope !== 'digest' && scope !== 'all' && !notificationKinds.includes(scope as NotificationKind)) throw invalidLink();
  const [user] = await em.execute<Array<{ mailKey: string }>>('select mail_key as "mailKey" from app_user where id = ? and deleted_at is null', [userId]);
  const expected = user ? Buffer.from(sign(user.mailKey, userId, scope)) : Buffer.alloc(32);
  if (!user || !crypto.timingSafeEqual(expected, Buffer.from(match[3]!))) throw invalidLink();
  let kinds: NotificationKind[];
  if (scope === 'all') kinds = [...notificationKinds];
  else if (scope === 'digest') kinds = (await preferencesOf(em, userId)).filter((p) => p.email === 'digest').map((p) => p.kind);
  else kinds = [scope as NotificationKind];
  await setEmailMode(em, userId, kinds, 'never');
  return kinds;
}

const subjects: Record<NotificationKind, (actor: string, title: string) => string> = {
  answer_to_my_question: (actor, title) => `${actor} answered your question "${title}"`,
  new_answer: (actor, title) => `New answer from ${actor} on "${title}"`,
  answer_accepted: (_actor, title) => `Your answer on "${title}" was accepted`,
  official_answer: (_actor, title) => `Official answer on "${title}"`,
  mention: (actor, title) => `${actor} mentioned you in "${title}"`,
  new_topic: (actor, title) => `New question from ${actor}: "${title}"`,
};

const reasons: Record<NotificationKind, string> = {
  answer_to_my_question: 'You get this email because you asked this question.',
  new_answer: 'You get this email because you follow this question.',
  answer_accepted: 'You get this email because you wrote this answer.',
  official_answer: 'You get this email because you follow this question.',
  mention: 'You get this email because someone mentioned you.',
  new_topic: 'You get this email because you follow this category.',
};

interface NotificationMailRow {
  outboxId: string;
  kind: NotificationKind;
  topicId: number;
  title: string;
  topicHidden: boolean;
  topicAuthorId: number;
  answerBody: string | null;
  answerHidden: boolean | null;
  answerAuthorId: number | null;
  topicBody: string;
  actorName: string | null;
  recipientId: number;
  recipientRole: Role;
  recipientName: string;
  mailKey: string;
  recipientGone: boolean;
  mode: string;
}


/**
 * Renders notification emails when the worker sends them (the posting transaction only wrote a
 * reference): as the recipient sees the post now. A post hidden since, a member gone or
 * unverified, or email for the kind turned off since, and the email is not sent.
 */
export function notificationRenderer(settings: MailSettings): NotificationRenderer {
  return async (em: EntityManager, rows: ClaimedMail[]) => {
    const found = await em.execute<NotificationMailRow[]>(
      `select o.id::text as "outboxId", n.kind, t.id as "topicId", t.title, t.is_hidden as "topicHidden", t.author_id as "topicAuthorId", t.body as "topicBody",
              a.body as "answerBody", a.is_hidden as "answerHidden", a.author_id as "answerAuthorId",
              case when actor.deleted_at is not null then '${DELETED_NAME}' else actor.display_name end as "actorName",
              u.id as "recipientId", u.role as "recipientRole", u.display_name as "recipientName", u.mail_key as "mailKey",
              (u.deleted_at is not null or u.email_verified_at is null) as "recipientGone",
              (select p.mode from notification_email_pref p where p.user_id = u.id and p.kind = n.kind) as mode
       from mail_outbox o
       join notification n on n.id = o.notification_id
       join topic t on t.id = n.topic_id
       left join answer a on a.id = n.answer_id
       left join app_user actor on actor.id = n.actor_id
       join app_user u on u.id = n.user_id
       where o.id = any(?::bigint[])`,
      [`{${rows.map((r) => r.id).join(',')}}`],
    );
    const site = settings.siteUrl();
    const result = new Map<string, RenderedMail>();
    for (const row of found) {
      const viewer = { id: row.recipientId, role: row.recipientRole };
      const topic = { isHidden: row.topicHidden, author: { id: row.topicAuthorId } };
      const visible =
        canViewTopic(viewer, topic) &&
        (row.answerHidden === null || canViewAnswer(viewer, { isHidden: row.answerHidden, author: { id: row.answerAuthorId! } }, topic));
      const mode = row.mode ?? defaultEmailMode[row.kind];
      if (!visible || row.recipientGone || mode !== 'immediate') {
        result.set(row.outboxId, null);
        continue;
      }
      const topicUrl = `${site}/t/${toGlobalId('Topic', row.topicId)}`;
      const actor = row.actorName ?? 'Someone';
      const excerpt = plainText(row.answerBody ?? row.topicBody, 600);
      const unsubscribe = unsubscribeUrl(site, { id: row.recipientId, mailKey: row.mailKey }, row.kind);
      const blocks: Block[] = [
        { text: `Hi ${row.recipientName},` },
        { text: subjects[row.kind](actor, row.title) + '.' },
        ...(excerpt ? [{ quote: excerpt }] : []),
        { button: row.kind === 'new_topic' ? 'Read the question' : 'Read the thread', url: topicUrl },
      ];
      const content = render({ site, subject: subjects[row.kind](actor, row.title), preview: truncate(excerpt, 120), blocks, reason: reasons[row.kind], unsubscribeUrl: unsubscribe });
      result.set(row.outboxId, { content, headers: unsubscribeHeaders(unsubscribe) });
    }
    return result;
  };
}
