import type { Resolvers } from '../graphql/generated/resolvers-types.js';
import { pageSize } from '../graphql/pagination.js';
import { caughtMail, mailLog } from './mail-log.js';

export const mailResolvers: Resolvers = {
  Query: {
    mailLog: (_parent, { first, state }, ctx) => mailLog(ctx, pageSize(first), state ?? null),
    caughtMail: (_parent, { first }, ctx) => caughtMail(ctx, pageSize(first)),
  },
  CaughtMail: {
    id: (m) => String(m.id),
    to: (m) => m.envelopeTo,
  },
};
