import { LockMode, raw } from '@mikro-orm/postgresql';
import { recordRevision } from '../revisions/revisions.service.js';
import { discardDraft } from '../composer/drafts.service.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { requireViewer } from '../accounts/accounts.service.js';
import { isStaff, User } from '../accounts/user.entity.js';
import { Answer } from '../answers/answer.entity.js';
import { answerPagesOf, type AnswerPage } from '../answers/answer-pages.js';
import { badInput, forbidden, notFound } from '../errors.js';
import type { ServiceContext } from '../graphql/context.js';
import type { Loaders } from '../graphql/loaders.js';
import { changeWithEvents, lockClientMutation } from '../live/transaction.js';
import { renderMarkdown } from '../markdown/render.js';
import { recordModeration } from '../moderation/audit.js';
import { startSlaClock } from '../sla/sla.service.js';
import * as notify from '../notifications/notifications.service.js';
import { award, readSettings } from '../reputation/reputation.service.js';
import { parseInput } from '../validation.js';
import { Category } from './category.entity.js';
import { recordSignal, signalSource } from '../deflection/signals.js';
import { canAsk, canEditTopic, canLock, canMeToo, canModerate, canViewAnswer, canViewTopic, refreshStatus } from './permissions.js';
import { Tag } from './tag.entity.js';
import { Topic } from './topic.entity.js';
import { countWrite } from '../rate-limit.js';

export const topicFilters = ['all', 'unanswered', 'resolved'] as const;
export const topicOrders = ['activity', 'votes', 'newest'] as const;
export type TopicFilter = (typeof topicFilters)[number];
export type TopicOrder = (typeof topicOrders)[number];

export interface TopicPageOptions {
  limit: number;
  /** The sort key and id of the last row of the previous page. */
  after: { key: string | number; id: number } | null;
  categoryId: number | null;
  tag: string | null;
  filter: TopicFilter;
  orderBy: TopicOrder;
}

const title = z.string().trim().min(10, 'Use at least 10 characters.').max(200, 'Use at most 200 characters.');
const body = z.string().trim().min(20, 'Use at least 20 characters.').max(20_000, 'Use at most 20,000 characters.');
const tagName = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'Tags are 1 to 40 lower-case letters, digits and dashes.');
const tags = z
  .array(tagName)
  .max(5, 'Use at most 5 tags.')
  .transform((list) => [...new Set(list)]);
export const clientMutationId = z.string().trim().min(1).max(64, 'Use at most 64 characters.').nullish();

const askSchema = z.object({ clientMutationId, title, body, categoryId: z.number().int().positive(), tags: tags.nullish() });
const editSchema = z.object({
  title: title.nullish(),
  body: body.nullish(),
  categoryId: z.number().int().positive().nullish(),
  tags: tags.nullish(),
});

export async function listCategories(ctx: ServiceContext): Promise<Category[]> {
  return ctx.em.find(Category, {}, { orderBy: { position: 'asc', name: 'asc' } });
}

export async function findCategoryBySlug(ctx: ServiceContext, slug: string): Promise<Category | null> {
  return ctx.em.findOne(Category, { slug });
}

const sortColumn: Record<TopicOrder, 'lastActivityAt' | 'meTooCount' | 'createdAt'> = {
  activity: 'lastActivityAt',
  votes: 'meTooCount',
  newest: 'createdAt',
};

/** Which topics a listing shows the viewer (hidden ones to staff only): one rule for every list. */
const listedFor = (viewer: ServiceContext['viewer']) => (canModerate(viewer) ? {} : { isHidden: false });

/** Keyset pagination on (sort key, id), each ordering served by an index of that shape. */
export async function listTopics(ctx: ServiceContext, options: TopicPageOptions): Promise<Topic[]> {
  const column = sortColumn[options.orderBy];
  const after = options.after;
  const key = after && column !== 'meTooCount' ? new Date(after.key) : after?.key;
  return ctx.em.find(
    Topic,
    {
      ...listedFor(ctx.viewer),
      ...(options.categoryId ? { category: options.categoryId } : {}),
      ...(options.tag ? { tags: { name: options.tag } } : {}),
      ...(options.filter === 'unanswered' ? { answerCount: 0 } : {}),
      ...(options.filter === 'resolved' ? { status: 'resolved' as const } : {}),
      ...(after ? { $or: [{ [column]: { $lt: key } }, { [column]: key, id: { $lt: after.id } }] } : {}),
    },
    { orderBy: { [column]: 'desc', id: 'desc' }, limit: options.limit },
  );
}

