import { requireViewer } from '../accounts/accounts.service.js';
import type { Resolvers } from '../graphql/generated/resolvers-types.js';
import { idOf } from '../graphql/ids.js';
import { loadOrThrow } from '../graphql/loaders.js';
import { pageSize } from '../graphql/pagination.js';
import { findAnswer, findTopic } from '../topics/topics.service.js';
import * as notifications from './notifications.service.js';
import { unsubscribeWithToken } from './notification-mail.js';

export const notificationsResolvers: Resolvers = {
  Query: {
    notifications: (_parent, { first, unreadOnly }, ctx) => notifications.listNotifications(ctx, pageSize(first), unreadOnly ?? false),
    unreadNotificationCount: (_parent, _args, ctx) => notifications.unreadCount(ctx.em, requireViewer(ctx).id),
    notificationPreferences: (_parent, _args, ctx) => notifications.preferences(ctx),
  },
  Mutation: {
    followTopic: async (_parent, { input }, ctx) => {
      const topicId = idOf('Topic', input.topicId, 'topicId');
      await notifications.setTopicFollow(ctx, topicId, input.follow);
      return { topic: (await findTopic(ctx, topicId))! };
    },
    followCategory: async (_parent, { input }, ctx) => {
      const categoryId = idOf('Category', input.categoryId, 'categoryId');
      await notifications.setCategoryFollow(ctx, categoryId, input.follow);
      return { category: await loadOrThrow(ctx.loaders.category, categoryId) };
    },
    markNotificationsRead: async (_parent, { input }, ctx) => ({
      unreadCount: await notifications.markRead(ctx, input.ids?.map((id) => Number(id))),
    }),
    setNotificationPreference: async (_parent, { input }, ctx) => ({ preferences: await notifications.setPreference(ctx, input) }),
    unsubscribe: async (_parent, { input }, ctx) => ({ kinds: await unsubscribeWithToken(ctx.em, input.token) }),
  },
  Subscription: {
    unreadNotificationCount: {
      subscribe: (_parent, _args, ctx) => {
        const userId = requireViewer(ctx).id;
        // Counts stop once the socket's session is no longer this user's (logout, expiry).
        return ctx.deps.unread.open(userId, () => ctx.viewer?.id === userId) as never;
      },
      resolve: (payload: { count: number }) => payload.count,
    },
  },
  Notification: {
    id: (n) => n.id,
    topic: (n, _args, ctx) => findTopic(ctx, n.topicId),
    answer: async (n, _args, ctx) => {
      return n.answerId ? findAnswer(ctx, n.answerId) : null;
    },
    actor: (n, _args, ctx) => (n.actorId ? loadOrThrow(ctx.loaders.user, n.actorId) : null),
    read: (n) => n.readAt !== null,
  },
  Topic: {
    viewerFollows: async (topic, _args, ctx) => {
      if (!ctx.viewer) return false;
      const rows = await ctx.em.execute('select 1 from topic_follow where user_id = ? and topic_id = ?', [ctx.viewer.id, topic.id]);
      return rows.length > 0;
    },
  },
  Category: {
    viewerFollows: async (category, _args, ctx) => {
      if (!ctx.viewer) return false;
      const rows = await ctx.em.execute('select 1 from category_follow where user_id = ? and category_id = ?', [ctx.viewer.id, category.id]);
      return rows.length > 0;
    },
  },
};
