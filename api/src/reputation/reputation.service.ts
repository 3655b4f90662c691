import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { requireViewer } from '../accounts/accounts.service.js';
import { isStaff, User } from '../accounts/user.entity.js';
import { badInput, forbidden, notFound } from '../errors.js';
import type { ServiceContext } from '../graphql/context.js';
import { parseInput } from '../validation.js';

export type ReputationReason = 'answer_voted' | 'answer_accepted' | 'answer_official' | 'question_me_too' | 'expert_granted' | 'expert_revoked';

export interface ReputationSettings {
  answerUpvoted: number;
  answerDownvoted: number;
  answerAccepted: number;
  answerOfficial: number;
  questionMeToo: number;
  expertThreshold: number;
}

export interface ReputationEventRow {
  id: string;
  points: number;
  reason: ReputationReason;
  topicId: number | null;
  answerId: number | null;
  createdAt: Date | string;
}

export interface ProfileRow {
  user: User;
  answerCount: number;
  acceptedCount: number;
  questionCount: number;
}

export interface LeaderboardRow {
  userId: number;
  points: number;
  acceptedAnswers: number;
}

export async function readSettings(em: EntityManager): Promise<ReputationSettings> {
  const [row] = await em.execute<Array<Record<string, number>>>('select * from reputation_settings');
  return {
    answerUpvoted: row!.answer_upvoted!,
    answerDownvoted: row!.answer_downvoted!,
    answerAccepted: row!.answer_accepted!,
    answerOfficial: row!.answer_official!,
    questionMeToo: row!.question_me_too!,
    expertThreshold: row!.expert_threshold!,
  };
}

/**
 * Adds points (negative to take them back) in the caller's transaction, with a history row.
 * Reputation never drops below zero; a customer who reaches the threshold becomes an expert,
 * unless staff revoked that by hand. Call it after the change's event is recorded: a popular
 * author's row is a hot row, and by then the transaction holds the event-order lock, so writers
 * reach that row one at a time instead of queueing on it while each holds its own topic row.
 */
export async function award(
  em: EntityManager,
  entry: { userId: number; points: number; reason: ReputationReason; topicId?: number | null; answerId?: number | null; actorId?: number | null },
): Promise<void> {
  // Nobody earns from their own actions (accepting one's own answer, say).
  if (entry.points === 0 || (entry.points > 0 && entry.userId === entry.actorId)) return;
  await em.execute('insert into reputation_event (user_id, points, reason, topic_id, answer_id, actor_id) values (?, ?, ?, ?, ?, ?)', [
    entry.userId,
    entry.points,
    entry.reason,
    entry.topicId ?? null,
    entry.answerId ?? null,
    entry.actorId ?? null,
  ]);
  await em.execute(
    `update app_user u set reputation = greatest(0, u.reputation + ?),
            role = case when u.role = 'customer' and not u.expert_revoked and greatest(0, u.reputation + ?) >= s.expert_threshold then 'expert' else u.role end
     from reputation_settings s where u.id = ?`,
    [entry.points, entry.points, entry.userId],
  );
}

/** Takes back what an answer earned its author for one reason (an acceptance or official mark that moved). */
export async function takeBack(em: EntityManager, entry: { userId: number; answerId: number; reason: ReputationReason; topicId: number; actorId: number }): Promise<void> {
  const [row] = await em.execute<Array<{ earned: number }>>(
    'select coalesce(sum(points), 0)::int as earned from reputation_event where user_id = ? and answer_id = ? and reason = ?',
    [entry.userId, entry.answerId, entry.reason],
  );
  if (row!.earned > 0) await award(em, { ...entry, points: -row!.earned });
}

/** The points a vote is worth to the answer's author: 1 up, -1 down, 0 none. */
export const votePoints = (settings: ReputationSettings, value: number) => (value === 1 ? settings.answerUpvoted : value === -1 ? settings.answerDownvoted : 0);

/** Staff make a customer an expert, or take it back (and reputation alone will not give it back). */
export async function setExpert(ctx: ServiceContext, userId: number, expert: boolean): Promise<User> {
  const viewer = requireViewer(ctx);
  if (!isStaff(viewer)) throw forbidden('Only staff grant or revoke expert status.');
  const user = await ctx.em.transactional(async (em) => {
    const user = await em.findOne(User, { id: userId });
    if (!user) throw notFound('User');
    if (isStaff(user)) throw badInput('Staff and admins are not made experts.', { userId: 'Choose a customer or an expert.' });
    const changed = (user.role === 'expert') !== expert;
    await em.execute('update app_user set role = ?, expert_revoked = ? where id = ?', [expert ? 'expert' : 'customer', !expert, userId]);
    if (changed) {
      await em.execute('insert into reputation_event (user_id, points, reason, actor_id) values (?, 0, ?, ?)', [userId, expert ? 'expert_granted' : 'expert_revoked', viewer.id]);
    }
    await em.refresh(user);
    return user;
  });
  await ctx.deps.sessions.changed(user.id);
  return user;
}

