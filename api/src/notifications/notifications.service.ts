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

/** Who wants this kind: not the actor (the one ? placeholder), not someone who turned the kind off. */
const wants = (kind: NotificationKind, user: string) =>
  `${user} is distinct from ?::int and not exists (select 1 from notification_mute m where m.user_id = ${user} and m.kind = '${kind}')`;

/**
 * Notifications are written in the transaction of the change that causes them, one INSERT … SELECT
 * per kind, so a topic with thousands of followers costs one statement, not thousands.
 */
async function toFollowersOfTopic(em: EntityManager, kind: NotificationKind, topicId: number, answerId: number | null, actorId: number, except: number[] = []) {
  await em.execute(
    `insert into notification (user_id, kind, topic_id, answer_id, actor_id)
     select f.user_id, '${kind}', ?, ?, ? from topic_follow f
     where f.topic_id = ? and ${wants(kind, 'f.user_id')} and f.user_id <> all(?::int[])`,
    [topicId, answerId, actorId, topicId, actorId, `{${except.join(',')}}`],
  );
}

async function toUser(em: EntityManager, kind: NotificationKind, userId: number, topicId: number, answerId: number | null, actorId: number) {
  await em.execute(
    `insert into notification (user_id, kind, topic_id, answer_id, actor_id)
     select u.id, '${kind}', ?, ?, ? from (select ?::int as id) u where ${wants(kind, 'u.id')}`,
    [topicId, answerId, actorId, userId, actorId],
  );
}

/** "@HelpfulHana" names the member "Helpful Hana": spaces left out, any case. */
const mentionsIn = (markdown: string) => new Set([...markdown.matchAll(/(?:^|[^\p{L}\p{N}_])@([\p{L}\p{N}_.-]{2,50})/gu)].map((m) => m[1]!.toLowerCase()));

/** At most 10 names a post, so a pasted member list cannot page half the community. */
async function toMentioned(em: EntityManager, mentioned: Iterable<string>, topicId: number, answerId: number | null, actorId: number) {
  const names = [...mentioned].slice(0, 10);
  if (names.length === 0) return;
  await em.execute(
    `insert into notification (user_id, kind, topic_id, answer_id, actor_id)
     select u.id, 'mention', ?, ?, ? from app_user u
     where lower(replace(u.display_name, ' ', '')) in (select json_array_elements_text(?::json)) and ${wants('mention', 'u.id')}`,
    [topicId, answerId, actorId, JSON.stringify(names), actorId],
  );
}

export async function follow(em: EntityManager, userId: number, topicId: number): Promise<void> {
  await em.execute('insert into topic_follow (user_id, topic_id) values (?, ?) on conflict do nothing', [userId, topicId]);
}

/** A new question: its asker follows it; followers of its category and people it mentions hear of it. */
export async function questionAsked(em: EntityManager, topic: { id: number; body: string; categoryId: number }, askerId: number): Promise<void> {
  await follow(em, askerId, topic.id);
  await em.execute(
    `insert into notification (user_id, kind, topic_id, actor_id)
     select f.user_id, 'new_topic', ?, ? from category_follow f where f.category_id = ? and ${wants('new_topic', 'f.user_id')}`,
    [topic.id, askerId, topic.categoryId, askerId],
  );
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
    `select ${COLUMNS} from notification where user_id = ? ${unreadOnly ? 'and read_at is null' : ''} order by notification.id desc limit ?`,
    [viewer.id, limit],
  );
}

export async function unreadCount(em: EntityManager, userId: number): Promise<number> {
  const [row] = await em.execute<Array<{ n: number }>>('select count(*)::int as n from notification where user_id = ? and read_at is null', [userId]);
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

export async function preferences(ctx: ServiceContext): Promise<Array<{ kind: NotificationKind; enabled: boolean }>> {
  const viewer = requireViewer(ctx);
  const muted = new Set((await ctx.em.execute<Array<{ kind: string }>>('select kind from notification_mute where user_id = ?', [viewer.id])).map((r) => r.kind));
  return notificationKinds.map((kind) => ({ kind, enabled: !muted.has(kind) }));
}

export async function setPreference(ctx: ServiceContext, input: unknown) {
  const fields = parseInput(z.object({ kind: z.enum(notificationKinds), enabled: z.boolean() }), input);
  const viewer = requireViewer(ctx);
  await ctx.em.execute(
    fields.enabled ? 'delete from notification_mute where user_id = ? and kind = ?' : 'insert into notification_mute (user_id, kind) values (?, ?) on conflict do nothing',
    [viewer.id, fields.kind],
  );
  return preferences(ctx);
}
