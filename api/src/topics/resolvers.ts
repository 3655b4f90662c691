import type { Resolvers } from '../graphql/generated/resolvers-types.js';
import { idOf, toGlobalId } from '../graphql/ids.js';
import { loadOrThrow } from '../graphql/loaders.js';
import { decodeCursor, offsetCursorBelow, encodeCursor, isForumDate, pageSize, reportPeriod, toConnection } from '../graphql/pagination.js';
import { latestEventId } from '../live/event-log.js';
import { canAccept, canAnswer, canEditTopic, canLock, canMarkOfficial, canMeToo } from './permissions.js';
import type { Topic } from './topic.entity.js';
import * as topics from './topics.service.js';
import { topIssues } from './top-issues.service.js';

/** [ordering, sort key, id]: a cursor only continues the ordering that produced it. */
const sortCursorFor =
  (orderBy: topics.TopicOrder) =>
  (v: unknown[]): v is [topics.TopicOrder, string | number, number] =>
    v.length === 3 &&
    v[0] === orderBy &&
    (orderBy === 'votes' ? Number.isSafeInteger(v[1]) : typeof v[1] === 'string' && isForumDate(Date.parse(v[1]))) &&
    Number.isSafeInteger(v[2]);

const sortKey: Record<topics.TopicOrder, (t: Topic) => string | number> = {
  activity: (t) => t.lastActivityAt.toISOString(),
  votes: (t) => t.meTooCount,
  newest: (t) => t.createdAt.toISOString(),
};

/** A topic as a page reads it, with the event cursor taken before the read (see Topic.liveCursor). */
type TopicWithCursor = Topic & { liveCursor?: string };

export const topicsResolvers: Resolvers = {
  Query: {
    categories: (_parent, _args, ctx) => topics.listCategories(ctx),
    category: (_parent, { slug }, ctx) => topics.findCategoryBySlug(ctx, slug.slice(0, 60)),
    topics: async (_parent, args, ctx) => {
      const size = pageSize(args.first);
      const orderBy = (args.orderBy ?? 'ACTIVITY').toLowerCase() as topics.TopicOrder;
      const after = args.after ? decodeCursor(args.after, sortCursorFor(orderBy)) : null;
      // Taken before the read: events after it may already be in the page (clients apply them
      // idempotently), but none can be missing.
      const liveCursor = await latestEventId(ctx.em);
      const rows = await topics.listTopics(ctx, {
        limit: size + 1,
        after: after ? { key: after[1], id: after[2] } : null,
        categoryId: args.categoryId ? idOf('Category', args.categoryId, 'categoryId') : null,
        tag: args.tag?.trim().toLowerCase().slice(0, 40) || null,
        filter: (args.filter ?? 'ALL').toLowerCase() as topics.TopicFilter,
        orderBy,
      });
      return { ...toConnection(rows, size, (t) => encodeCursor([orderBy, sortKey[orderBy](t), t.id]), after !== null), liveCursor };
    },
    topIssues: (_parent, { from, to, orderBy, first }, ctx) => topIssues(ctx, reportPeriod(from, to), orderBy ?? 'customers', pageSize(first, 10)),
    topic: async (_parent, { id }, ctx) => {
      const topicId = idOf('Topic', id);
      const liveCursor = await latestEventId(ctx.em);
      const topic: TopicWithCursor | null = await topics.findTopic(ctx, topicId);
      if (topic) topic.liveCursor = liveCursor;
      return topic;
    },
  },
  Mutation: {
    askQuestion: async (_parent, { input }, ctx) => ({
      clientMutationId: input.clientMutationId,
      topic: await topics.askQuestion(ctx, {
        ...input,
        categoryId: idOf('Category', input.categoryId, 'categoryId'),
      }),
    }),
    editTopic: async (_parent, { input }, ctx) => ({
      topic: await topics.editTopic(ctx, idOf('Topic', input.topicId, 'topicId'), {
        title: input.title,
        body: input.body,
        tags: input.tags,
        categoryId: input.categoryId ? idOf('Category', input.categoryId, 'categoryId') : null,
      }),
    }),
    setMeToo: async (_parent, { input }, ctx) => ({ topic: await topics.setMeToo(ctx, idOf('Topic', input.topicId, 'topicId'), input.meToo) }),
    lockTopic: async (_parent, { input }, ctx) => ({ topic: await topics.setLocked(ctx, idOf('Topic', input.topicId, 'topicId'), true) }),
    unlockTopic: async (_parent, { input }, ctx) => ({ topic: await topics.setLocked(ctx, idOf('Topic', input.topicId, 'topicId'), false) }),
  },
  Category: {
    id: (category) => toGlobalId('Category', category.id),
    topicCount: (category, _args, ctx) => ctx.loaders.topicCountByCategory.load(category.id),
  },
  IssueGroup: {
    topTopics: async (group, _args, ctx) => {
      const ids = group.topTopicIds ?? [];
      const found = await Promise.all(ids.map((id) => topics.findTopic(ctx, id)));
      return found.filter((t): t is Topic => t !== null);
    },
  },
  Tag: {
    id: (tag) => toGlobalId('Tag', tag.id),
  },
  Topic: {
    id: (topic) => toGlobalId('Topic', topic.id),
    // A topic reached another way (node, a payload) gets a cursor taken now.
    liveCursor: async (topic: TopicWithCursor, _args, ctx) => topic.liveCursor ?? latestEventId(ctx.em),
    author: (topic, _args, ctx) => loadOrThrow(ctx.loaders.user, topic.author.id),
    category: (topic, _args, ctx) => loadOrThrow(ctx.loaders.category, topic.category.id),
    tags: (topic, _args, ctx) => ctx.loaders.tagsByTopic.load(topic.id),
    acceptedAnswer: (topic, _args, ctx) => (topic.acceptedAnswer ? topics.findAnswer(ctx, topic.acceptedAnswer.id) : null),
    officialAnswer: (topic, _args, ctx) => (topic.officialAnswer ? topics.findAnswer(ctx, topic.officialAnswer.id) : null),
    answers: async (topic, args, ctx) => {
      const size = pageSize(args.first, 50);
      const offset = args.after ? decodeCursor(args.after, offsetCursorBelow(100_000))[0] + 1 : 0;
      const rows = await ctx.loaders.answerPage.load(`${topic.id}:${size + 1}:${offset}`);
      return toConnection(rows, size, (a) => encodeCursor([offset + rows.indexOf(a)]), offset > 0);
    },
    viewerHasMeToo: (topic, _args, ctx) => ctx.loaders.viewerMeToo.load(topic.id),
    viewerCanEdit: (topic, _args, ctx) => canEditTopic(ctx.viewer, topic),
    viewerCanAnswer: (topic, _args, ctx) => canAnswer(ctx.viewer, topic),
    viewerCanAccept: (topic, _args, ctx) => canAccept(ctx.viewer, topic),
    viewerCanMarkOfficial: (_topic, _args, ctx) => canMarkOfficial(ctx.viewer),
    viewerCanLock: (_topic, _args, ctx) => canLock(ctx.viewer),
    viewerCanMeToo: (topic, _args, ctx) => canMeToo(ctx.viewer, topic),
  },
};
