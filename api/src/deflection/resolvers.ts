import { requireViewer } from '../accounts/accounts.service.js';
import { isStaff } from '../accounts/user.entity.js';
import { forbidden } from '../errors.js';
import type { Resolvers } from '../graphql/generated/resolvers-types.js';
import { idOf } from '../graphql/ids.js';
import { reportPeriod } from '../graphql/pagination.js';
import { reportSignal } from './signals.js';
import { supportStats } from './stats.service.js';

export const deflectionResolvers: Resolvers = {
  Query: {
    supportStats: (_parent, args, ctx) => supportStats(ctx, reportPeriod(args.from, args.to), args.granularity ?? 'day') as never,
  },
  Mutation: {
    recordSignal: async (_parent, { input }, ctx) => ({
      recorded: await reportSignal(ctx, { ...input, topicId: input.topicId ? idOf('Topic', input.topicId, 'topicId') : null }),
    }),
  },
  Subscription: {
    supportStatsChanged: {
      subscribe: (_parent, _args, ctx) => {
        if (!isStaff(requireViewer(ctx))) throw forbidden('Only staff can see support statistics.');
        // Judged at every tick with the viewer as now: a demotion or logout stops the stream's ticks.
        return ctx.deps.live.openStatsTicks(() => isStaff(ctx.viewer)) as never;
      },
      resolve: (tick: { at: Date }) => tick.at,
    },
  },
};
