import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { normalizeArgs } from '../validation.js';
import { GraphQLError, GraphQLScalarType, Kind, type GraphQLSchema } from 'graphql';
import { accountsResolvers } from '../accounts/resolvers.js';
import { User } from '../accounts/user.entity.js';
import { answersResolvers } from '../answers/resolvers.js';
import { deflectionResolvers } from '../deflection/resolvers.js';
import { eventKinds } from '../live/event.js';
import { liveResolvers } from '../live/resolvers.js';
import { searchResolvers } from '../search/resolvers.js';
import { Answer } from '../answers/answer.entity.js';
import { topicsResolvers } from '../topics/resolvers.js';
import { Category } from '../topics/category.entity.js';
import { Tag } from '../topics/tag.entity.js';
import { Topic } from '../topics/topic.entity.js';
import { canViewPost, canViewTopic } from '../topics/permissions.js';
import { moderationResolvers } from '../moderation/resolvers.js';
import { slaResolvers } from '../sla/resolvers.js';
import { reputationResolvers } from '../reputation/resolvers.js';
import { notificationsResolvers } from '../notifications/resolvers.js';
import { revisionsResolvers } from '../revisions/resolvers.js';
import { composerResolvers } from '../composer/resolvers.js';
import { mailResolvers } from '../mail/resolvers.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { parseGlobalId } from './ids.js';
import { isForumDate } from './pagination.js';

const schemaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../schema');

export function loadTypeDefs(): string[] {
  return fs
    .readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => fs.readFileSync(path.join(schemaDir, f), 'utf8'));
}

function parseDateTime(value: unknown): string {
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw new GraphQLError('Not an ISO-8601 date.', { extensions: { code: 'BAD_USER_INPUT' } });
  if (!isForumDate(time)) {
    throw new GraphQLError('Dates must lie between 1970 and 9999.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return new Date(time).toISOString();
}

const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString()),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

const nodeEntities = { User, Category, Tag, Topic, Answer } as const;

const baseResolvers: Resolvers = {
  DateTime,
  // GraphQL enums are upper-case; the database stores the domain's lower-case words.
  Role: { CUSTOMER: 'customer', EXPERT: 'expert', STAFF: 'staff', ADMIN: 'admin' },
  Plan: { FREE: 'free', PREMIUM: 'premium', CRITICAL: 'critical' },
  IssueOrder: { CUSTOMERS_AFFECTED: 'customers', ME_TOO: 'me_too', NEW_TOPICS: 'new_topics', GROWTH: 'growth' },
  TopicStatus: { OPEN: 'open', ANSWERED: 'answered', RESOLVED: 'resolved', LOCKED: 'locked' },
  TopicFilter: { ALL: 'all', UNANSWERED: 'unanswered', RESOLVED: 'resolved' },
  TopicOrder: { ACTIVITY: 'activity', VOTES: 'votes', NEWEST: 'newest' },
  FlagReason: { SPAM: 'spam', ABUSIVE: 'abusive', OFF_TOPIC: 'off_topic', OTHER: 'other' },
  FlagStatus: { OPEN: 'open', HIDDEN: 'hidden', DISMISSED: 'dismissed' },
  SignalKind: {
    SEARCH_CLICK: 'search_click',
    SUGGESTION_CLICK: 'suggestion_click',
    ASK_OPENED: 'ask_opened',
    SOLVED: 'solved',
    NOT_SOLVED: 'not_solved',
    TOPIC_VIEWED: 'topic_viewed',
    DUPLICATE_FOLLOWED: 'duplicate_followed',
  },
  StatsGranularity: { DAY: 'day', WEEK: 'week' },
  LeaderboardPeriod: { WEEK: 'week', MONTH: 'month', ALL: 'all' },
  NotificationKind: {
    NEW_ANSWER: 'new_answer',
    ANSWER_TO_MY_QUESTION: 'answer_to_my_question',
    ANSWER_ACCEPTED: 'answer_accepted',
    OFFICIAL_ANSWER: 'official_answer',
    MENTION: 'mention',
    NEW_TOPIC: 'new_topic',
  },
  EmailDelivery: { IMMEDIATE: 'immediate', DIGEST: 'digest', NEVER: 'never' },
  MailState: { PENDING: 'pending', SENDING: 'sending', SENT: 'sent', FAILED: 'failed', CANCELLED: 'cancelled' },
  PhrasingSource: { DUPLICATE: 'duplicate', SOLVED: 'solved' },
  ReputationReason: {
    ANSWER_VOTED: 'answer_voted',
    ANSWER_ACCEPTED: 'answer_accepted',
    ANSWER_OFFICIAL: 'answer_official',
    QUESTION_ME_TOO: 'question_me_too',
    EXPERT_GRANTED: 'expert_granted',
    EXPERT_REVOKED: 'expert_revoked',
  },
  TopicEventKind: Object.fromEntries(eventKinds.map((kind) => [kind.toUpperCase(), kind])) as never,
  Query: {
    node: async (_parent, { id }, ctx) => {
      const parsed = parseGlobalId(id);
      if (!parsed || !Object.hasOwn(nodeEntities, parsed.type)) return null;
      const entity = nodeEntities[parsed.type as keyof typeof nodeEntities];
      const node = await ctx.em.findOne(entity as typeof User, { id: parsed.id });
      // Hidden posts, and answers of hidden topics, stay out of reach as they do everywhere else.
      if (node instanceof Topic && !canViewTopic(ctx.viewer, node)) return null;
      if (node instanceof Answer && (!canViewPost(ctx.viewer, node) || !canViewTopic(ctx.viewer, await ctx.em.findOneOrFail(Topic, node.topic.id)))) return null;
      return node as never;
    },
  },
  Node: {
    __resolveType: (node) => {
      for (const [name, entity] of Object.entries(nodeEntities)) if (node instanceof entity) return name as never;
      return null;
    },
  },
};

/** Every argument of every field, query, mutation and subscription alike, arrives normalized (validation.ts). */
function normalizingArguments(schema: GraphQLSchema): GraphQLSchema {
  type Resolve = (parent: unknown, args: Record<string, unknown>, ...rest: unknown[]) => unknown;
  const wrap = (resolve: Resolve | undefined): Resolve | undefined =>
    resolve && ((parent, args, ...rest) => resolve(parent, normalizeArgs(args), ...rest));
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field) => (Object.keys(field.args ?? {}).length === 0 ? field : { ...field, resolve: wrap(field.resolve as Resolve), subscribe: wrap(field.subscribe as Resolve) } as typeof field),
  });
}

export function buildSchema(): GraphQLSchema {
  return normalizingArguments(makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: [baseResolvers, accountsResolvers, topicsResolvers, answersResolvers, liveResolvers, searchResolvers, deflectionResolvers, moderationResolvers, slaResolvers, reputationResolvers, notificationsResolvers, revisionsResolvers, composerResolvers, mailResolvers] as never,
  }));
}
