import type { Resolvers } from '../graphql/generated/resolvers-types.js';
import { toGlobalId } from '../graphql/ids.js';
import { loadOrThrow } from '../graphql/loaders.js';
import { renderMarkdown } from '../markdown/render.js';
import { Topic } from '../topics/topic.entity.js';

export const answersResolvers: Resolvers = {
  Answer: {
    id: (answer) => toGlobalId('Answer', answer.id),
    bodyHtml: (answer) => renderMarkdown(answer.body),
    author: (answer, _args, ctx) => loadOrThrow(ctx.loaders.user, answer.author.id),
    isAccepted: async (answer, _args, ctx) => (await ctx.em.findOneOrFail(Topic, answer.topic.id)).acceptedAnswer?.id === answer.id,
    isOfficial: async (answer, _args, ctx) => (await ctx.em.findOneOrFail(Topic, answer.topic.id)).officialAnswer?.id === answer.id,
  },
};
