import { discardDraft } from '../composer/drafts.service.js';
import { recordRevision } from '../revisions/revisions.service.js';
import { z } from 'zod';
import { requireViewer } from '../accounts/accounts.service.js';
import { isStaff, User } from '../accounts/user.entity.js';
import { badInput, conflict, forbidden, notFound } from '../errors.js';
import type { ServiceContext } from '../graphql/context.js';
import { changeWithEvents, lockClientMutation } from '../live/transaction.js';
import { renderMarkdown } from '../markdown/render.js';
import { canAccept, canAnswer, canEditAnswer, canMarkOfficial, canViewAnswer, canVote, refreshStatus } from '../topics/permissions.js';
import type { Topic } from '../topics/topic.entity.js';
import { clientMutationId, lockedTopic, lockTopicRow } from '../topics/topics.service.js';
import { parseInput } from '../validation.js';
import { award, readSettings, takeBack, votePoints } from '../reputation/reputation.service.js';
import * as notify from '../notifications/notifications.service.js';
import { Answer } from './answer.entity.js';
import { countWrite } from '../rate-limit.js';

const body = z.string().trim().min(2, 'Write at least 2 characters.').max(20_000, 'Use at most 20,000 characters.');
const postSchema = z.object({ clientMutationId, body });

export async function postAnswer(ctx: ServiceContext, topicId: number, input: unknown): Promise<{ answer: Answer; topic: Topic }> {
  const fields = parseInput(postSchema, input);
  const viewer = requireViewer(ctx);
  await countWrite(ctx, viewer);
  return changeWithEvents(ctx, async (em, record) => {
    if (fields.clientMutationId) {
      await lockClientMutation(em, viewer.id, fields.clientMutationId);
      const earlier = await em.findOne(Answer, { author: viewer.id, clientMutationId: fields.clientMutationId }, { populate: ['topic'] });
      if (earlier) return { answer: earlier, topic: earlier.topic };
    }
    const topic = await lockTopicRow(em, topicId, viewer);
    if (!canAnswer(viewer, topic)) throw forbidden('This topic is locked: it takes no new answers.');
    const now = new Date();
    const answer = em.create(Answer, {
      topic,
      author: em.getReference(User, viewer.id),
      body: fields.body,
      bodyHtml: renderMarkdown(fields.body),
      clientMutationId: fields.clientMutationId ?? null,
      createdAt: now,
      updatedAt: now,
    });
    topic.answerCount += 1;
    topic.lastActivityAt = now;
    // The first response the support targets count.
    if (!topic.staffAnsweredAt && isStaff(viewer)) topic.staffAnsweredAt = now;
    if (!topic.firstAnswerAt && topic.author.id !== viewer.id) {
      topic.firstAnswerAt = now;
      topic.firstAnswerByStaff = isStaff(viewer);
    }
    refreshStatus(topic);
    await em.flush();
    await notify.answerPosted(em, { id: topic.id, authorId: topic.author.id }, { id: answer.id, body: answer.body }, viewer.id);
    await discardDraft(em, viewer.id, topic.id);
    await record({ kind: 'answer_posted', topicId: topic.id, answerId: answer.id, actorId: viewer.id });
    return { answer, topic };
  });
}

/**
 * The answer and its topic, the topic row locked: every change to one topic queues up behind it.
 * An answer the viewer may not see (hidden, or on a hidden topic) does not exist for them.
 */
export async function lockAnswer(em: Parameters<typeof lockTopicRow>[0], answerId: number, viewer: User): Promise<{ answer: Answer; topic: Topic }> {
  const [row] = await em.execute<Array<{ topic_id: number }>>('select topic_id from answer where id = ?', [answerId]);
  if (!row) throw notFound('Answer');
  const topic = await lockedTopic(em, row.topic_id);
  // Read after the lock: a score loaded before it could be stale and lose a concurrent vote.
  const answer = await em.findOne(Answer, { id: answerId }, { refresh: true });
  if (!topic || !answer || !canViewAnswer(viewer, answer, topic)) throw notFound('Answer');
  return { answer, topic };
}

export async function editAnswer(ctx: ServiceContext, answerId: number, rawBody: unknown): Promise<Answer> {
  const fields = parseInput(z.object({ body }), { body: rawBody });
  const viewer = requireViewer(ctx);
  await countWrite(ctx, viewer);
  return changeWithEvents(ctx, async (em, record) => {
    const { answer, topic } = await lockAnswer(em, answerId, viewer);
    if (!canEditAnswer(viewer, answer, topic)) {
      throw forbidden(topic.isLocked ? 'This topic is locked.' : 'Only the author or staff can edit this answer.');
    }
    const before = answer.body;
    const post = { topicId: topic.id, answerId: answer.id, authorId: answer.author.id, createdAt: answer.createdAt };
    const unchanged = !(await recordRevision(em, post, { title: null, body: before, categoryId: null, tags: null }, { title: null, body: fields.body, categoryId: null, tags: null }, viewer.id));
    if (unchanged) return answer;
    answer.body = fields.body;
    answer.bodyHtml = renderMarkdown(fields.body);
    answer.updatedAt = answer.editedAt = new Date();
    await record({ kind: 'answer_edited', topicId: topic.id, answerId: answer.id, actorId: viewer.id });
    await notify.postEdited(em, { topicId: topic.id, answerId: answer.id, before, after: answer.body }, viewer.id);
    return answer;
  });
}

