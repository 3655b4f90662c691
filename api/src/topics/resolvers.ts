import type { Resolvers } from '../graphql/generated/resolvers-types.js';
import { idOf, toGlobalId } from '../graphql/ids.js';
import { loadOrThrow } from '../graphql/loaders.js';
import { decodeCursor, encodeCursor, pageSize, toConnection } from '../graphql/pagination.js';
import { renderMarkdown } from '../markdown/render.js';
import { Answer } from '../answers/answer.entity.js';
import * as topics from './topics.service.js';

const isActivityCursor = (v: unknown[]): v is [string, number] =>
  v.length === 2 && typeof v[0] === 'string' && !Number.isNaN(Date.parse(v[0])) && Number.isSafeInteger(v[1]);
const isOffsetCursor = (v: unknown[]): v is [number] => v.length === 1 && Number.isSafeInteger(v[0]) && (v[0] as number) >= 0;

export const topicsResolvers: Resolvers = {
  Query: {
    categories: (_parent, _args, ctx) => topics.listCategories(ctx),
    category: (_parent, { slug }, ctx) => topics.findCategoryBySlug(ctx, slug.slice(0, 60)),
    topics: async (_parent, args, ctx) => {
      const size = pageSize(args.first);
      const after = args.after ? decodeCursor(args.after, isActivityCursor) : null;
      const rows = await topics.listTopics(ctx, {
        limit: size + 1,
        after: after ? { lastActivityAt: new Date(after[0]), id: after[1] } : null,
        categoryId: args.categoryId ? idOf('Category', args.categoryId, 'categoryId') : null,
      });
      return toConnection(rows, size, (t) => encodeCursor([t.lastActivityAt.toISOString(), t.id]), after !== null);
    },
    topic: (_parent, { id }, ctx) => topics.findTopic(ctx, idOf('Topic', id)),
  },
  Category: {
    id: (category) => toGlobalId('Category', category.id),
    topicCount: (category, _args, ctx) => ctx.loaders.topicCountByCategory.load(category.id),
  },
  Tag: {
    id: (tag) => toGlobalId('Tag', tag.id),
  },
  Topic: {
    id: (topic) => toGlobalId('Topic', topic.id),
    bodyHtml: (topic) => renderMarkdown(topic.body),
    author: (topic, _args, ctx) => loadOrThrow(ctx.loaders.user, topic.author.id),
    category: (topic, _args, ctx) => loadOrThrow(ctx.loaders.category, topic.category.id),
    tags: (topic, _args, ctx) => ctx.loaders.tagsByTopic.load(topic.id),
    acceptedAnswer: (topic, _args, ctx) => (topic.acceptedAnswer ? ctx.em.findOne(Answer, topic.acceptedAnswer.id) : null),
    officialAnswer: (topic, _args, ctx) => (topic.officialAnswer ? ctx.em.findOne(Answer, topic.officialAnswer.id) : null),
    answers: async (topic, args, ctx) => {
      const size = pageSize(args.first, 50);
      const offset = args.after ? decodeCursor(args.after, isOffsetCursor)[0] + 1 : 0;
      const rows = await topics.listAnswers(ctx, topic, { limit: size + 1, offset });
      return toConnection(rows, size, (a) => encodeCursor([offset + rows.indexOf(a)]), offset > 0);
    },
  },
};
