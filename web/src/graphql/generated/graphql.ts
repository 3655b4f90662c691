/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AnswerIdInput = {
  answerId: string | number;
};

export type AskQuestionInput = {
  /** Markdown, 20 to 20,000 characters. */
  body: string;
  categoryId: string | number;
  /** Makes retries safe: the same id from the same user creates one question. */
  clientMutationId?: string | null | undefined;
  /** Up to 5 tags: lower-case letters, digits and dashes. */
  tags?: Array<string> | null | undefined;
  /** 10 to 200 characters. */
  title: string;
};

export type ChangeEmailInput = {
  currentPassword: string;
  email: string;
};

export type ChangePasswordInput = {
  currentPassword: string;
  /** At least 10 characters. */
  newPassword: string;
};

export type ChangeUserPlanInput = {
  plan: Plan;
  userId: string | number;
};

export type ChangeUserRoleInput = {
  role: Role;
  userId: string | number;
};

export type CloseAsDuplicateInput = {
  /** The original question readers are sent to. */
  originalId: string | number;
  reason?: string | null | undefined;
  topicId: string | number;
};

export type DeleteAccountInput = {
  password: string;
};

export type DiscardDraftInput = {
  topicId?: string | number | null | undefined;
};

export type DismissFlagsInput = {
  answerId?: string | number | null | undefined;
  reason?: string | null | undefined;
  topicId?: string | number | null | undefined;
};

export type EditAnswerInput = {
  answerId: string | number;
  body: string;
};

export type EditTopicInput = {
  body?: string | null | undefined;
  categoryId?: string | number | null | undefined;
  tags?: Array<string> | null | undefined;
  title?: string | null | undefined;
  topicId: string | number;
};

/** How a kind of notification reaches a member by email. */
export type EmailDelivery =
  /** Gathered into the daily digest. */
  | 'DIGEST'
  /** One email as it happens. */
  | 'IMMEDIATE'
  | 'NEVER';

export type EmailTokenInput = {
  /** From the emailed link. */
  token: string;
};

export type FlagPostInput = {
  answerId?: string | number | null | undefined;
  /** Up to 500 characters; required for OTHER. */
  note?: string | null | undefined;
  reason: FlagReason;
  /** The question to flag, or the answer's question when answerId is given. */
  topicId?: string | number | null | undefined;
};

export type FlagReason =
  | 'ABUSIVE'
  | 'OFF_TOPIC'
  | 'OTHER'
  | 'SPAM';

export type FlagStatus =
  /** Staff looked and left the post as it is. */
  | 'DISMISSED'
  /** Staff hid the post. */
  | 'HIDDEN'
  /** Waiting for staff. */
  | 'OPEN';

export type FollowCategoryInput = {
  categoryId: string | number;
  follow: boolean;
};

export type FollowTopicInput = {
  follow: boolean;
  topicId: string | number;
};

/** How to rank the top issues. */
export type IssueOrder =
  /** Distinct customers hit: askers plus "me too" (the default). */
  | 'CUSTOMERS_AFFECTED'
  /** New topics in the period minus those in the period before: what is getting worse. */
  | 'GROWTH'
  /** "Me too" votes cast in the period. */
  | 'ME_TOO'
  /** New topics in the period. */
  | 'NEW_TOPICS';

export type LeaderboardPeriod =
  | 'ALL'
  | 'MONTH'
  | 'WEEK';

export type LogInInput = {
  email: string;
  password: string;
};

export type MailState =
  /** Not sent: the member or the post it was about is gone or hidden. */
  | 'CANCELLED'
  /** Given up after repeated failures or a permanent refusal. */
  | 'FAILED'
  /** Waiting to be sent (or to be retried). */
  | 'PENDING'
  /** Being handed to the mail server. */
  | 'SENDING'
  /** Accepted by the mail server. */
  | 'SENT';

export type MarkNotificationsReadInput = {
  /** Omit to mark every notification read. At most 500. */
  ids?: Array<string | number> | null | undefined;
};

export type NotificationKind =
  /** Your answer was accepted. */
  | 'ANSWER_ACCEPTED'
  /** Someone answered your question. */
  | 'ANSWER_TO_MY_QUESTION'
  /** Someone wrote @yourname (your display name without spaces). */
  | 'MENTION'
  /** A new answer on a topic you follow. */
  | 'NEW_ANSWER'
  /** A new question in a category you follow. */
  | 'NEW_TOPIC'
  /** Staff marked an official answer on a topic you follow. */
  | 'OFFICIAL_ANSWER';

export type PhrasingSource =
  /** The title of a question closed as a duplicate of this one. */
  | 'DUPLICATE'
  /** The question a member was typing when a suggestion of this thread solved their problem. */
  | 'SOLVED';

/** A paying plan buys faster first responses. */
export type Plan =
  | 'CRITICAL'
  | 'FREE'
  | 'PREMIUM';

export type PostAnswerInput = {
  /** Markdown, 2 to 20,000 characters. */
  body: string;
  /** Makes retries safe: the same id from the same user creates one answer. */
  clientMutationId?: string | null | undefined;
  topicId: string | number;
};

export type RecordSignalInput = {
  kind: SignalKind;
  /** The search text the click came from. */
  query?: string | null | undefined;
  /** 1-based position in the list that was clicked. */
  rank?: number | null | undefined;
  topicId?: string | number | null | undefined;
};

export type RemovePhrasingInput = {
  phrasingId: string | number;
};

export type ReputationReason =
  | 'ANSWER_ACCEPTED'
  | 'ANSWER_OFFICIAL'
  | 'ANSWER_VOTED'
  | 'EXPERT_GRANTED'
  | 'EXPERT_REVOKED'
  | 'QUESTION_ME_TOO';

export type RequestPasswordResetInput = {
  email: string;
};

export type ResetPasswordInput = {
  /** At least 10 characters. */
  password: string;
  /** From the emailed link. */
  token: string;
};

export type Role =
  | 'ADMIN'
  | 'CUSTOMER'
  | 'EXPERT'
  | 'STAFF';

export type SaveDraftInput = {
  body: string;
  categoryId?: string | number | null | undefined;
  tags?: Array<string> | null | undefined;
  title?: string | null | undefined;
  /** Omit for a new question. */
  topicId?: string | number | null | undefined;
};

export type SearchFilter = {
  categoryId?: string | number | null | undefined;
  status?: TopicStatus | null | undefined;
  tags?: Array<string> | null | undefined;
};

export type SetExpertInput = {
  expert: boolean;
  userId: string | number;
};

export type SetMeTooInput = {
  /** true: I have this problem too; false: take it back. */
  meToo: boolean;
  topicId: string | number;
};

export type SetNotificationPreferenceInput = {
  /** Email; omit to leave it as it is. */
  email?: EmailDelivery | null | undefined;
  /** The bell; omit to leave it as it is. */
  enabled?: boolean | null | undefined;
  kind: NotificationKind;
};

export type SetPostHiddenInput = {
  answerId?: string | number | null | undefined;
  hidden: boolean;
  /** Up to 500 characters, kept in the audit log. */
  reason?: string | null | undefined;
  topicId?: string | number | null | undefined;
};

export type SignUpInput = {
  displayName: string;
  email: string;
  /** At least 10 characters. */
  password: string;
};

