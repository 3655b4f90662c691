import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { requireModerator, requireViewer } from '../accounts/accounts.service.js';
import type { User } from '../accounts/user.entity.js';
import { Answer } from '../answers/answer.entity.js';
import { lockAnswer } from '../answers/answers.service.js';
import { badInput, conflict, forbidden } from '../errors.js';
import type { ServiceContext } from '../graphql/context.js';
import { changeWithEvents } from '../live/transaction.js';
import { canFlag, refreshStatus } from '../topics/permissions.js';
import { Topic } from '../topics/topic.entity.js';
import { lockTopicRow } from '../topics/topics.service.js';
import { parseInput } from '../validation.js';
import { recordModeration, type ModerationActionKind } from './audit.js';
import { addDuplicatePhrasing } from '../search/phrasings.js';
import { countWrite } from '../rate-limit.js';

export const flagReasons = ['spam', 'abusive', 'off_topic', 'other'] as const;
export type FlagReason = (typeof flagReasons)[number];
export type FlagStatus = 'open' | 'hidden' | 'dismissed';

export interface FlagRow {
  id: number;
  reporterId: number;
  topicId: number;
  answerId: number | null;
  reason: FlagReason;
  note: string | null;
  status: FlagStatus;
  createdAt: Date | string;
}

export interface FlaggedPostRow {
  topic: Topic;
  answer: Answer | null;
  flags: FlagRow[];
  firstFlaggedAt: Date | string;
}

export interface ModerationActionRow {
  id: string;
  action: ModerationActionKind;
  actorId: number;
  topicId: number | null;
  answerId: number | null;
  reason: string | null;
  details: Record<string, unknown>;
  createdAt: Date | string;
}

/** A question (topicId) or an answer (answerId): exactly one. */
export interface PostTarget {
  topicId?: number | null;
  answerId?: number | null;
}

const reason = z.string().trim().max(500, 'Use at most 500 characters.').nullish();
/** A moderator's "why", kept in the audit log. */
const parseReason = (why: unknown) => parseInput(z.object({ reason }), { reason: why }).reason ?? null;
const flagSchema = z
  .object({ reason: z.enum(flagReasons), note: reason })
  .refine((f) => f.reason !== 'other' || f.note, { message: 'Say what is wrong with the post.', path: ['note'] });

/** Locks the post's topic row (changes to one topic queue up) and loads the post. */
async function lockPost(em: EntityManager, target: PostTarget, viewer: User): Promise<{ topic: Topic; answer: Answer | null }> {
  if ((target.topicId == null) === (target.answerId == null)) {
    throw badInput('Name either the question (topicId) or the answer (answerId).', { topicId: 'Give topicId or answerId, not both.' });
  }
  if (target.answerId != null) return lockAnswer(em, target.answerId, viewer);
  return { topic: await lockTopicRow(em, target.topicId!, viewer), answer: null };
}

const postWhere = 'topic_id = ? and answer_id is not distinct from ?::int';
const postParams = (post: { topic: Topic; answer: Answer | null }) => [post.topic.id, post.answer?.id ?? null];

const FLAG_COLUMNS = `id, reporter_id as "reporterId", topic_id as "topicId", answer_id as "answerId", reason, note, status, created_at as "createdAt"`;

/** Anyone signed in reports a post once; a repeat (or a retry) returns the first report unchanged. */
export async function flagPost(ctx: ServiceContext, target: PostTarget, input: unknown): Promise<FlagRow> {
  const fields = parseInput(flagSchema, input);
  const viewer = requireViewer(ctx);
  await countWrite(ctx, viewer);
  return changeWithEvents(ctx, async (em, record) => {
    const post = await lockPost(em, target, viewer);
    if (!canFlag(viewer, post.answer ?? post.topic)) throw forbidden('You cannot flag your own post.');
    const [created] = await em.execute<FlagRow[]>(
      `insert into flag (reporter_id, topic_id, answer_id, reason, note) values (?, ?, ?, ?, ?)
       on conflict (reporter_id, topic_id, coalesce(answer_id, 0)) do nothing returning ${FLAG_COLUMNS}`,
      [viewer.id, ...postParams(post), fields.reason, fields.note ?? null],
    );
    if (created) {
      // Staff watching the flag queue see it arrive; nobody else learns who flagged what.
      await record({ kind: 'post_flagged', topicId: post.topic.id, answerId: post.answer?.id, actorId: viewer.id, audience: 'staff' });
      return created;
    }
    const [earlier] = await em.execute<FlagRow[]>(`select ${FLAG_COLUMNS} from flag where reporter_id = ? and ${postWhere}`, [viewer.id, ...postParams(post)]);
    return earlier!;
  });
}


