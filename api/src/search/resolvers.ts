import type { Resolvers } from '../graphql/generated/resolvers-types.js';
import type { GraphQLContext } from '../graphql/context.js';
import { idOf, toGlobalId } from '../graphql/ids.js';
import { decodeCursor, offsetCursorBelow, encodeCursor, pageSize } from '../graphql/pagination.js';
import { notFound } from '../errors.js';
import { findTopic } from '../topics/topics.service.js';
import * as phrasings from './phrasings.js';
import * as search from './search.service.js';


/** A hit's whole thread, batched across the page; the hit was listed a moment ago, but the viewer's rule decides. */
async function visibleTopic(ctx: GraphQLContext, id: number) {
  const topic = await findTopic(ctx, id);
  if (!topic) throw notFound('Topic');
  return topic;
}

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_parent, args, ctx) => {
      const size = pageSize(args.first);
      const offset = args.after ? decodeCursor(args.after, offsetCursorBelow(1_000))[0] + 1 : 0;
      const result = await search.searchThreads(ctx, {
        query: args.query,
        limit: size,
        offset,
        categoryId: args.filter?.categoryId ? idOf('Category', args.filter.categoryId, 'categoryId') : null,
        status: args.filter?.status ?? null,
        tags: (args.filter?.tags ?? []).slice(0, 5).map((t) => t.trim().toLowerCase()),
      });
      const edges = result.hits.map((node, i) => ({ cursor: encodeCursor([offset + i]), node }));
      return {
        edges,
        totalHits: result.totalHits,
        facets: result.facets,
        pageInfo: {
          hasNextPage: offset + edges.length < Math.min(result.totalHits, 1000),
          hasPreviousPage: offset > 0,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },
    similarTopics: (_parent, args, ctx) => search.similarTopics(ctx, { title: args.title, body: args.body }, Math.min(Math.max(args.first ?? 5, 1), 20)),
  },
  Mutation: {
    removePhrasing: async (_parent, { input }, ctx) => {
      const topic = await findTopic(ctx, await phrasings.removePhrasing(ctx, input.phrasingId));
      if (!topic) throw notFound('Topic');
      return { topic };
    },
  },
  SearchHit: {
    topicId: (hit) => toGlobalId('Topic', hit.topicId),
    topic: (hit, _args, ctx) => visibleTopic(ctx, hit.topicId),
  },
  SimilarTopic: {
    topicId: (hit) => toGlobalId('Topic', hit.topicId),
    topic: (hit, _args, ctx) => visibleTopic(ctx, hit.topicId),
  },
  Topic: {
    alternatePhrasings: (topic, _args, ctx) => phrasings.phrasingsOf(ctx, topic.id),
  },
  Phrasing: {
    id: (p) => String(p.id),
    sourceTopic: (p, _args, ctx) => (p.sourceTopicId ? findTopic(ctx, p.sourceTopicId).catch(() => null) : null),
  },
};