/** Threads for a sitemap: those the viewer may see, minus duplicates (their page names the original as canonical). */
const sitemapThreads = (viewer: ServiceContext['viewer']) => ({ ...listedFor(viewer), duplicateOf: null });

export function countSitemapThreads(ctx: ServiceContext): Promise<number> {
  return ctx.em.count(Topic, sitemapThreads(ctx.viewer));
}

/** One page of sitemap threads, solved first, then most recently changed. */
export async function listSitemapThreads(ctx: ServiceContext, page: { limit: number; offset: number }): Promise<Array<{ id: number; lastModified: Date }>> {
  const rows = await ctx.em.find(Topic, sitemapThreads(ctx.viewer), {
    fields: ['id', 'status', 'lastActivityAt', 'updatedAt'],
    orderBy: [{ [raw(`(case when status = 'resolved' then 0 else 1 end)`)]: 'asc' }, { lastActivityAt: 'desc' }, { id: 'desc' }],
    limit: page.limit,
    offset: page.offset,
    disableIdentityMap: true,
  });
  return rows.map((t) => ({ id: t.id, lastModified: t.updatedAt > t.lastActivityAt ? t.updatedAt : t.lastActivityAt }));
}

/** The topic if the viewer may see it (hidden ones: staff and the author only); batched through the request's loader when there is one (lists of hits). */
export async function findTopic(ctx: ServiceContext & { loaders?: Pick<Loaders, 'topic'> }, id: number): Promise<Topic | null> {
  const topic = ctx.loaders ? await ctx.loaders.topic.load(id) : await ctx.em.findOne(Topic, { id });
  return topic && canViewTopic(ctx.viewer, topic) ? topic : null;
}

/** An answer if the viewer may see it and its topic. */
export async function findAnswer(ctx: ServiceContext, id: number): Promise<Answer | null> {
  const answer = await ctx.em.findOne(Answer, { id }, { populate: ['topic'] });
  return answer && canViewAnswer(ctx.viewer, answer, answer.topic) ? answer : null;
}

/** One page of a topic's answers in reading order (answer-pages.ts); the resolvers batch many topics through a loader. */
export async function listAnswers(ctx: ServiceContext, topic: Topic, options: AnswerPage): Promise<Answer[]> {
  return (await answerPagesOf(ctx.em, ctx.viewer, [topic.id], options)).get(topic.id) ?? [];
}

/**
 * Loads a topic the viewer may see and locks its row for the rest of the transaction: changes to
 * one topic queue up. One the viewer may not see does not exist for them (NOT_FOUND).
 */
export async function lockTopicRow(em: EntityManager, topicId: number, viewer: User): Promise<Topic> {
  const topic = await lockedTopic(em, topicId);
  if (!topic || !canViewTopic(viewer, topic)) throw notFound('Topic');
  return topic;
}

