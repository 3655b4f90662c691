import type { Resolvers } from '../graphql/generated/resolvers-types.js';
import { idOf, toGlobalId } from '../graphql/ids.js';
import { loadOrThrow } from '../graphql/loaders.js';
import { canEditAnswer, canVote } from '../topics/permissions.js';
import { Topic } from '../topics/topic.entity.js';
import * as answers from './answers.service.js';

export const answersResolvers: Resolvers = {
  Mutation: {
    postAnswer: async (_parent, { input }, ctx) => ({
      clientMutationId: input.clientMutationId,
      ...(await answers.postAnswer(ctx, idOf('Topic', input.topicId, 'topicId'), input)),
    }),
    editAnswer: async (_parent, { input }, ctx) => ({
      answer: await answers.editAnswer(ctx, idOf('Answer', input.answerId, 'answerId'), input.body),
    }),
    voteOnAnswer: async (_parent, { input }, ctx) => ({
      answer: await answers.voteOnAnswer(ctx, idOf('Answer', input.answerId, 'answerId'), input.value),
    }),
    acceptAnswer: (_parent, { input }, ctx) => answers.setAnswerMark(ctx, 'accepted', { answerId: idOf('Answer', input.answerId, 'answerId') }),
    unacceptAnswer: (_parent, { input }, ctx) => answers.setAnswerMark(ctx, 'accepted', { topicId: idOf('Topic', input.topicId, 'topicId') }),
    markAnswerAsOfficial: (_parent, { input }, ctx) => answers.setAnswerMark(ctx, 'official', { answerId: idOf('Answer', input.answerId, 'answerId') }),
    unmarkOfficialAnswer: (_parent, { input }, ctx) => answers.setAnswerMark(ctx, 'official', { topicId: idOf('Topic', input.topicId, 'topicId') }),
  },
  Answer: {
    id: (answer) => toGlobalId('Answer', answer.id),
    author: (answer, _args, ctx) => loadOrThrow(ctx.loaders.user, answer.author.id),
    isAccepted: async (answer, _args, ctx) => (await ctx.em.findOneOrFail(Topic, answer.topic.id)).acceptedAnswer?.id === answer.id,
    isOfficial: async (answer, _args, ctx) => (await ctx.em.findOneOrFail(Topic, answer.topic.id)).officialAnswer?.id === answer.id,
    viewerVote: (answer, _args, ctx) => ctx.loaders.viewerVote.load(answer.id),
    viewerCanEdit: async (answer, _args, ctx) => canEditAnswer(ctx.viewer, answer, await ctx.em.findOneOrFail(Topic, answer.topic.id)),
    viewerCanVote: (answer, _args, ctx) => canVote(ctx.viewer, answer),
  },
};
