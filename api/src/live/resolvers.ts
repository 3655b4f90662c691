import { requireViewer } from '../accounts/accounts.service.js';
import { badInput, notFound } from '../errors.js';
import type { Resolvers } from '../graphql/generated/resolvers-types.js';
import { idOf, toGlobalId } from '../graphql/ids.js';
import { canViewEvent, canViewTopic } from '../topics/permissions.js';
import { Topic } from '../topics/topic.entity.js';
import { Category } from '../topics/category.entity.js';
import type { LiveEvent } from './event.js';
import type { GraphQLContext } from '../graphql/context.js';

function parseEventCursor(after: string | null | undefined): string | null {
  if (after === null || after === undefined) return null;
  if (!/^\d{1,18}$/.test(after)) throw badInput('after is not a valid event cursor.', { after: 'Invalid cursor.' });
  return after;
}

/** Judged per event with the viewer as they are now: a role change or logout applies to open streams. */
const visibleTo = (ctx: GraphQLContext) => (event: LiveEvent) => canViewEvent(ctx.viewer, event.visibility);

export const liveResolvers: Resolvers = {
  Mutation: {
    sendTypingIndicator: async (_parent, { input }, ctx) => {
      const viewer = requireViewer(ctx);
      const topicId = idOf('Topic', input.topicId, 'topicId');
      if (!(await ctx.deps.limiter.allows('typing', `${viewer.id}:${topicId}`, ctx.deps.policy.rateLimits.typing))) return { sent: false };
      const topic = await ctx.em.findOne(Topic, { id: topicId });
      if (!topic || !canViewTopic(viewer, topic)) throw notFound('Topic');
      await ctx.deps.live.sendTyping({ topicId, user: { id: viewer.id, displayName: viewer.displayName, role: viewer.role } });
      return { sent: true };
    },
  },
  Subscription: {
    topicActivity: {
      // Checked before subscribing: a viewer who may not see the topic gets NOT_FOUND, not a silent stream.
      subscribe: async (_parent, args, ctx) => {
        const topicId = idOf('Topic', args.topicId, 'topicId');
        const after = parseEventCursor(args.after);
        const topic = await ctx.em.findOne(Topic, { id: topicId });
        if (!topic || !canViewTopic(ctx.viewer, topic)) throw notFound('Topic');
        return ctx.deps.live.openEvents({ topicId }, after, visibleTo(ctx)) as never;
      },
      resolve: (event: LiveEvent) => event,
    },
    feed: {
      subscribe: async (_parent, args, ctx) => {
        const categoryId = args.categoryId ? idOf('Category', args.categoryId, 'categoryId') : undefined;
        if (categoryId !== undefined && !(await ctx.em.findOne(Category, { id: categoryId }))) throw notFound('Category');
        const after = parseEventCursor(args.after);
        return ctx.deps.live.openEvents({ categoryId }, after, visibleTo(ctx)) as never;
      },
      resolve: (event: LiveEvent) => event,
    },
    typing: {
      subscribe: async (_parent, args, ctx) => {
        const topicId = idOf('Topic', args.topicId, 'topicId');
        const topic = await ctx.em.findOne(Topic, { id: topicId });
        if (!topic || !canViewTopic(ctx.viewer, topic)) throw notFound('Topic');
        const authorId = topic.author.id;
        return ctx.deps.live.openTyping(
          topicId,
          () => ctx.viewer?.id ?? null,
          () => canViewTopic(ctx.viewer, { isHidden: true, author: { id: authorId } }),
        ) as never;
      },
      resolve: (signal: unknown) => signal as never,
    },
  },
  TopicEvent: {
    cursor: (event) => event.id,
    topicId: (event) => (event.topicId === null ? null : toGlobalId('Topic', event.topicId)),
    answerId: (event) => (event.answerId === null ? null : toGlobalId('Answer', event.answerId)),
    occurredAt: (event) => event.occurredAt,
  },
  TypingEvent: {
    topicId: (signal) => toGlobalId('Topic', signal.topicId),
  },
  TopicSnapshot: {
    id: (topic) => toGlobalId('Topic', topic.id),
    acceptedAnswerId: (topic) => (topic.acceptedAnswerId ? toGlobalId('Answer', topic.acceptedAnswerId) : null),
    officialAnswerId: (topic) => (topic.officialAnswerId ? toGlobalId('Answer', topic.officialAnswerId) : null),
  },
  AnswerSnapshot: {
    id: (answer) => toGlobalId('Answer', answer.id),
  },
  UserSnapshot: {
    id: (user) => toGlobalId('User', user.id),
  },
  CategorySnapshot: {
    id: (category) => toGlobalId('Category', category.id),
  },
};
