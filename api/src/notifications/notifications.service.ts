import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { requireViewer } from '../accounts/accounts.service.js';
import { notFound } from '../errors.js';
import type { ServiceContext } from '../graphql/context.js';
import { Category } from '../topics/category.entity.js';
import { findTopic } from '../topics/topics.service.js';
import { parseInput } from '../validation.js';

export const notificationKinds = ['new_answer', 'answer_to_my_question', 'answer_accepted', 'official_answer', 'mention', 'new_topic'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  topicId: number;
  answerId: number | null;
  actorId: number | null;
  createdAt: Date | string;
  readAt: Date | string | null;
}

export const emailModes = ['immediate', 'digest', 'never'] as const;
export type EmailMode = (typeof emailModes)[number];

/** What reaches a member by email unless they choose otherwise: their own questions and answers at once, the rest daily. */
export const defaultEmailMode: Record<NotificationKind, EmailMode> = {
  answer_to_my_question: 'immediate',
  answer_accepted: 'immediate',
  official_answer: 'immediate',
  new_answer: 'digest',
  mention: 'digest',
  new_topic: 'digest',
};

/** A member's email mode for a kind, as SQL over a user id expression. */
export const emailModeSql = (kind: NotificationKind, user: string) =>
  `coalesce((select p.mode from notification_email_pref p where p.user_id = ${user} and p.kind = '${kind}'), '${defaultEmailMode[kind]}')`;

/**
 * Notifications are written in the transaction of the change that causes them, one statement per
 * kind, so a topic with thousands of followers costs one statement, not thousands. `recipients`
 * selects user_id. Each recipient gets a row if they want the kind in the bell or by email (a row
 * for email alone stays out of the bell). A row whose recipient wants it by email at once, at a
 * confirmed address, is flagged email_pending: that flag is the email's outbox entry, and the mail
 * worker sends it after commit. Never the actor.
 */
async function deliver(em: EntityManager, kind: NotificationKind, recipients: string, params: unknown[], topicId: number, answerId: number | null, actorId: number) {
  await em.execute(
    `with candidates as (${recipients})
     insert into notification (user_id, kind, topic_id, answer_id, actor_id, bell, email_pending)
     select w.user_id, '${kind}', ?, ?, ?, w.bell, w.email = 'immediate' and w.verified
     from (
       select c.user_id,
              not exists (select 1 from notification_mute m where m.user_id = c.user_id and m.kind = '${kind}') as bell,
              ${emailModeSql(kind, 'c.user_id')} as email,
              u.email_verified_at is not null and u.deleted_at is null as verified
       from (select distinct user_id from candidates) c join app_user u on u.id = c.user_id
       where c.user_id is distinct from ?::int) w
     where w.bell or w.email <> 'never'`,
    [...params, topicId, answerId, actorId, actorId],
  );
}

async function toFollowersOfTopic(em: EntityManager, kind: NotificationKind, topicId: number, answerId: number | null, actorId: number, except: number[] = []) {
  await deliver(em, kind, 'select f.user_id from topic_follow f where f.topic_id = ? and f.user_id <> all(?::int[])', [topicId, `{${except.join(',')}}`], topicId, answerId, actorId);
}

async function toUser(em: EntityManager, kind: NotificationKind, userId: number, topicId: number, answerId: number | null, actorId: number) {
  await deliver(em, kind, 'select ?::int as user_id', [userId], topicId, answerId, actorId);
}

/** "@HelpfulHana" names the member "Helpful Hana": spaces left out, any case. */
const mentionsIn = (markdown: string) => new Set([...markdown.matchAll(/(?:^|[^\p{L}\p{N}_])@([\p{L}\p{N}_.-]{2,50})/gu)].map((m) => m[1]!.toLowerCase()));

/** At most 10 names a post, so a pasted member list cannot page half the community. */
async function toMentioned(em: EntityManager, mentioned: Iterable<string>, topicId: number, answerId: number | null, actorId: number) {
  const names = [...mentioned].slice(0, 10);
  if (names.length === 0) return;
  await deliver(
    em,
    'mention',
    `select u.id as user_id from app_user u where lower(replace(u.display_name, ' ', '')) in (select json_array_elements_text(?::json)) and u.deleted_at is null`,
    [JSON.stringify(names)],
    topicId,
    answerId,
    actorId,
  );
}

export async function follow(em: EntityManager, userId: number, topicId: number): Promise<void> {
  await em.execute('insert into topic_follow (user_id, topic_id) values (?, ?) on conflict do nothing', [userId, topicId]);
}

/** A new question: its asker follows it; followers of its category and people it mentions hear of it. */
export async function questionAsked(em: EntityManager, topic: { id: number; body: string; categoryId: number }, askerId: number): Promise<void> {
  await follow(em, askerId, topic.id);
  await deliver(em, 'new_topic', 'select f.user_id from category_follow f where f.category_id = ?', [topic.categoryId], topic.id, null, askerId);
  await toMentioned(em, mentionsIn(topic.body), topic.id, null, askerId);
}

/** A new answer: the asker hears "answer to my question", other followers "new answer"; the answerer follows. */
export async function answerPosted(em: EntityManager, topic: { id: number; authorId: number }, answer: { id: number; body: string }, answererId: number): Promise<void> {
  await toUser(em, 'answer_to_my_question', topic.authorId, topic.id, answer.id, answererId);
  await toFollowersOfTopic(em, 'new_answer', topic.id, answer.id, answererId, [topic.authorId]);
  await toMentioned(em, mentionsIn(answer.body), topic.id, answer.id, answererId);
  await follow(em, answererId, topic.id);
}