/** Staff hide or show a post. Hidden answers leave the answer count; hiding closes the post's open flags. */
export async function setPostHidden(ctx: ServiceContext, target: PostTarget, hidden: boolean, why: unknown) {
  const note = parseReason(why);
  const viewer = requireModerator(ctx);
  return changeWithEvents(ctx, async (em, record) => {
    const post = await lockPost(em, target, viewer);
    const { topic, answer } = post;
    const subject = answer ?? topic;
    if (subject.isHidden !== hidden) {
      if (answer) {
        if (hidden && (topic.acceptedAnswer?.id === answer.id || topic.officialAnswer?.id === answer.id)) {
          throw conflict('This answer is the accepted or official one: unmark it before hiding it.');
        }
        answer.isHidden = hidden;
        topic.answerCount += hidden ? -1 : 1;
        refreshStatus(topic);
        await record({ kind: hidden ? 'answer_hidden' : 'answer_unhidden', topicId: topic.id, answerId: answer.id, actorId: viewer.id });
        // The hide event carries ids only; the topic's new count and status travel on their own.
        await record({ kind: 'topic_updated', topicId: topic.id, actorId: viewer.id });
      } else {
        topic.isHidden = hidden;
        await record({ kind: hidden ? 'topic_hidden' : 'topic_unhidden', topicId: topic.id, actorId: viewer.id });
      }
      await recordModeration(em, { actor: viewer, action: hidden ? 'hide' : 'unhide', topicId: topic.id, answerId: answer?.id, reason: note });
    }
    if (hidden) {
      await em.execute(`update flag set status = 'hidden', resolved_at = now(), resolved_by_id = ? where status = 'open' and ${postWhere}`, [
        viewer.id,
        ...postParams(post),
      ]);
    }
    return post;
  });
}

/** Staff leave the post as it is and close its open flags. */
export async function dismissFlags(ctx: ServiceContext, target: PostTarget, why: unknown): Promise<number> {
  const note = parseReason(why);
  const viewer = requireModerator(ctx);
  return changeWithEvents(ctx, async (em, record) => {
    const post = await lockPost(em, target, viewer);
    const closed = await em.execute<Array<{ id: number }>>(
      `update flag set status = 'dismissed', resolved_at = now(), resolved_by_id = ? where status = 'open' and ${postWhere} returning id`,
      [viewer.id, ...postParams(post)],
    );
    if (closed.length > 0) {
      await recordModeration(em, { actor: viewer, action: 'dismiss_flags', topicId: post.topic.id, answerId: post.answer?.id, reason: note, details: { flags: closed.length } });
      await record({ kind: 'flags_dismissed', topicId: post.topic.id, answerId: post.answer?.id, actorId: viewer.id, audience: 'staff' });
    }
    return closed.length;
  });
}

/**
 * Staff close a question as a duplicate of an original. The duplicate points readers there and takes
 * no new answers; it leaves search (documents.ts); its "me too" votes, and its asker, who has the
 * same problem, count on the original; duplicates of the duplicate now point to the original too.
 */
