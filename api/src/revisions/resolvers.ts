import type { Resolvers } from '../graphql/generated/resolvers-types.js';
import { loadOrThrow } from '../graphql/loaders.js';
import { pageSize } from '../graphql/pagination.js';
import { listRevisions } from './revisions.service.js';

// A Topic or Answer object reaching these resolvers was already judged visible to the viewer.
export const revisionsResolvers: Resolvers = {
  Topic: {
    revisions: (topic, { first }, ctx) => listRevisions(ctx, { topicId: topic.id, answerId: null }, pageSize(first, 50)),
  },
  Answer: {
    revisions: (answer, { first }, ctx) => listRevisions(ctx, { topicId: answer.topic.id, answerId: answer.id }, pageSize(first, 50)),
  },
  PostRevision: {
    editor: (revision, _args, ctx) => loadOrThrow(ctx.loaders.user, revision.editorId),
    category: (revision, _args, ctx) => (revision.categoryId === null ? null : loadOrThrow(ctx.loaders.category, revision.categoryId)),
  },
};