const settingsSchema = z.object({
  answerUpvoted: z.number().int().min(0).max(1000),
  answerDownvoted: z.number().int().min(-1000).max(0),
  answerAccepted: z.number().int().min(0).max(1000),
  answerOfficial: z.number().int().min(0).max(1000),
  questionMeToo: z.number().int().min(0).max(1000),
  expertThreshold: z.number().int().min(1).max(1_000_000),
});

export async function updateSettings(ctx: ServiceContext, input: unknown): Promise<ReputationSettings> {
  const fields = parseInput(settingsSchema, input);
  const viewer = requireViewer(ctx);
  if (viewer.role !== 'admin') throw forbidden('Only admins change reputation points.');
  await ctx.em.execute(
    'update reputation_settings set answer_upvoted = ?, answer_downvoted = ?, answer_accepted = ?, answer_official = ?, question_me_too = ?, expert_threshold = ?',
    [fields.answerUpvoted, fields.answerDownvoted, fields.answerAccepted, fields.answerOfficial, fields.questionMeToo, fields.expertThreshold],
  );
  return fields;
}

export async function history(ctx: ServiceContext, userId: number, limit: number): Promise<ReputationEventRow[]> {
  return ctx.em.getConnection().execute<ReputationEventRow[]>(
    `select id::text as id, points, reason, topic_id as "topicId", answer_id as "answerId", created_at as "createdAt"
     from reputation_event where user_id = ? order by reputation_event.id desc limit ?`,
    [userId, limit],
  );
}

export const leaderboardPeriods = ['week', 'month', 'all'] as const;
export type LeaderboardPeriod = (typeof leaderboardPeriods)[number];

/** Community members (never staff) by points earned in the period, for staff to thank volunteers. */
export async function leaderboard(ctx: ServiceContext, period: LeaderboardPeriod, limit: number): Promise<LeaderboardRow[]> {
  const since = period === 'all' ? null : period === 'week' ? "now() - interval '7 days'" : "now() - interval '30 days'";
  return ctx.em.getConnection().execute<LeaderboardRow[]>(
    `select e.user_id as "userId", sum(e.points)::int as points,
            (count(*) filter (where e.reason = 'answer_accepted' and e.points > 0))::int as "acceptedAnswers"
     from reputation_event e join app_user u on u.id = e.user_id
     where u.role in ('customer', 'expert') and u.deleted_at is null ${since ? `and e.created_at >= ${since}` : ''}
     group by e.user_id having sum(e.points) > 0
     order by points desc, e.user_id limit ?`,
    [limit],
  );
}

/** A member's profile: counts over what everyone may see (hidden posts left out). */
export async function profile(ctx: ServiceContext, userId: number): Promise<ProfileRow | null> {
  const user = await ctx.em.findOne(User, { id: userId });
  if (!user) return null;
  const [counts] = await ctx.em.getConnection().execute<Array<{ answers: number; accepted: number; questions: number }>>(
    `select (select count(*) from answer a join topic t on t.id = a.topic_id where a.author_id = ? and not a.is_hidden and not t.is_hidden)::int as answers,
            (select count(*) from topic t join answer a on a.id = t.accepted_answer_id where a.author_id = ? and not t.is_hidden)::int as accepted,
            (select count(*) from topic t where t.author_id = ? and not t.is_hidden)::int as questions`,
    [userId, userId, userId],
  );
  return { user, answerCount: counts!.answers, acceptedCount: counts!.accepted, questionCount: counts!.questions };
}

export async function recentAnswerIds(ctx: ServiceContext, userId: number, limit: number): Promise<number[]> {
  const rows = await ctx.em
    .getConnection()
    .execute<Array<{ id: number }>>(
      'select a.id from answer a join topic t on t.id = a.topic_id where a.author_id = ? and not a.is_hidden and not t.is_hidden order by a.id desc limit ?',
      [userId, limit],
    );
  return rows.map((r) => r.id);
}
