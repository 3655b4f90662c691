import { Answer } from '../answers/answer.entity.js';
import type { Resolvers } from '../graphql/generated/resolvers-types.js';
import { idOf } from '../graphql/ids.js';
import { loadOrThrow } from '../graphql/loaders.js';
import { pageSize } from '../graphql/pagination.js';
import { findTopic } from '../topics/topics.service.js';
import * as reputation from './reputation.service.js';

export const reputationResolvers: Resolvers = {
  Query: {
    userProfile: (_parent, { id }, ctx) => reputation.profile(ctx, idOf('User', id)),
    leaderboard: (_parent, { period, first }, ctx) => reputation.leaderboard(ctx, period ?? 'month', pageSize(first)),
    reputationSettings: (_parent, _args, ctx) => reputation.readSettings(ctx.em),
  },
  Mutation: {
    setExpert: async (_parent, { input }, ctx) => ({ user: await reputation.setExpert(ctx, idOf('User', input.userId, 'userId'), input.expert) }),
    updateReputationSettings: async (_parent, { input }, ctx) => ({ settings: await reputation.updateSettings(ctx, input) }),
  },
  UserProfile: {
    reputationHistory: ({ user }, { first }, ctx) => reputation.history(ctx, user.id, pageSize(first)),
    recentAnswers: async ({ user }, { first }, ctx) => {
      const ids = await reputation.recentAnswerIds(ctx, user.id, pageSize(first, 10));
      const answers = new Map((ids.length ? await ctx.em.find(Answer, { id: { $in: ids } }) : []).map((a) => [a.id, a]));
      return ids.flatMap((id) => answers.get(id) ?? []);
    },
  },
  ReputationChange: {
    topic: (change, _args, ctx) => (change.topicId ? findTopic(ctx, change.topicId) : null),
  },
  Answer: {
    topic: (answer, _args, ctx) => findTopic(ctx, answer.topic.id),
  },
  LeaderboardEntry: {
    user: (entry, _args, ctx) => loadOrThrow(ctx.loaders.user, entry.userId),
  },
};