/** What the browser reports about a visit; searches, suggestions shown and questions posted are recorded by the server. */
export type SignalKind =
  /** The ask form was opened: the visitor means to ask. */
  | 'ASK_OPENED'
  /** A reader of a question closed as a duplicate followed its link to the original (topicId: the original). */
  | 'DUPLICATE_FOLLOWED'
  /** "Did this solve your problem?" answered no (topicId). */
  | 'NOT_SOLVED'
  /** A search result was opened (topicId, rank, query). */
  | 'SEARCH_CLICK'
  /** "This solved my problem" on a thread or a suggestion (topicId). */
  | 'SOLVED'
  /** A thread suggested in the ask form was opened (topicId, rank). */
  | 'SUGGESTION_CLICK'
  /** A thread page was read (topicId). */
  | 'TOPIC_VIEWED';

export type StatsGranularity =
  | 'DAY'
  | 'WEEK';

export type TopicEventKind =
  | 'ANSWER_ACCEPTED'
  | 'ANSWER_EDITED'
  /** Staff hid the answer: remove it (staff and its author refetch it). Ids only. */
  | 'ANSWER_HIDDEN'
  | 'ANSWER_MARKED_OFFICIAL'
  | 'ANSWER_POSTED'
  | 'ANSWER_UNACCEPTED'
  | 'ANSWER_UNHIDDEN'
  | 'ANSWER_UNMARKED_OFFICIAL'
  /** The answer's score changed. */
  | 'ANSWER_VOTED'
  /** Staff only: staff dismissed the post's open flags. */
  | 'FLAGS_DISMISSED'
  /** Staff only: someone flagged the question or answer (answer set when it was an answer). */
  | 'POST_FLAGGED'
  /**
   * The server no longer holds every event after the cursor you gave (or you fell too far behind):
   * refetch the page and subscribe again from its liveCursor.
   */
  | 'RESYNC'
  /** Staff only: a staff member took or released the question. */
  | 'TOPIC_CLAIMED'
  | 'TOPIC_CREATED'
  | 'TOPIC_EDITED'
  /** Staff hid the topic: remove it (staff and the author refetch it). Ids only. */
  | 'TOPIC_HIDDEN'
  | 'TOPIC_UNCLAIMED'
  | 'TOPIC_UNHIDDEN'
  /** Status, lock, me-too count or answer count changed. */
  | 'TOPIC_UPDATED';

/** Which topics a list shows. */
export type TopicFilter =
  | 'ALL'
  /** Has an accepted or official answer. */
  | 'RESOLVED'
  /** No answer yet. */
  | 'UNANSWERED';

export type TopicIdInput = {
  topicId: string | number;
};

export type TopicOrder =
  /** Most recent activity first. */
  | 'ACTIVITY'
  /** Newest questions first. */
  | 'NEWEST'
  /** Most "me too" votes first. */
  | 'VOTES';

export type TopicStatus =
  /** Has at least one answer. */
  | 'ANSWERED'
  /** Closed by staff: no new answers. */
  | 'LOCKED'
  /** Asked, no answer yet. */
  | 'OPEN'
  /** Has an accepted or an official answer. */
  | 'RESOLVED';

export type UnsubscribeInput = {
  /** From the link at the foot of an email. */
  token: string;
};

export type UpdateProfileInput = {
  /** A picture uploaded through POST /uploads (its /uploads/… address), or null for initials. */
  avatarUrl?: string | null | undefined;
  displayName: string;
};

export type UpdateReputationSettingsInput = {
  answerAccepted: number;
  answerDownvoted: number;
  answerOfficial: number;
  answerUpvoted: number;
  expertThreshold: number;
  questionMeToo: number;
};

/** A target in minutes, or in whole working days: give exactly one of firstResponseMinutes and businessDays. */
export type UpdateSlaPolicyInput = {
  /** 1 to 365 working days of support hours. */
  businessDays?: number | null | undefined;
  /** false: around the clock. Must be true with businessDays. */
  businessTime: boolean;
  /** 1 to 525,600 (a year). */
  firstResponseMinutes?: number | null | undefined;
  plan: Plan;
};

export type UpdateSupportHoursInput = {
  closesAt: number;
  opensAt: number;
  timeZone: string;
  workDays: Array<number>;
};

export type VoteOnAnswerInput = {
  answerId: string | number;
  /** 1 up, -1 down, 0 takes the vote back. */
  value: number;
};

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, displayName: string, role: Role, email: string | null, plan: Plan | null, reputation: number, emailVerified: boolean | null, avatarUrl: string | null } | null };

export type HomeQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  categoryId?: string | number | null | undefined;
  tag?: string | null | undefined;
  filter?: TopicFilter | null | undefined;
  orderBy?: TopicOrder | null | undefined;
}>;


