import { requireViewer } from '../accounts/accounts.service.js';
import type { Resolvers } from '../graphql/generated/resolvers-types.js';
import { idOf, toGlobalId } from '../graphql/ids.js';
import { loadOrThrow } from '../graphql/loaders.js';
import { pageSize } from '../graphql/pagination.js';
import * as composer from './drafts.service.js';

const topicIdOf = (id: string | null | undefined) => (id ? idOf('Topic', id, 'topicId') : null);

export const composerResolvers: Resolvers = {
  Query: {
    previewMarkdown: (_parent, { markdown }, ctx) => composer.previewMarkdown(ctx, markdown),
    draft: (_parent, { topicId }, ctx) => composer.readDraft(ctx, topicIdOf(topicId)),
    mentionSuggestions: async (_parent, { prefix, topicId, first }, ctx) =>
      Promise.all((await composer.mentionSuggestions(ctx, prefix, topicIdOf(topicId), pageSize(first, 8))).map((id) => loadOrThrow(ctx.loaders.user, id))),
  },
  Mutation: {
    saveDraft: async (_parent, { input }, ctx) => ({
      draft: await composer.saveDraft(ctx, {
        topicId: topicIdOf(input.topicId),
        title: input.title,
        body: input.body,
        categoryId: input.categoryId ? idOf('Category', input.categoryId, 'categoryId') : null,
        tags: input.tags,
      }),
    }),
    discardDraft: async (_parent, { input }, ctx) => ({ discarded: await composer.discardDraft(ctx.em, requireViewer(ctx).id, topicIdOf(input.topicId)) }),
  },
  Draft: {
    topicId: (draft) => (draft.topicId === null ? null : toGlobalId('Topic', draft.topicId)),
    categoryId: (draft) => (draft.categoryId === null ? null : toGlobalId('Category', draft.categoryId)),
  },
  User: {
    handle: (user) => user.displayName.replace(/\s+/g, ''),
  },
};