export async function voteOnAnswer(ctx: ServiceContext, answerId: number, value: number): Promise<Answer> {
  if (value !== 1 && value !== -1 && value !== 0) throw badInput('A vote is 1, -1, or 0 to take it back.', { value: 'Must be 1, -1 or 0.' });
  const viewer = requireViewer(ctx);
  await countWrite(ctx, viewer);
  return changeWithEvents(ctx, async (em, record) => {
    const { answer, topic } = await lockAnswer(em, answerId, viewer);
    if (!canVote(viewer, answer)) throw forbidden('You cannot vote on your own answer.');
    // The topic row lock serializes votes on this topic, so reading the old vote and applying the
    // difference cannot race; the primary key still guarantees one vote per user per answer.
    const [existing] = await em.execute<Array<{ value: number }>>('select value from answer_vote where user_id = ? and answer_id = ?', [
      viewer.id,
      answer.id,
    ]);
    const before = existing?.value ?? 0;
    if (before === value) return answer; // a retry, or no change
    if (value === 0) await em.execute('delete from answer_vote where user_id = ? and answer_id = ?', [viewer.id, answer.id]);
    else {
      await em.execute(
        'insert into answer_vote (user_id, answer_id, value) values (?, ?, ?) on conflict (user_id, answer_id) do update set value = excluded.value',
        [viewer.id, answer.id, value],
      );
    }
    answer.score += value - before;
    const settings = await readSettings(em);
    await record({ kind: 'answer_voted', topicId: topic.id, answerId: answer.id, actorId: viewer.id });
    await award(em, { userId: answer.author.id, points: votePoints(settings, value) - votePoints(settings, before), reason: 'answer_voted', topicId: topic.id, answerId: answer.id, actorId: viewer.id });
    return answer;
  });
}

/** Which answer a topic points to as accepted or official: one mechanism, two rules. */
const marks = {
  accepted: {
    field: 'acceptedAnswer',
    mayChange: (viewer: User, topic: Topic) => canAccept(viewer, topic),
    refusal: 'Only the asker or staff can accept an answer.',
    set: 'answer_accepted',
    cleared: 'answer_unaccepted',
  },
  official: {
    field: 'officialAnswer',
    mayChange: (viewer: User) => canMarkOfficial(viewer),
    refusal: 'Only staff can mark the official answer.',
    set: 'answer_marked_official',
    cleared: 'answer_unmarked_official',
  },
} as const;

/** Points the topic's accepted or official answer at `answerId`, or clears it (`topicId`). */
export async function setAnswerMark(
  ctx: ServiceContext,
  mark: keyof typeof marks,
  target: { answerId: number } | { topicId: number },
): Promise<{ topic: Topic; answer: Answer | null }> {
  const rule = marks[mark];
  const viewer = requireViewer(ctx);
  await countWrite(ctx, viewer);
  return changeWithEvents(ctx, async (em, record) => {
    const { answer, topic } = 'answerId' in target ? await lockAnswer(em, target.answerId, viewer) : { answer: null, topic: await lockTopicRow(em, target.topicId, viewer) };
    if (!rule.mayChange(viewer, topic)) throw forbidden(rule.refusal);
    // A mark shows the answer to everyone: a hidden one must be shown again by staff first.
    if (answer?.isHidden) throw conflict('This answer is hidden: staff must show it again before it can be accepted or marked official.');
    const previous = topic[rule.field]?.id ?? null;
    if (previous === (answer?.id ?? null)) return { topic, answer }; // already so: a retry changes nothing
    topic[rule.field] = answer;
    refreshStatus(topic);
    if (answer && mark === 'accepted') await notify.answerAccepted(em, topic.id, { id: answer.id, authorId: answer.author.id }, viewer.id);
    if (answer && mark === 'official') await notify.answerMarkedOfficial(em, topic.id, answer.id, viewer.id);
    await record({ kind: answer ? rule.set : rule.cleared, topicId: topic.id, answerId: answer?.id ?? previous, actorId: viewer.id });
    // Reputation after the event (see award): the answer that lost the mark gives its points back,
    // the one that gained it earns them.
    const reason = mark === 'accepted' ? 'answer_accepted' : 'answer_official';
    const earlier = previous === null ? null : await em.findOne(Answer, previous);
    if (earlier) await takeBack(em, { userId: earlier.author.id, answerId: earlier.id, reason, topicId: topic.id, actorId: viewer.id });
    if (answer) {
      const points = (await readSettings(em))[mark === 'accepted' ? 'answerAccepted' : 'answerOfficial'];
      await award(em, { userId: answer.author.id, points, reason, topicId: topic.id, answerId: answer.id, actorId: viewer.id });
    }
    return { topic, answer };
  });
}