export async function closeAsDuplicate(ctx: ServiceContext, topicId: number, originalId: number, why: unknown) {
  const note = parseReason(why);
  const viewer = requireModerator(ctx);
  if (topicId === originalId) throw badInput('A question cannot duplicate itself.', { originalId: 'Choose another question.' });
  return changeWithEvents(ctx, async (em, record) => {
    // Both rows locked in id order, so two moderators closing a pair both ways cannot deadlock.
    const [first, second] = [await lockTopicRow(em, Math.min(topicId, originalId), viewer), await lockTopicRow(em, Math.max(topicId, originalId), viewer)];
    const [topic, original] = first.id === topicId ? [first, second] : [second, first];
    if (original.isHidden) throw badInput('The original is hidden.', { originalId: 'Choose a visible question.' });
    if (original.duplicateOf) {
      throw badInput('That question is itself a duplicate: choose the question it points to.', { originalId: 'Choose the original question.' });
    }
    if (topic.duplicateOf?.id === original.id) return { topic, original }; // a retry changes nothing
    if (topic.duplicateOf) throw conflict('This question is already closed as a duplicate of another one.');
    topic.duplicateOf = original;
    await em.execute(
      `insert into topic_me_too (user_id, topic_id)
       select user_id, ? from (select user_id from topic_me_too where topic_id = ? union select ?::int) merged where user_id <> ?
       on conflict do nothing`,
      [original.id, topic.id, topic.author.id, original.author.id],
    );
    await em.execute('delete from topic_me_too where topic_id = ?', [topic.id]);
    topic.meTooCount = 0;
    const [count] = await em.execute<Array<{ n: number }>>('select count(*)::int as n from topic_me_too where topic_id = ?', [original.id]);
    original.meTooCount = count!.n;
    await em.execute('update topic set duplicate_of_id = ? where duplicate_of_id = ?', [original.id, topic.id]);
    // Its own duplicates now point at the original, and lend it their wordings too.
    await em.execute(
      `insert into topic_phrasing (topic_id, text, source, source_topic_id, created_at)
       select ?, text, source, source_topic_id, created_at from topic_phrasing where topic_id = ? and source = 'duplicate' and removed_at is null
       on conflict do nothing`,
      [original.id, topic.id],
    );
    await addDuplicatePhrasing(em, original.id, topic);
    await record({ kind: 'topic_updated', topicId: topic.id, actorId: viewer.id });
    await record({ kind: 'topic_updated', topicId: original.id, actorId: viewer.id });
    await recordModeration(em, { actor: viewer, action: 'close_as_duplicate', topicId: topic.id, reason: note, details: { originalId: original.id } });
    return { topic, original };
  });
}

/** Posts with open flags, oldest flag first, each with its open flags; and how many posts have open flags. */
export async function flagQueue(ctx: ServiceContext, limit: number): Promise<{ items: FlaggedPostRow[]; totalCount: number }> {
  requireModerator(ctx);
  const connection = ctx.em.getConnection();
  const [groups, [count]] = await Promise.all([
    connection.execute<Array<{ topic_id: number; answer_id: number | null; first_at: string; flags: FlagRow[] }>>(
      `select topic_id, answer_id, min(created_at) as first_at,
              json_agg(json_build_object('id', id, 'reporterId', reporter_id, 'topicId', topic_id, 'answerId', answer_id, 'reason', reason,
                                         'note', note, 'status', status, 'createdAt', created_at) order by id) as flags
       from flag where status = 'open' group by topic_id, answer_id order by min(created_at), topic_id limit ?`,
      [limit],
    ),
    connection.execute<Array<{ posts: number }>>(`select count(distinct (topic_id, answer_id))::int as posts from flag where status = 'open'`),
  ]);
  const totalCount = count!.posts;
  if (groups.length === 0) return { items: [], totalCount };
  const topics = new Map((await ctx.em.find(Topic, { id: { $in: groups.map((g) => g.topic_id) } })).map((t) => [t.id, t]));
  const answerIds = groups.flatMap((g) => (g.answer_id ? [g.answer_id] : []));
  const answers = new Map(answerIds.length ? (await ctx.em.find(Answer, { id: { $in: answerIds } })).map((a) => [a.id, a]) : []);
  const items = groups.flatMap((g) => {
    const topic = topics.get(g.topic_id);
    if (!topic) return [];
    return [{ topic, answer: g.answer_id ? (answers.get(g.answer_id) ?? null) : null, flags: g.flags, firstFlaggedAt: g.first_at }];
  });
  return { items, totalCount };
}

export async function moderationLog(ctx: ServiceContext, limit: number): Promise<ModerationActionRow[]> {
  requireModerator(ctx);
  return ctx.em.getConnection().execute<ModerationActionRow[]>(
    `select id::text as id, action, actor_id as "actorId", topic_id as "topicId", answer_id as "answerId", reason, details, created_at as "createdAt"
     from moderation_action order by moderation_action.id desc limit ?`, // the table's bigint, not the text alias
    [limit],
  );
}
