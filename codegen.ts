import type { CodegenConfig } from '@graphql-codegen/cli';

// Generated files are committed (so a clone type-checks without a codegen step); CI checks they are current.
// GraphQL enums are upper-case; the api works with the domain's lower-case words (resolved in graphql/schema.ts).
const enumValues = {
  Role: '../../accounts/user.entity.js#Role',
  Plan: '../../accounts/user.entity.js#Plan',
  TopicStatus: '../../topics/topic.entity.js#TopicStatus',
  TopicEventKind: '../../live/event.js#EventKind',
  TopicFilter: '../../topics/topics.service.js#TopicFilter',
  TopicOrder: '../../topics/topics.service.js#TopicOrder',
  IssueOrder: '../../topics/top-issues.service.js#IssueOrder',
  SignalKind: '../../deflection/signals.js#SignalKind',
  StatsGranularity: '../../deflection/stats.service.js#Granularity',
  FlagReason: '../../moderation/moderation.service.js#FlagReason',
  FlagStatus: '../../moderation/moderation.service.js#FlagStatus',
  LeaderboardPeriod: '../../reputation/reputation.service.js#LeaderboardPeriod',
  ReputationReason: '../../reputation/reputation.service.js#ReputationReason',
  NotificationKind: '../../notifications/notifications.service.js#NotificationKind',
  EmailDelivery: '../../notifications/notifications.service.js#EmailMode',
  MailState: '../../mail/mail-log.js#MailState',
  PhrasingSource: '../../search/phrasings.js#PhrasingSource',
};

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  documents: ['web/src/**/*.{ts,tsx}', '!web/src/graphql/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'api/src/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumValues,
        contextType: '../context.js#GraphQLContext',
        scalars: { DateTime: { input: 'string', output: 'Date | string' } },
        mapperTypeSuffix: 'Entity',
        mappers: {
          User: '../../accounts/user.entity.js#User',
          Category: '../../topics/category.entity.js#Category',
          Tag: '../../topics/tag.entity.js#Tag',
          Topic: '../../topics/topic.entity.js#Topic',
          Answer: '../../answers/answer.entity.js#Answer',
          TopicEvent: '../../live/event.js#LiveEvent',
          TypingEvent: '../../live/event.js#TypingSignal',
          TopicSnapshot: '../../live/event.js#TopicSnapshot',
          AnswerSnapshot: '../../live/event.js#AnswerSnapshot',
          UserSnapshot: '../../live/event.js#UserSnapshot',
          CategorySnapshot: '../../live/event.js#CategorySnapshot',
          Flag: '../../moderation/moderation.service.js#FlagRow',
          Phrasing: '../../search/phrasings.js#PhrasingRow',
          SearchHit: '../../search/search.service.js#SearchHitResult',
          SimilarTopic: '../../search/search.service.js#SimilarTopicResult',
          FlaggedPost: '../../moderation/moderation.service.js#FlaggedPostRow',
          ModerationAction: '../../moderation/moderation.service.js#ModerationActionRow',
          SlaQueueItem: '../../sla/sla.service.js#SlaQueueRow',
          SlaPolicy: '../../sla/sla.service.js#SlaPolicy',
          SlaPlanFigures: '../../sla/sla.service.js#SlaPlanFigures',
          SlaDay: '../../sla/sla.service.js#SlaDay',
          SupportHours: '../../sla/business-time.js#SupportHours',
          ReputationChange: '../../reputation/reputation.service.js#ReputationEventRow',
          ReputationSettings: '../../reputation/reputation.service.js#ReputationSettings',
          LeaderboardEntry: '../../reputation/reputation.service.js#LeaderboardRow',
          UserProfile: '../../reputation/reputation.service.js#ProfileRow',
          Notification: '../../notifications/notifications.service.js#NotificationRow',
          IssueGroup: '../../topics/top-issues.service.js#IssueGroupRow',
          PostRevision: '../../revisions/revisions.service.js#RevisionRow',
          Draft: '../../composer/drafts.service.js#DraftRow',
          MailMessage: '../../mail/mail-log.js#MailLogRow',
          CaughtMail: '../../mail/catcher.js#CaughtMessage',
          NotificationPreference: '../../notifications/notifications.service.js#Preference',
        },
        maybeValue: 'T | null | undefined',
        avoidOptionals: { defaultValue: true },
      },
    },
    'web/src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      // Documents as strings: the browser sends text, so it needs neither the ASTs nor graphql's printer.
      config: { useTypeImports: true, enumsAsTypes: true, emitLegacyCommonJSImports: false, documentMode: 'string', scalars: { DateTime: 'string' } },
    },
  },
  hooks: {},
};

export default config;