export type HomeQuery = { categories: Array<{ id: string, slug: string, name: string, description: string, topicCount: number }>, topics: { liveCursor: string, edges: Array<{ cursor: string, node: { id: string, title: string, status: TopicStatus, answerCount: number, meTooCount: number, lastActivityAt: string, createdAt: string, author: { id: string, displayName: string, role: Role }, category: { id: string, slug: string, name: string }, tags: Array<{ id: string, name: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FeedSubscriptionVariables = Exact<{
  categoryId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type FeedSubscription = { feed: { cursor: string, kind: TopicEventKind, topicId: string | null, topic: { id: string, title: string, status: TopicStatus, answerCount: number, meTooCount: number, lastActivityAt: string, createdAt: string, tags: Array<string>, author: { id: string, displayName: string, role: Role }, category: { id: string, slug: string, name: string } } | null } };

export type CategoryBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type CategoryBySlugQuery = { category: { id: string, slug: string, name: string, description: string, topicCount: number, viewerFollows: boolean } | null };

export type PhrasingFieldsFragment = { id: string, text: string, source: PhrasingSource, createdAt: string, sourceTopic: { id: string, title: string } | null };

export type RemovePhrasingMutationVariables = Exact<{
  input: RemovePhrasingInput;
}>;


export type RemovePhrasingMutation = { removePhrasing: { topic: { id: string, alternatePhrasings: Array<{ id: string, text: string, source: PhrasingSource, createdAt: string, sourceTopic: { id: string, title: string } | null }> | null } } };

export type TopicPageQueryVariables = Exact<{
  id: string | number;
}>;


export type TopicPageQuery = { topic: { id: string, liveCursor: string, title: string, body: string, bodyHtml: string, status: TopicStatus, isLocked: boolean, meTooCount: number, answerCount: number, createdAt: string, lastActivityAt: string, editedAt: string | null, viewerHasMeToo: boolean, viewerCanEdit: boolean, viewerCanAnswer: boolean, viewerCanAccept: boolean, viewerCanMarkOfficial: boolean, viewerCanLock: boolean, viewerCanMeToo: boolean, isHidden: boolean, viewerCanFlag: boolean, viewerHasFlagged: boolean, viewerCanModerate: boolean, viewerFollows: boolean, duplicateOf: { id: string, title: string, status: TopicStatus, officialAnswer: { bodyHtml: string } | null, acceptedAnswer: { bodyHtml: string } | null } | null, alternatePhrasings: Array<{ id: string, text: string, source: PhrasingSource, createdAt: string, sourceTopic: { id: string, title: string } | null }> | null, author: { id: string, displayName: string, role: Role }, category: { id: string, slug: string, name: string }, tags: Array<{ id: string, name: string }>, acceptedAnswer: { id: string } | null, officialAnswer: { id: string } | null, answers: { edges: Array<{ node: { id: string, body: string, bodyHtml: string, score: number, createdAt: string, editedAt: string | null, viewerVote: number, viewerCanVote: boolean, viewerCanEdit: boolean, isHidden: boolean, viewerCanFlag: boolean, viewerHasFlagged: boolean, author: { id: string, displayName: string, role: Role } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type TopicActivitySubscriptionVariables = Exact<{
  topicId: string | number;
  after?: string | null | undefined;
}>;


export type TopicActivitySubscription = { topicActivity: { cursor: string, kind: TopicEventKind, answerId: string | null, topic: { id: string, title: string, bodyHtml: string, status: TopicStatus, isLocked: boolean, meTooCount: number, answerCount: number, acceptedAnswerId: string | null, officialAnswerId: string | null, isHidden: boolean, duplicateOfId: string | null } | null, answer: { id: string, bodyHtml: string, score: number, createdAt: string, isHidden: boolean, author: { id: string, displayName: string, role: Role } } | null } };

export type TypingSubscriptionVariables = Exact<{
  topicId: string | number;
}>;


export type TypingSubscription = { typing: { user: { id: string, displayName: string } } };

export type SendTypingMutationVariables = Exact<{
  input: TopicIdInput;
}>;


export type SendTypingMutation = { sendTypingIndicator: { sent: boolean } };

export type AskQuestionMutationVariables = Exact<{
  input: AskQuestionInput;
}>;


export type AskQuestionMutation = { askQuestion: { topic: { id: string } } };

export type PostAnswerMutationVariables = Exact<{
  input: PostAnswerInput;
}>;


export type PostAnswerMutation = { postAnswer: { answer: { id: string, body: string, bodyHtml: string, score: number, createdAt: string, editedAt: string | null, viewerVote: number, viewerCanVote: boolean, viewerCanEdit: boolean, author: { id: string, displayName: string, role: Role } } } };

export type VoteMutationVariables = Exact<{
  input: VoteOnAnswerInput;
}>;


export type VoteMutation = { voteOnAnswer: { answer: { id: string, score: number, viewerVote: number } } };

export type MeTooMutationVariables = Exact<{
  input: SetMeTooInput;
}>;


export type MeTooMutation = { setMeToo: { topic: { id: string, meTooCount: number, viewerHasMeToo: boolean } } };

export type AcceptMutationVariables = Exact<{
  input: AnswerIdInput;
}>;


export type AcceptMutation = { acceptAnswer: { topic: { id: string, status: TopicStatus } } };

export type UnacceptMutationVariables = Exact<{
  input: TopicIdInput;
}>;


export type UnacceptMutation = { unacceptAnswer: { topic: { id: string, status: TopicStatus } } };

export type OfficialMutationVariables = Exact<{
  input: AnswerIdInput;
}>;


export type OfficialMutation = { markAnswerAsOfficial: { topic: { id: string, status: TopicStatus } } };

export type UnofficialMutationVariables = Exact<{
  input: TopicIdInput;
}>;


export type UnofficialMutation = { unmarkOfficialAnswer: { topic: { id: string, status: TopicStatus } } };

export type LockMutationVariables = Exact<{
  input: TopicIdInput;
}>;


export type LockMutation = { lockTopic: { topic: { id: string, status: TopicStatus, isLocked: boolean } } };

export type UnlockMutationVariables = Exact<{
  input: TopicIdInput;
}>;


export type UnlockMutation = { unlockTopic: { topic: { id: string, status: TopicStatus, isLocked: boolean } } };

export type FlagPostMutationVariables = Exact<{
  input: FlagPostInput;
}>;


export type FlagPostMutation = { flagPost: { flag: { id: string, status: FlagStatus } } };

export type SetPostHiddenMutationVariables = Exact<{
  input: SetPostHiddenInput;
}>;


export type SetPostHiddenMutation = { setPostHidden: { topic: { id: string, isHidden: boolean, answerCount: number, status: TopicStatus }, answer: { id: string, isHidden: boolean } | null } };

export type DismissFlagsMutationVariables = Exact<{
  input: DismissFlagsInput;
}>;


export type DismissFlagsMutation = { dismissFlags: { dismissed: number } };

export type CloseAsDuplicateMutationVariables = Exact<{
  input: CloseAsDuplicateInput;
}>;


export type CloseAsDuplicateMutation = { closeAsDuplicate: { topic: { id: string }, original: { id: string } } };

export type ModerationQueryVariables = Exact<{ [key: string]: never; }>;


export type ModerationQuery = { flagQueue: { totalCount: number, liveCursor: string, items: Array<{ firstFlaggedAt: string, topic: { id: string, title: string, isHidden: boolean }, answer: { id: string, bodyHtml: string, isHidden: boolean, author: { id: string, displayName: string } } | null, flags: Array<{ id: string, reason: FlagReason, note: string | null, createdAt: string, reporter: { id: string, displayName: string } | null }> }> }, moderationLog: Array<{ id: string, action: string, reason: string | null, details: string | null, createdAt: string, actor: { id: string, displayName: string }, topic: { id: string, title: string } | null }> };

export type SlaQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type SlaQueueQuery = { slaQueue: { liveCursor: string, openCount: number, breachedCount: number, items: Array<{ plan: Plan, dueAt: string, targetMinutes: number, businessTime: boolean, claimedAt: string | null, claimedBy: { id: string, displayName: string } | null, topic: { id: string, title: string, createdAt: string, answerCount: number, author: { id: string, displayName: string }, category: { id: string, name: string } } }> }, slaFigures: Array<{ plan: Plan, questions: number, met: number, breached: number, metShare: number | null, medianFirstResponseSeconds: number | null, openNow: number, breachedNow: number }> };

export type StaffFeedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type StaffFeedSubscription = { feed: { cursor: string, kind: TopicEventKind } };

export type ClaimTopicMutationVariables = Exact<{
  input: TopicIdInput;
}>;


export type ClaimTopicMutation = { claimTopic: { topic: { id: string, claimedBy: { id: string, displayName: string } | null } } };

export type UnclaimTopicMutationVariables = Exact<{
  input: TopicIdInput;
}>;


export type UnclaimTopicMutation = { unclaimTopic: { topic: { id: string, claimedBy: { id: string, displayName: string } | null } } };

export type ProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type ProfileQuery = { userProfile: { answerCount: number, acceptedCount: number, questionCount: number, user: { id: string, displayName: string, role: Role, reputation: number, createdAt: string, avatarUrl: string | null }, reputationHistory: Array<{ id: string, points: number, reason: ReputationReason, createdAt: string, topic: { id: string, title: string } | null }>, recentAnswers: Array<{ id: string, bodyHtml: string, score: number, createdAt: string, topic: { id: string, title: string } | null }> } | null, viewer: { id: string, role: Role } | null };

export type LeaderboardQueryVariables = Exact<{
  period: LeaderboardPeriod;
}>;


export type LeaderboardQuery = { leaderboard: Array<{ points: number, acceptedAnswers: number, user: { id: string, displayName: string, role: Role, reputation: number } }> };

export type SetExpertMutationVariables = Exact<{
  input: SetExpertInput;
}>;


export type SetExpertMutation = { setExpert: { user: { id: string, role: Role } } };

export type NotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsQuery = { notifications: Array<{ id: string, kind: NotificationKind, read: boolean, createdAt: string, topic: { id: string, title: string } | null, actor: { id: string, displayName: string } | null }> };

export type UnreadCountSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type UnreadCountSubscription = { unreadNotificationCount: number };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { unreadCount: number } };

export type SetNotificationPreferenceMutationVariables = Exact<{
  input: SetNotificationPreferenceInput;
}>;


export type SetNotificationPreferenceMutation = { setNotificationPreference: { preferences: Array<{ kind: NotificationKind, enabled: boolean, email: EmailDelivery }> } };

export type FollowCategoryMutationVariables = Exact<{
  input: FollowCategoryInput;
}>;


export type FollowCategoryMutation = { followCategory: { category: { id: string, viewerFollows: boolean } } };

export type FollowTopicMutationVariables = Exact<{
  input: FollowTopicInput;
}>;


export type FollowTopicMutation = { followTopic: { topic: { id: string, viewerFollows: boolean } } };

export type SupportOperationsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type SupportOperationsQuery = { slaFigures: Array<{ plan: Plan, questions: number, met: number, breached: number, metShare: number | null, medianFirstResponseSeconds: number | null, openNow: number, breachedNow: number }>, slaByDay: Array<{ day: string, met: number, breached: number }> };

export type TopIssuesQueryVariables = Exact<{
  from: string;
  to: string;
  orderBy: IssueOrder;
}>;


export type TopIssuesQuery = { topIssues: Array<{ kind: string, name: string, customersAffected: number, newTopics: number, previousTopics: number, meToo: number, topTopics: Array<{ id: string, title: string }> }> };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { user: { id: string, displayName: string, role: Role } } };

export type LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LogInMutation = { logIn: { user: { id: string, displayName: string, role: Role } } };

export type LogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogOutMutation = { logOut: { loggedOut: boolean } };

export type UsersQueryVariables = Exact<{
  query?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type UsersQuery = { users: { edges: Array<{ node: { id: string, displayName: string, email: string | null, emailVerified: boolean | null, isDeleted: boolean, role: Role, plan: Plan | null, reputation: number, createdAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ChangeUserRoleMutationVariables = Exact<{
  input: ChangeUserRoleInput;
}>;


export type ChangeUserRoleMutation = { changeUserRole: { user: { id: string, role: Role } } };

export type ChangeUserPlanMutationVariables = Exact<{
  input: ChangeUserPlanInput;
}>;


export type ChangeUserPlanMutation = { changeUserPlan: { user: { id: string, plan: Plan | null } } };

export type SupportSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SupportSettingsQuery = { slaPolicies: Array<{ plan: Plan, firstResponseMinutes: number, businessTime: boolean, businessDays: number | null }>, supportHours: { timeZone: string, opensAt: number, closesAt: number, workDays: Array<number> }, reputationSettings: { answerUpvoted: number, answerDownvoted: number, answerAccepted: number, answerOfficial: number, questionMeToo: number, expertThreshold: number } };

export type UpdateSlaPolicyMutationVariables = Exact<{
  input: UpdateSlaPolicyInput;
}>;


export type UpdateSlaPolicyMutation = { updateSlaPolicy: { policy: { plan: Plan, firstResponseMinutes: number, businessTime: boolean, businessDays: number | null } } };

export type UpdateSupportHoursMutationVariables = Exact<{
  input: UpdateSupportHoursInput;
}>;


export type UpdateSupportHoursMutation = { updateSupportHours: { supportHours: { timeZone: string, opensAt: number, closesAt: number, workDays: Array<number> } } };

export type UpdateReputationSettingsMutationVariables = Exact<{
  input: UpdateReputationSettingsInput;
}>;


export type UpdateReputationSettingsMutation = { updateReputationSettings: { settings: { answerUpvoted: number, answerDownvoted: number, answerAccepted: number, answerOfficial: number, questionMeToo: number, expertThreshold: number } } };

export type EditTopicMutationVariables = Exact<{
  input: EditTopicInput;
}>;


export type EditTopicMutation = { editTopic: { topic: { id: string, title: string, body: string, bodyHtml: string, editedAt: string | null, category: { id: string, slug: string, name: string }, tags: Array<{ id: string, name: string }> } } };

export type EditAnswerMutationVariables = Exact<{
  input: EditAnswerInput;
}>;


export type EditAnswerMutation = { editAnswer: { answer: { id: string, body: string, bodyHtml: string, editedAt: string | null } } };

export type AnswerBodyQueryVariables = Exact<{
  id: string | number;
}>;


export type AnswerBodyQuery = { node:
    | { id: string, body: string }
    | Record<PropertyKey, never>
   | null };

export type SearchQueryVariables = Exact<{
  query: string;
  filter?: SearchFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchQuery = { search: { totalHits: number, edges: Array<{ node: { titleHtml: string, snippetHtml: string, topicId: string, status: TopicStatus, answerCount: number, category: { name: string, slug: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null }, facets: { categories: Array<{ value: string, label: string, count: number }>, statuses: Array<{ value: string, label: string, count: number }>, tags: Array<{ value: string, label: string, count: number }> } } };

export type SimilarTopicsQueryVariables = Exact<{
  title: string;
  body?: string | null | undefined;
}>;


export type SimilarTopicsQuery = { similarTopics: Array<{ titleHtml: string, answerExcerpt: string | null, topicId: string, status: TopicStatus, answerCount: number }> };

export type RecordSignalMutationVariables = Exact<{
  input: RecordSignalInput;
}>;


export type RecordSignalMutation = { recordSignal: { recorded: boolean } };

export type SupportStatsQueryVariables = Exact<{
  from: string;
  to: string;
  granularity?: StatsGranularity | null | undefined;
}>;


export type SupportStatsQuery = { supportStats: { from: string, to: string, granularity: StatsGranularity, openUnanswered: number, definitionsHtml: string, figures: { sessions: number, sessionsWithIntent: number, deflected: number, failed: number, potential: number, questionsPosted: number, searches: number, deflectionRate: number | null, selfServiceScore: number | null }, previousFigures: { sessions: number, sessionsWithIntent: number, deflected: number, failed: number, potential: number, questionsPosted: number, searches: number, deflectionRate: number | null, selfServiceScore: number | null }, series: Array<{ start: string, figures: { sessions: number, sessionsWithIntent: number, deflected: number, failed: number, potential: number, questionsPosted: number, searches: number, deflectionRate: number | null, selfServiceScore: number | null } }>, contentGaps: Array<{ query: string, searches: number, visitors: number, averageHits: number, clickThroughRate: number }>, topSearches: Array<{ query: string, searches: number, visitors: number, averageHits: number, clickThroughRate: number }>, topDeflectingTopics: Array<{ deflections: number, topic: { id: string, title: string, status: TopicStatus } }>, responseTimes: { medianSecondsToFirstAnswer: number | null, medianSecondsToResolution: number | null, firstAnswersByStaff: number, firstAnswersByCommunity: number, answersByStaff: number, answersByCommunity: number, firstAnswerBuckets: Array<{ label: string, count: number }> }, outcomes: { resolved: number, answered: number, unanswered: number }, oldestUnanswered: Array<{ id: string, title: string, createdAt: string }> } };

export type DeflectionFiguresFieldsFragment = { sessions: number, sessionsWithIntent: number, deflected: number, failed: number, potential: number, questionsPosted: number, searches: number, deflectionRate: number | null, selfServiceScore: number | null };

export type SupportStatsChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SupportStatsChangedSubscription = { supportStatsChanged: string };

export type DuplicateCandidatesQueryVariables = Exact<{
  query: string;
}>;


export type DuplicateCandidatesQuery = { search: { edges: Array<{ node: { topic: { id: string, title: string, status: TopicStatus, answerCount: number, category: { name: string } } } }> } };

export type RevisionsQueryVariables = Exact<{
  id: string | number;
}>;


export type RevisionsQuery = { node:
    | { revisions: Array<{ id: string, createdAt: string, title: string | null, body: string, tags: Array<string> | null, editor: { id: string, displayName: string }, category: { name: string } | null }> }
    | { revisions: Array<{ id: string, createdAt: string, title: string | null, body: string, tags: Array<string> | null, editor: { id: string, displayName: string }, category: { name: string } | null }> }
    | Record<PropertyKey, never>
   | null };

export type RevisionFieldsFragment = { id: string, createdAt: string, title: string | null, body: string, tags: Array<string> | null, editor: { id: string, displayName: string }, category: { name: string } | null };

export type CategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoriesQuery = { categories: Array<{ id: string, slug: string, name: string }> };

export type PreviewQueryVariables = Exact<{
  markdown: string;
}>;


export type PreviewQuery = { previewMarkdown: string };

export type MentionSuggestionsQueryVariables = Exact<{
  prefix: string;
  topicId?: string | number | null | undefined;
}>;


export type MentionSuggestionsQuery = { mentionSuggestions: Array<{ id: string, displayName: string, handle: string, role: Role }> };

export type DraftQueryVariables = Exact<{
  topicId?: string | number | null | undefined;
}>;


export type DraftQuery = { draft: { topicId: string | null, title: string | null, body: string, categoryId: string | null, tags: Array<string> | null, updatedAt: string } | null };

export type SaveDraftMutationVariables = Exact<{
  input: SaveDraftInput;
}>;


export type SaveDraftMutation = { saveDraft: { draft: { updatedAt: string } } };

export type DiscardDraftMutationVariables = Exact<{
  input: DiscardDraftInput;
}>;


export type DiscardDraftMutation = { discardDraft: { discarded: boolean } };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { notificationPreferences: Array<{ kind: NotificationKind, enabled: boolean, email: EmailDelivery }> };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { user: { id: string, displayName: string, avatarUrl: string | null } } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: { accepted: boolean } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { user: { id: string } } };

export type VerifyEmailMutationVariables = Exact<{
  input: EmailTokenInput;
}>;


export type VerifyEmailMutation = { verifyEmail: { user: { id: string } } };

export type ResendVerificationMutationVariables = Exact<{ [key: string]: never; }>;


export type ResendVerificationMutation = { resendVerification: { email: string } };

export type ChangeEmailMutationVariables = Exact<{
  input: ChangeEmailInput;
}>;


export type ChangeEmailMutation = { changeEmail: { pendingEmail: string } };

export type ConfirmEmailChangeMutationVariables = Exact<{
  input: EmailTokenInput;
}>;


export type ConfirmEmailChangeMutation = { confirmEmailChange: { user: { id: string, email: string | null } } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { endedSessions: number } };

export type DeleteAccountMutationVariables = Exact<{
  input: DeleteAccountInput;
}>;


export type DeleteAccountMutation = { deleteAccount: { deleted: boolean } };

export type UnsubscribeMutationVariables = Exact<{
  input: UnsubscribeInput;
}>;


export type UnsubscribeMutation = { unsubscribe: { kinds: Array<NotificationKind> } };

export type MailLogQueryVariables = Exact<{
  state?: MailState | null | undefined;
}>;


export type MailLogQuery = { mailLog: Array<{ id: string, to: string, kind: string, subject: string | null, state: MailState, attempts: number, lastError: string | null, createdAt: string, sentAt: string | null }>, caughtMail: Array<{ id: string, to: Array<string>, subject: string, receivedAt: string, text: string, links: Array<string> }> | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PhrasingFieldsFragmentDoc = new TypedDocumentString(`
    fragment PhrasingFields on Phrasing {
  id
  text
  source
  createdAt
  sourceTopic {
    id
    title
  }
}
    `, {"fragmentName":"PhrasingFields"}) as unknown as TypedDocumentString<PhrasingFieldsFragment, unknown>;
export const DeflectionFiguresFieldsFragmentDoc = new TypedDocumentString(`
    fragment DeflectionFiguresFields on DeflectionFigures {
  sessions
  sessionsWithIntent
  deflected
  failed
  potential
  questionsPosted
  searches
  deflectionRate
  selfServiceScore
}
    `, {"fragmentName":"DeflectionFiguresFields"}) as unknown as TypedDocumentString<DeflectionFiguresFieldsFragment, unknown>;
export const RevisionFieldsFragmentDoc = new TypedDocumentString(`
    fragment RevisionFields on PostRevision {
  id
  createdAt
  title
  body
  tags
  editor {
    id
    displayName
  }
  category {
    name
  }
}
    `, {"fragmentName":"RevisionFields"}) as unknown as TypedDocumentString<RevisionFieldsFragment, unknown>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    id
    displayName
    role
    email
    plan
    reputation
    emailVerified
    avatarUrl
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const HomeDocument = new TypedDocumentString(`
    query Home($first: Int!, $after: String, $categoryId: ID, $tag: String, $filter: TopicFilter, $orderBy: TopicOrder) {
  categories {
    id
    slug
    name
    description
    topicCount
  }
  topics(
    first: $first
    after: $after
    categoryId: $categoryId
    tag: $tag
    filter: $filter
    orderBy: $orderBy
  ) {
    edges {
      cursor
      node {
        id
        title
        status
        answerCount
        meTooCount
        lastActivityAt
        createdAt
        author {
          id
          displayName
          role
        }
        category {
          id
          slug
          name
        }
        tags {
          id
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    liveCursor
  }
}
    `) as unknown as TypedDocumentString<HomeQuery, HomeQueryVariables>;
export const FeedDocument = new TypedDocumentString(`
    subscription Feed($categoryId: ID, $after: String) {
  feed(categoryId: $categoryId, after: $after) {
    cursor
    kind
    topicId
    topic {
      id
      title
      status
      answerCount
      meTooCount
      lastActivityAt
      createdAt
      tags
      author {
        id
        displayName
        role
      }
      category {
        id
        slug
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FeedSubscription, FeedSubscriptionVariables>;
export const CategoryBySlugDocument = new TypedDocumentString(`
    query CategoryBySlug($slug: String!) {
  category(slug: $slug) {
    id
    slug
    name
    description
    topicCount
    viewerFollows
  }
}
    `) as unknown as TypedDocumentString<CategoryBySlugQuery, CategoryBySlugQueryVariables>;
export const RemovePhrasingDocument = new TypedDocumentString(`
    mutation RemovePhrasing($input: RemovePhrasingInput!) {
  removePhrasing(input: $input) {
    topic {
      id
      alternatePhrasings {
        ...PhrasingFields
      }
    }
  }
}
    fragment PhrasingFields on Phrasing {
  id
  text
  source
  createdAt
  sourceTopic {
    id
    title
  }
}`) as unknown as TypedDocumentString<RemovePhrasingMutation, RemovePhrasingMutationVariables>;
export const TopicPageDocument = new TypedDocumentString(`
    query TopicPage($id: ID!) {
  topic(id: $id) {
    id
    liveCursor
    title
    body
    bodyHtml
    status
    isLocked
    meTooCount
    answerCount
    createdAt
    lastActivityAt
    editedAt
    viewerHasMeToo
    viewerCanEdit
    viewerCanAnswer
    viewerCanAccept
    viewerCanMarkOfficial
    viewerCanLock
    viewerCanMeToo
    isHidden
    viewerCanFlag
    viewerHasFlagged
    viewerCanModerate
    viewerFollows
    duplicateOf {
      id
      title
      status
      officialAnswer {
        bodyHtml
      }
      acceptedAnswer {
        bodyHtml
      }
    }
    alternatePhrasings {
      ...PhrasingFields
    }
    author {
      id
      displayName
      role
    }
    category {
      id
      slug
      name
    }
    tags {
      id
      name
    }
    acceptedAnswer {
      id
    }
    officialAnswer {
      id
    }
    answers(first: 100) {
      edges {
        node {
          id
          body
          bodyHtml
          score
          createdAt
          editedAt
          viewerVote
          viewerCanVote
          viewerCanEdit
          isHidden
          viewerCanFlag
          viewerHasFlagged
          author {
            id
            displayName
            role
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment PhrasingFields on Phrasing {
  id
  text
  source
  createdAt
  sourceTopic {
    id
    title
  }
}`) as unknown as TypedDocumentString<TopicPageQuery, TopicPageQueryVariables>;
export const TopicActivityDocument = new TypedDocumentString(`
    subscription TopicActivity($topicId: ID!, $after: String) {
  topicActivity(topicId: $topicId, after: $after) {
    cursor
    kind
    answerId
    topic {
      id
      title
      bodyHtml
      status
      isLocked
      meTooCount
      answerCount
      acceptedAnswerId
      officialAnswerId
      isHidden
      duplicateOfId
    }
    answer {
      id
      bodyHtml
      score
      createdAt
      isHidden
      author {
        id
        displayName
        role
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TopicActivitySubscription, TopicActivitySubscriptionVariables>;
export const TypingDocument = new TypedDocumentString(`
    subscription Typing($topicId: ID!) {
  typing(topicId: $topicId) {
    user {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<TypingSubscription, TypingSubscriptionVariables>;
export const SendTypingDocument = new TypedDocumentString(`
    mutation SendTyping($input: TopicIdInput!) {
  sendTypingIndicator(input: $input) {
    sent
  }
}
    `) as unknown as TypedDocumentString<SendTypingMutation, SendTypingMutationVariables>;
export const AskQuestionDocument = new TypedDocumentString(`
    mutation AskQuestion($input: AskQuestionInput!) {
  askQuestion(input: $input) {
    topic {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AskQuestionMutation, AskQuestionMutationVariables>;
export const PostAnswerDocument = new TypedDocumentString(`
    mutation PostAnswer($input: PostAnswerInput!) {
  postAnswer(input: $input) {
    answer {
      id
      body
      bodyHtml
      score
      createdAt
      editedAt
      viewerVote
      viewerCanVote
      viewerCanEdit
      author {
        id
        displayName
        role
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PostAnswerMutation, PostAnswerMutationVariables>;
export const VoteDocument = new TypedDocumentString(`
    mutation Vote($input: VoteOnAnswerInput!) {
  voteOnAnswer(input: $input) {
    answer {
      id
      score
      viewerVote
    }
  }
}
    `) as unknown as TypedDocumentString<VoteMutation, VoteMutationVariables>;
export const MeTooDocument = new TypedDocumentString(`
    mutation MeToo($input: SetMeTooInput!) {
  setMeToo(input: $input) {
    topic {
      id
      meTooCount
      viewerHasMeToo
    }
  }
}
    `) as unknown as TypedDocumentString<MeTooMutation, MeTooMutationVariables>;
export const AcceptDocument = new TypedDocumentString(`
    mutation Accept($input: AnswerIdInput!) {
  acceptAnswer(input: $input) {
    topic {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptMutation, AcceptMutationVariables>;
export const UnacceptDocument = new TypedDocumentString(`
    mutation Unaccept($input: TopicIdInput!) {
  unacceptAnswer(input: $input) {
    topic {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<UnacceptMutation, UnacceptMutationVariables>;
export const OfficialDocument = new TypedDocumentString(`
    mutation Official($input: AnswerIdInput!) {
  markAnswerAsOfficial(input: $input) {
    topic {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<OfficialMutation, OfficialMutationVariables>;
export const UnofficialDocument = new TypedDocumentString(`
    mutation Unofficial($input: TopicIdInput!) {
  unmarkOfficialAnswer(input: $input) {
    topic {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<UnofficialMutation, UnofficialMutationVariables>;
export const LockDocument = new TypedDocumentString(`
    mutation Lock($input: TopicIdInput!) {
  lockTopic(input: $input) {
    topic {
      id
      status
      isLocked
    }
  }
}
    `) as unknown as TypedDocumentString<LockMutation, LockMutationVariables>;
export const UnlockDocument = new TypedDocumentString(`
    mutation Unlock($input: TopicIdInput!) {
  unlockTopic(input: $input) {
    topic {
      id
      status
      isLocked
    }
  }
}
    `) as unknown as TypedDocumentString<UnlockMutation, UnlockMutationVariables>;
export const FlagPostDocument = new TypedDocumentString(`
    mutation FlagPost($input: FlagPostInput!) {
  flagPost(input: $input) {
    flag {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<FlagPostMutation, FlagPostMutationVariables>;
export const SetPostHiddenDocument = new TypedDocumentString(`
    mutation SetPostHidden($input: SetPostHiddenInput!) {
  setPostHidden(input: $input) {
    topic {
      id
      isHidden
      answerCount
      status
    }
    answer {
      id
      isHidden
    }
  }
}
    `) as unknown as TypedDocumentString<SetPostHiddenMutation, SetPostHiddenMutationVariables>;
export const DismissFlagsDocument = new TypedDocumentString(`
    mutation DismissFlags($input: DismissFlagsInput!) {
  dismissFlags(input: $input) {
    dismissed
  }
}
    `) as unknown as TypedDocumentString<DismissFlagsMutation, DismissFlagsMutationVariables>;
export const CloseAsDuplicateDocument = new TypedDocumentString(`
    mutation CloseAsDuplicate($input: CloseAsDuplicateInput!) {
  closeAsDuplicate(input: $input) {
    topic {
      id
    }
    original {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CloseAsDuplicateMutation, CloseAsDuplicateMutationVariables>;
export const ModerationDocument = new TypedDocumentString(`
    query Moderation {
  flagQueue(first: 100) {
    totalCount
    liveCursor
    items {
      firstFlaggedAt
      topic {
        id
        title
        isHidden
      }
      answer {
        id
        bodyHtml
        isHidden
        author {
          id
          displayName
        }
      }
      flags {
        id
        reason
        note
        createdAt
        reporter {
          id
          displayName
        }
      }
    }
  }
  moderationLog(first: 50) {
    id
    action
    reason
    details
    createdAt
    actor {
      id
      displayName
    }
    topic {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationQuery, ModerationQueryVariables>;
export const SlaQueueDocument = new TypedDocumentString(`
    query SlaQueue {
  slaQueue(first: 100) {
    liveCursor
    openCount
    breachedCount
    items {
      plan
      dueAt
      targetMinutes
      businessTime
      claimedAt
      claimedBy {
        id
        displayName
      }
      topic {
        id
        title
        createdAt
        answerCount
        author {
          id
          displayName
        }
        category {
          id
          name
        }
      }
    }
  }
  slaFigures {
    plan
    questions
    met
    breached
    metShare
    medianFirstResponseSeconds
    openNow
    breachedNow
  }
}
    `) as unknown as TypedDocumentString<SlaQueueQuery, SlaQueueQueryVariables>;
export const StaffFeedDocument = new TypedDocumentString(`
    subscription StaffFeed($after: String) {
  feed(after: $after) {
    cursor
    kind
  }
}
    `) as unknown as TypedDocumentString<StaffFeedSubscription, StaffFeedSubscriptionVariables>;
export const ClaimTopicDocument = new TypedDocumentString(`
    mutation ClaimTopic($input: TopicIdInput!) {
  claimTopic(input: $input) {
    topic {
      id
      claimedBy {
        id
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimTopicMutation, ClaimTopicMutationVariables>;
export const UnclaimTopicDocument = new TypedDocumentString(`
    mutation UnclaimTopic($input: TopicIdInput!) {
  unclaimTopic(input: $input) {
    topic {
      id
      claimedBy {
        id
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnclaimTopicMutation, UnclaimTopicMutationVariables>;
export const ProfileDocument = new TypedDocumentString(`
    query Profile($id: ID!) {
  userProfile(id: $id) {
    user {
      id
      displayName
      role
      reputation
      createdAt
      avatarUrl
    }
    answerCount
    acceptedCount
    questionCount
    reputationHistory(first: 20) {
      id
      points
      reason
      createdAt
      topic {
        id
        title
      }
    }
    recentAnswers(first: 10) {
      id
      bodyHtml
      score
      createdAt
      topic {
        id
        title
      }
    }
  }
  viewer {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<ProfileQuery, ProfileQueryVariables>;
export const LeaderboardDocument = new TypedDocumentString(`
    query Leaderboard($period: LeaderboardPeriod!) {
  leaderboard(period: $period, first: 25) {
    points
    acceptedAnswers
    user {
      id
      displayName
      role
      reputation
    }
  }
}
    `) as unknown as TypedDocumentString<LeaderboardQuery, LeaderboardQueryVariables>;
export const SetExpertDocument = new TypedDocumentString(`
    mutation SetExpert($input: SetExpertInput!) {
  setExpert(input: $input) {
    user {
      id
      role
    }
  }
}
    `) as unknown as TypedDocumentString<SetExpertMutation, SetExpertMutationVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications {
  notifications(first: 15) {
    id
    kind
    read
    createdAt
    topic {
      id
      title
    }
    actor {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadCountDocument = new TypedDocumentString(`
    subscription UnreadCount {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<UnreadCountSubscription, UnreadCountSubscriptionVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input) {
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const SetNotificationPreferenceDocument = new TypedDocumentString(`
    mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {
  setNotificationPreference(input: $input) {
    preferences {
      kind
      enabled
      email
    }
  }
}
    `) as unknown as TypedDocumentString<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>;
export const FollowCategoryDocument = new TypedDocumentString(`
    mutation FollowCategory($input: FollowCategoryInput!) {
  followCategory(input: $input) {
    category {
      id
      viewerFollows
    }
  }
}
    `) as unknown as TypedDocumentString<FollowCategoryMutation, FollowCategoryMutationVariables>;
export const FollowTopicDocument = new TypedDocumentString(`
    mutation FollowTopic($input: FollowTopicInput!) {
  followTopic(input: $input) {
    topic {
      id
      viewerFollows
    }
  }
}
    `) as unknown as TypedDocumentString<FollowTopicMutation, FollowTopicMutationVariables>;
export const SupportOperationsDocument = new TypedDocumentString(`
    query SupportOperations($from: DateTime!, $to: DateTime!) {
  slaFigures(from: $from, to: $to) {
    plan
    questions
    met
    breached
    metShare
    medianFirstResponseSeconds
    openNow
    breachedNow
  }
  slaByDay(from: $from, to: $to) {
    day
    met
    breached
  }
}
    `) as unknown as TypedDocumentString<SupportOperationsQuery, SupportOperationsQueryVariables>;
export const TopIssuesDocument = new TypedDocumentString(`
    query TopIssues($from: DateTime!, $to: DateTime!, $orderBy: IssueOrder!) {
  topIssues(from: $from, to: $to, orderBy: $orderBy, first: 10) {
    kind
    name
    customersAffected
    newTopics
    previousTopics
    meToo
    topTopics {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<TopIssuesQuery, TopIssuesQueryVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    user {
      id
      displayName
      role
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const LogInDocument = new TypedDocumentString(`
    mutation LogIn($input: LogInInput!) {
  logIn(input: $input) {
    user {
      id
      displayName
      role
    }
  }
}
    `) as unknown as TypedDocumentString<LogInMutation, LogInMutationVariables>;
export const LogOutDocument = new TypedDocumentString(`
    mutation LogOut {
  logOut {
    loggedOut
  }
}
    `) as unknown as TypedDocumentString<LogOutMutation, LogOutMutationVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($query: String, $after: String) {
  users(first: 50, query: $query, after: $after) {
    edges {
      node {
        id
        displayName
        email
        emailVerified
        isDeleted
        role
        plan
        reputation
        createdAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const ChangeUserRoleDocument = new TypedDocumentString(`
    mutation ChangeUserRole($input: ChangeUserRoleInput!) {
  changeUserRole(input: $input) {
    user {
      id
      role
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeUserRoleMutation, ChangeUserRoleMutationVariables>;
export const ChangeUserPlanDocument = new TypedDocumentString(`
    mutation ChangeUserPlan($input: ChangeUserPlanInput!) {
  changeUserPlan(input: $input) {
    user {
      id
      plan
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeUserPlanMutation, ChangeUserPlanMutationVariables>;
export const SupportSettingsDocument = new TypedDocumentString(`
    query SupportSettings {
  slaPolicies {
    plan
    firstResponseMinutes
    businessTime
    businessDays
  }
  supportHours {
    timeZone
    opensAt
    closesAt
    workDays
  }
  reputationSettings {
    answerUpvoted
    answerDownvoted
    answerAccepted
    answerOfficial
    questionMeToo
    expertThreshold
  }
}
    `) as unknown as TypedDocumentString<SupportSettingsQuery, SupportSettingsQueryVariables>;
export const UpdateSlaPolicyDocument = new TypedDocumentString(`
    mutation UpdateSlaPolicy($input: UpdateSlaPolicyInput!) {
  updateSlaPolicy(input: $input) {
    policy {
      plan
      firstResponseMinutes
      businessTime
      businessDays
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateSlaPolicyMutation, UpdateSlaPolicyMutationVariables>;
export const UpdateSupportHoursDocument = new TypedDocumentString(`
    mutation UpdateSupportHours($input: UpdateSupportHoursInput!) {
  updateSupportHours(input: $input) {
    supportHours {
      timeZone
      opensAt
      closesAt
      workDays
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateSupportHoursMutation, UpdateSupportHoursMutationVariables>;
export const UpdateReputationSettingsDocument = new TypedDocumentString(`
    mutation UpdateReputationSettings($input: UpdateReputationSettingsInput!) {
  updateReputationSettings(input: $input) {
    settings {
      answerUpvoted
      answerDownvoted
      answerAccepted
      answerOfficial
      questionMeToo
      expertThreshold
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateReputationSettingsMutation, UpdateReputationSettingsMutationVariables>;
export const EditTopicDocument = new TypedDocumentString(`
    mutation EditTopic($input: EditTopicInput!) {
  editTopic(input: $input) {
    topic {
      id
      title
      body
      bodyHtml
      editedAt
      category {
        id
        slug
        name
      }
      tags {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EditTopicMutation, EditTopicMutationVariables>;
export const EditAnswerDocument = new TypedDocumentString(`
    mutation EditAnswer($input: EditAnswerInput!) {
  editAnswer(input: $input) {
    answer {
      id
      body
      bodyHtml
      editedAt
    }
  }
}
    `) as unknown as TypedDocumentString<EditAnswerMutation, EditAnswerMutationVariables>;
export const AnswerBodyDocument = new TypedDocumentString(`
    query AnswerBody($id: ID!) {
  node(id: $id) {
    ... on Answer {
      id
      body
    }
  }
}
    `) as unknown as TypedDocumentString<AnswerBodyQuery, AnswerBodyQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $filter: SearchFilter, $after: String) {
  search(query: $query, filter: $filter, first: 20, after: $after) {
    totalHits
    edges {
      node {
        titleHtml
        snippetHtml
        topicId
        status
        answerCount
        category {
          name
          slug
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    facets {
      categories {
        value
        label
        count
      }
      statuses {
        value
        label
        count
      }
      tags {
        value
        label
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const SimilarTopicsDocument = new TypedDocumentString(`
    query SimilarTopics($title: String!, $body: String) {
  similarTopics(title: $title, body: $body, first: 5) {
    titleHtml
    answerExcerpt
    topicId
    status
    answerCount
  }
}
    `) as unknown as TypedDocumentString<SimilarTopicsQuery, SimilarTopicsQueryVariables>;
export const RecordSignalDocument = new TypedDocumentString(`
    mutation RecordSignal($input: RecordSignalInput!) {
  recordSignal(input: $input) {
    recorded
  }
}
    `) as unknown as TypedDocumentString<RecordSignalMutation, RecordSignalMutationVariables>;
export const SupportStatsDocument = new TypedDocumentString(`
    query SupportStats($from: DateTime!, $to: DateTime!, $granularity: StatsGranularity) {
  supportStats(from: $from, to: $to, granularity: $granularity) {
    from
    to
    granularity
    figures {
      ...DeflectionFiguresFields
    }
    previousFigures {
      ...DeflectionFiguresFields
    }
    series {
      start
      figures {
        ...DeflectionFiguresFields
      }
    }
    contentGaps {
      query
      searches
      visitors
      averageHits
      clickThroughRate
    }
    topSearches {
      query
      searches
      visitors
      averageHits
      clickThroughRate
    }
    topDeflectingTopics {
      deflections
      topic {
        id
        title
        status
      }
    }
    responseTimes {
      medianSecondsToFirstAnswer
      medianSecondsToResolution
      firstAnswerBuckets {
        label
        count
      }
      firstAnswersByStaff
      firstAnswersByCommunity
      answersByStaff
      answersByCommunity
    }
    outcomes {
      resolved
      answered
      unanswered
    }
    openUnanswered
    oldestUnanswered {
      id
      title
      createdAt
    }
    definitionsHtml
  }
}
    fragment DeflectionFiguresFields on DeflectionFigures {
  sessions
  sessionsWithIntent
  deflected
  failed
  potential
  questionsPosted
  searches
  deflectionRate
  selfServiceScore
}`) as unknown as TypedDocumentString<SupportStatsQuery, SupportStatsQueryVariables>;
export const SupportStatsChangedDocument = new TypedDocumentString(`
    subscription SupportStatsChanged {
  supportStatsChanged
}
    `) as unknown as TypedDocumentString<SupportStatsChangedSubscription, SupportStatsChangedSubscriptionVariables>;
export const DuplicateCandidatesDocument = new TypedDocumentString(`
    query DuplicateCandidates($query: String!) {
  search(query: $query, first: 8) {
    edges {
      node {
        topic {
          id
          title
          status
          answerCount
          category {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DuplicateCandidatesQuery, DuplicateCandidatesQueryVariables>;
export const RevisionsDocument = new TypedDocumentString(`
    query Revisions($id: ID!) {
  node(id: $id) {
    ... on Topic {
      revisions(first: 50) {
        ...RevisionFields
      }
    }
    ... on Answer {
      revisions(first: 50) {
        ...RevisionFields
      }
    }
  }
}
    fragment RevisionFields on PostRevision {
  id
  createdAt
  title
  body
  tags
  editor {
    id
    displayName
  }
  category {
    name
  }
}`) as unknown as TypedDocumentString<RevisionsQuery, RevisionsQueryVariables>;
export const CategoriesDocument = new TypedDocumentString(`
    query Categories {
  categories {
    id
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<CategoriesQuery, CategoriesQueryVariables>;
export const PreviewDocument = new TypedDocumentString(`
    query Preview($markdown: String!) {
  previewMarkdown(markdown: $markdown)
}
    `) as unknown as TypedDocumentString<PreviewQuery, PreviewQueryVariables>;
export const MentionSuggestionsDocument = new TypedDocumentString(`
    query MentionSuggestions($prefix: String!, $topicId: ID) {
  mentionSuggestions(prefix: $prefix, topicId: $topicId, first: 6) {
    id
    displayName
    handle
    role
  }
}
    `) as unknown as TypedDocumentString<MentionSuggestionsQuery, MentionSuggestionsQueryVariables>;
export const DraftDocument = new TypedDocumentString(`
    query Draft($topicId: ID) {
  draft(topicId: $topicId) {
    topicId
    title
    body
    categoryId
    tags
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<DraftQuery, DraftQueryVariables>;
export const SaveDraftDocument = new TypedDocumentString(`
    mutation SaveDraft($input: SaveDraftInput!) {
  saveDraft(input: $input) {
    draft {
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<SaveDraftMutation, SaveDraftMutationVariables>;
export const DiscardDraftDocument = new TypedDocumentString(`
    mutation DiscardDraft($input: DiscardDraftInput!) {
  discardDraft(input: $input) {
    discarded
  }
}
    `) as unknown as TypedDocumentString<DiscardDraftMutation, DiscardDraftMutationVariables>;
export const NotificationPreferencesDocument = new TypedDocumentString(`
    query NotificationPreferences {
  notificationPreferences {
    kind
    enabled
    email
  }
}
    `) as unknown as TypedDocumentString<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    user {
      id
      displayName
      avatarUrl
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input) {
    accepted
  }
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const VerifyEmailDocument = new TypedDocumentString(`
    mutation VerifyEmail($input: EmailTokenInput!) {
  verifyEmail(input: $input) {
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const ResendVerificationDocument = new TypedDocumentString(`
    mutation ResendVerification {
  resendVerification {
    email
  }
}
    `) as unknown as TypedDocumentString<ResendVerificationMutation, ResendVerificationMutationVariables>;
export const ChangeEmailDocument = new TypedDocumentString(`
    mutation ChangeEmail($input: ChangeEmailInput!) {
  changeEmail(input: $input) {
    pendingEmail
  }
}
    `) as unknown as TypedDocumentString<ChangeEmailMutation, ChangeEmailMutationVariables>;
export const ConfirmEmailChangeDocument = new TypedDocumentString(`
    mutation ConfirmEmailChange($input: EmailTokenInput!) {
  confirmEmailChange(input: $input) {
    user {
      id
      email
    }
  }
}
    `) as unknown as TypedDocumentString<ConfirmEmailChangeMutation, ConfirmEmailChangeMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    endedSessions
  }
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const DeleteAccountDocument = new TypedDocumentString(`
    mutation DeleteAccount($input: DeleteAccountInput!) {
  deleteAccount(input: $input) {
    deleted
  }
}
    `) as unknown as TypedDocumentString<DeleteAccountMutation, DeleteAccountMutationVariables>;
export const UnsubscribeDocument = new TypedDocumentString(`
    mutation Unsubscribe($input: UnsubscribeInput!) {
  unsubscribe(input: $input) {
    kinds
  }
}
    `) as unknown as TypedDocumentString<UnsubscribeMutation, UnsubscribeMutationVariables>;
export const MailLogDocument = new TypedDocumentString(`
    query MailLog($state: MailState) {
  mailLog(first: 100, state: $state) {
    id
    to
    kind
    subject
    state
    attempts
    lastError
    createdAt
    sentAt
  }
  caughtMail(first: 30) {
    id
    to
    subject
    receivedAt
    text
    links
  }
}
    `) as unknown as TypedDocumentString<MailLogQuery, MailLogQueryVariables>;