import { isStaff } from '../accounts/user.entity.js';
import type { Resolvers } from '../graphql/generated/resolvers-types.js';
import { idOf, toGlobalId } from '../graphql/ids.js';
import { loadOrThrow } from '../graphql/loaders.js';
import { pageSize } from '../graphql/pagination.js';
import { latestEventId } from '../live/event-log.js';
import { Answer } from '../answers/answer.entity.js';
import { canFlag, canModerate } from '../topics/permissions.js';
import { findTopic } from '../topics/topics.service.js';
import * as moderation from './moderation.service.js';

const target = (input: { topicId?: string | null; answerId?: string | null }): moderation.PostTarget => ({
  topicId: input.topicId ? idOf('Topic', input.topicId, 'topicId') : null,
  answerId: input.answerId ? idOf('Answer', input.answerId, 'answerId') : null,
});

export const moderationResolvers: Resolvers = {
  Query: {
    flagQueue: async (_parent, { first }, ctx) => {
      const limit = pageSize(first, 50);
      // Taken before the read: a subscription from it misses nothing.
      const liveCursor = await latestEventId(ctx.em);
      return { ...(await moderation.flagQueue(ctx, limit)), liveCursor };
    },
    moderationLog: (_parent, { first }, ctx) => moderation.moderationLog(ctx, pageSize(first, 50)),
  },
  Mutation: {
    flagPost: async (_parent, { input }, ctx) => ({ flag: await moderation.flagPost(ctx, target(input), { reason: input.reason, note: input.note }) }),
    setPostHidden: (_parent, { input }, ctx) => moderation.setPostHidden(ctx, target(input), input.hidden, input.reason),
    dismissFlags: async (_parent, { input }, ctx) => ({ dismissed: await moderation.dismissFlags(ctx, target(input), input.reason) }),
    closeAsDuplicate: (_parent, { input }, ctx) =>
      moderation.closeAsDuplicate(ctx, idOf('Topic', input.topicId, 'topicId'), idOf('Topic', input.originalId, 'originalId'), input.reason),
  },
  Flag: {
    id: (flag) => String(flag.id),
    reporter: (flag, _args, ctx) => (isStaff(ctx.viewer) ? loadOrThrow(ctx.loaders.user, flag.reporterId) : null),
  },
  ModerationAction: {
    actor: (entry, _args, ctx) => loadOrThrow(ctx.loaders.user, entry.actorId),
    topic: (entry, _args, ctx) => (entry.topicId ? findTopic(ctx, entry.topicId) : null),
    answer: (entry, _args, ctx) => (entry.answerId ? ctx.em.findOne(Answer, entry.answerId) : null),
    details: (entry) => (Object.keys(entry.details).length ? JSON.stringify(entry.details) : null),
  },
  Topic: {
    duplicateOf: (topic, _args, ctx) => (topic.duplicateOf ? findTopic(ctx, topic.duplicateOf.id) : null),
    viewerCanFlag: (topic, _args, ctx) => canFlag(ctx.viewer, topic),
    viewerCanModerate: (_topic, _args, ctx) => canModerate(ctx.viewer),
    viewerHasFlagged: (topic, _args, ctx) => ctx.loaders.viewerFlagged.load(`${topic.id}:0`),
  },
  Answer: {
    viewerCanFlag: (answer, _args, ctx) => canFlag(ctx.viewer, answer),
    viewerHasFlagged: (answer, _args, ctx) => ctx.loaders.viewerFlagged.load(`${answer.topic.id}:${answer.id}`),
  },
  TopicSnapshot: {
    duplicateOfId: (topic) => (topic.duplicateOfId ? toGlobalId('Topic', topic.duplicateOfId) : null),
  },
};
