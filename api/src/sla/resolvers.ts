import { isStaff } from '../accounts/user.entity.js';
import type { Resolvers } from '../graphql/generated/resolvers-types.js';
import { idOf } from '../graphql/ids.js';
import { loadOrThrow } from '../graphql/loaders.js';
import { pageSize, reportPeriod } from '../graphql/pagination.js';
import { latestEventId } from '../live/event-log.js';
import * as sla from './sla.service.js';

export const slaResolvers: Resolvers = {
  Query: {
    slaQueue: async (_parent, { first }, ctx) => {
      const limit = pageSize(first, 50);
      // Taken before the read, like every page: a subscription from it misses nothing.
      const liveCursor = await latestEventId(ctx.em);
      return { ...(await sla.slaQueue(ctx, limit)), liveCursor };
    },
    slaPolicies: (_parent, _args, ctx) => sla.policiesFor(ctx),
    supportHours: (_parent, _args, ctx) => sla.supportHoursFor(ctx),
    slaFigures: (_parent, { from, to }, ctx) => sla.slaFigures(ctx, reportPeriod(from, to)),
    slaByDay: (_parent, { from, to }, ctx) => sla.slaByDay(ctx, reportPeriod(from, to)),
  },
  Mutation: {
    claimTopic: async (_parent, { input }, ctx) => ({ topic: await sla.setClaim(ctx, idOf('Topic', input.topicId, 'topicId'), true) }),
    unclaimTopic: async (_parent, { input }, ctx) => ({ topic: await sla.setClaim(ctx, idOf('Topic', input.topicId, 'topicId'), false) }),
    updateSlaPolicy: async (_parent, { input }, ctx) => ({ policy: await sla.updatePolicy(ctx, input) }),
    changeUserPlan: async (_parent, { input }, ctx) => ({
      user: await sla.changeUserPlan(ctx, idOf('User', input.userId, 'userId'), input.plan),
    }),
    updateSupportHours: async (_parent, { input }, ctx) => ({ supportHours: await sla.updateSupportHours(ctx, input) }),
  },
  SlaQueueItem: {
    claimedBy: (item, _args, ctx) => (item.claimedById ? loadOrThrow(ctx.loaders.user, item.claimedById) : null),
  },
  Topic: {
    slaDueAt: (topic, _args, ctx) => (isStaff(ctx.viewer) ? (topic.slaDueAt ?? null) : null),
    claimedBy: (topic, _args, ctx) => (isStaff(ctx.viewer) && topic.claimedBy ? loadOrThrow(ctx.loaders.user, topic.claimedBy.id) : null),
  },
};