/** The topic, its row locked for the rest of the transaction and read after the lock; null if there is none. */
export function lockedTopic(em: EntityManager, topicId: number): Promise<Topic | null> {
  return em.findOne(Topic, { id: topicId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

async function findOrCreateTags(em: EntityManager, names: string[]): Promise<Tag[]> {
  if (names.length === 0) return [];
  // One placeholder per tag: knex would expand an array binding into a list, not a text[].
  await em.execute(`insert into tag (name) values ${names.map(() => '(?)').join(', ')} on conflict (name) do nothing`, names);
  return em.find(Tag, { name: { $in: names } });
}

async function requireCategory(em: EntityManager, categoryId: number): Promise<Category> {
  const category = await em.findOne(Category, { id: categoryId });
  if (!category) throw badInput('That category does not exist.', { categoryId: 'Unknown category.' });
  return category;
}

export async function askQuestion(ctx: ServiceContext, input: unknown): Promise<Topic> {
  const fields = parseInput(askSchema, input);
  const viewer = requireViewer(ctx);
  if (!canAsk(viewer)) throw forbidden();
  await countWrite(ctx, viewer);
  return changeWithEvents(ctx, async (em, record) => {
    if (fields.clientMutationId) {
      await lockClientMutation(em, viewer.id, fields.clientMutationId);
      const earlier = await em.findOne(Topic, { author: viewer.id, clientMutationId: fields.clientMutationId });
      if (earlier) return earlier;
    }
    const category = await requireCategory(em, fields.categoryId);
    const now = new Date();
    const topic = em.create(Topic, {
      title: fields.title,
      body: fields.body,
      bodyHtml: renderMarkdown(fields.body),
      author: em.getReference(User, viewer.id),
      category,
      clientMutationId: fields.clientMutationId ?? null,
      createdAt: now,
      updatedAt: now,
      lastActivityAt: now,
    });
    for (const tag of await findOrCreateTags(em, fields.tags ?? [])) topic.tags.add(tag);
    await startSlaClock(em, viewer, topic);
    await em.flush();
    await notify.questionAsked(em, { id: topic.id, body: topic.body, categoryId: category.id }, viewer.id);
    await discardDraft(em, viewer.id, null);
    await record({ kind: 'topic_created', topicId: topic.id, actorId: viewer.id });
    // In the same transaction: a question that exists was counted, one that failed was not.
    const who = signalSource(ctx);
    if (who) await recordSignal(em, who, { kind: 'question_posted', topicId: topic.id });
    return topic;
  });
}

export async function editTopic(ctx: ServiceContext, topicId: number, input: unknown): Promise<Topic> {
  const fields = parseInput(editSchema, input);
  const viewer = requireViewer(ctx);
  await countWrite(ctx, viewer);
  return changeWithEvents(ctx, async (em, record) => {
    const topic = await lockTopicRow(em, topicId, viewer);
    if (!canEditTopic(viewer, topic)) {
      throw forbidden(topic.isLocked ? 'This topic is locked.' : 'Only the author or staff can edit this question.');
    }
    await topic.tags.init();
    const stateOf = () => ({ title: topic.title, body: topic.body, categoryId: topic.category.id, tags: topic.tags.getItems().map((t) => t.name).sort() });
    const before = stateOf();
    if (fields.title) topic.title = fields.title;
    if (fields.body) {
      topic.body = fields.body;
      topic.bodyHtml = renderMarkdown(fields.body);
    }
    if (fields.categoryId && fields.categoryId !== topic.category.id) {
      const from = topic.category.id;
      topic.category = await requireCategory(em, fields.categoryId);
      if (isStaff(viewer)) await recordModeration(em, { actor: viewer, action: 'move', topicId: topic.id, details: { fromCategoryId: from, toCategoryId: topic.category.id } });
    }
    if (fields.tags) topic.tags.set(await findOrCreateTags(em, fields.tags));
    const post = { topicId: topic.id, answerId: null, authorId: topic.author.id, createdAt: topic.createdAt };
    if (!(await recordRevision(em, post, before, stateOf(), viewer.id))) return topic; // nothing changed: no revision, no event
    topic.editedAt = new Date();
    topic.updatedAt = new Date();
    await record({ kind: 'topic_edited', topicId: topic.id, actorId: viewer.id });
    if (fields.body) await notify.postEdited(em, { topicId: topic.id, answerId: null, before: before.body, after: topic.body }, viewer.id);
    return topic;
  });
}

export async function setMeToo(ctx: ServiceContext, topicId: number, meToo: boolean): Promise<Topic> {
  const viewer = requireViewer(ctx);
  await countWrite(ctx, viewer);
  return changeWithEvents(ctx, async (em, record) => {
    const topic = await lockTopicRow(em, topicId, viewer);
    if (!canMeToo(viewer, topic)) throw forbidden('You cannot vote "me too" on your own question.');
    const changed = meToo
      ? await em.execute('insert into topic_me_too (user_id, topic_id) values (?, ?) on conflict do nothing returning 1', [viewer.id, topic.id])
      : await em.execute('delete from topic_me_too where user_id = ? and topic_id = ? returning 1', [viewer.id, topic.id]);
    if (changed.length === 0) return topic; // already so: a retry changes nothing
    topic.meTooCount += meToo ? 1 : -1;
    const { questionMeToo } = await readSettings(em);
    await record({ kind: 'topic_updated', topicId: topic.id, actorId: viewer.id });
    await award(em, { userId: topic.author.id, points: meToo ? questionMeToo : -questionMeToo, reason: 'question_me_too', topicId: topic.id, actorId: viewer.id });
    return topic;
  });
}

export async function setLocked(ctx: ServiceContext, topicId: number, locked: boolean): Promise<Topic> {
  const viewer = requireViewer(ctx);
  if (!canLock(viewer)) throw forbidden('Only staff can lock or unlock topics.');
  return changeWithEvents(ctx, async (em, record) => {
    const topic = await lockTopicRow(em, topicId, viewer);
    if (topic.isLocked === locked) return topic;
    topic.isLocked = locked;
    refreshStatus(topic);
    await recordModeration(em, { actor: viewer, action: locked ? 'lock' : 'unlock', topicId: topic.id });
    await record({ kind: 'topic_updated', topicId: topic.id, actorId: viewer.id });
    return topic;
  });
}