/** An edit that names someone new tells them; names already in the post were told when they appeared. */
export async function postEdited(em: EntityManager, post: { topicId: number; answerId: number | null; before: string; after: string }, editorId: number): Promise<void> {
  const before = mentionsIn(post.before);
  await toMentioned(em, [...mentionsIn(post.after)].filter((name) => !before.has(name)), post.topicId, post.answerId, editorId);
}

export async function answerAccepted(em: EntityManager, topicId: number, answer: { id: number; authorId: number }, actorId: number): Promise<void> {
  await toUser(em, 'answer_accepted', answer.authorId, topicId, answer.id, actorId);
}

export async function answerMarkedOfficial(em: EntityManager, topicId: number, answerId: number, actorId: number): Promise<void> {
  await toFollowersOfTopic(em, 'official_answer', topicId, answerId, actorId);
}

const COLUMNS = `id::text as id, kind, topic_id as "topicId", answer_id as "answerId", actor_id as "actorId", created_at as "createdAt", read_at as "readAt"`;

export async function listNotifications(ctx: ServiceContext, limit: number, unreadOnly: boolean): Promise<NotificationRow[]> {
  const viewer = requireViewer(ctx);
  return ctx.em.getConnection().execute<NotificationRow[]>(
    `select ${COLUMNS} from notification where user_id = ? and bell ${unreadOnly ? 'and read_at is null' : ''} order by notification.id desc limit ?`,
    [viewer.id, limit],
  );
}

export async function unreadCount(em: EntityManager, userId: number): Promise<number> {
  const [row] = await em.execute<Array<{ n: number }>>('select count(*)::int as n from notification where user_id = ? and read_at is null and bell', [userId]);
  return row!.n;
}

const idsSchema = z.array(z.number().int().positive()).max(500, 'At most 500 at a time.').nullish();

/** Marks the given notifications (or all) read; other tabs of the same person update live. */
export async function markRead(ctx: ServiceContext, ids: unknown): Promise<number> {
  const only = parseInput(idsSchema, ids);
  const viewer = requireViewer(ctx);
  await ctx.em.getConnection().execute(
    `update notification set read_at = now() where user_id = ? and read_at is null ${only ? 'and id in (select json_array_elements_text(?::json)::bigint)' : ''}`,
    only ? [viewer.id, JSON.stringify(only)] : [viewer.id],
  );
  await ctx.deps.unread.announce(viewer.id);
  return unreadCount(ctx.em, viewer.id);
}

export async function setTopicFollow(ctx: ServiceContext, topicId: number, following: boolean): Promise<void> {
  const viewer = requireViewer(ctx);
  if (!(await findTopic(ctx, topicId))) throw notFound('Topic');
  if (following) await follow(ctx.em, viewer.id, topicId);
  else await ctx.em.execute('delete from topic_follow where user_id = ? and topic_id = ?', [viewer.id, topicId]);
}

export async function setCategoryFollow(ctx: ServiceContext, categoryId: number, following: boolean): Promise<void> {
  const viewer = requireViewer(ctx);
  if (!(await ctx.em.findOne(Category, { id: categoryId }))) throw notFound('Category');
  await ctx.em.execute(
    following
      ? 'insert into category_follow (user_id, category_id) values (?, ?) on conflict do nothing'
      : 'delete from category_follow where user_id = ? and category_id = ?',
    [viewer.id, categoryId],
  );
}

export interface Preference {
  kind: NotificationKind;
  enabled: boolean;
  email: EmailMode;
}

export async function preferencesOf(em: EntityManager, userId: number): Promise<Preference[]> {
  const muted = new Set((await em.execute<Array<{ kind: string }>>('select kind from notification_mute where user_id = ?', [userId])).map((r) => r.kind));
  const chosen = new Map(
    (await em.execute<Array<{ kind: NotificationKind; mode: EmailMode }>>('select kind, mode from notification_email_pref where user_id = ?', [userId])).map((r) => [r.kind, r.mode]),
  );
  return notificationKinds.map((kind) => ({ kind, enabled: !muted.has(kind), email: chosen.get(kind) ?? defaultEmailMode[kind] }));
}

export async function preferences(ctx: ServiceContext): Promise<Preference[]> {
  return preferencesOf(ctx.em, requireViewer(ctx).id);
}

const preferenceSchema = z.object({ kind: z.enum(notificationKinds), enabled: z.boolean().nullish(), email: z.enum(emailModes).nullish() });

export async function setEmailMode(em: EntityManager, userId: number, kinds: readonly NotificationKind[], mode: EmailMode): Promise<void> {
  if (kinds.length === 0) return;
  await em.execute(
    `insert into notification_email_pref (user_id, kind, mode) select ?, k, ? from unnest(?::text[]) k
     on conflict (user_id, kind) do update set mode = excluded.mode`,
    [userId, mode, `{${kinds.join(',')}}`],
  );
}

export async function setPreference(ctx: ServiceContext, input: unknown): Promise<Preference[]> {
  const fields = parseInput(preferenceSchema, input);
  const viewer = requireViewer(ctx);
  if (fields.enabled != null) {
    await ctx.em.execute(
      fields.enabled ? 'delete from notification_mute where user_id = ? and kind = ?' : 'insert into notification_mute (user_id, kind) values (?, ?) on conflict do nothing',
      [viewer.id, fields.kind],
    );
  }
  if (fields.email != null) await setEmailMode(ctx.em, viewer.id, [fields.kind], fields.email);
  return preferences(ctx);
}
