import type { Role } from '../../accounts/user.entity.js';
import type { Plan } from '../../accounts/user.entity.js';
import type { TopicStatus } from '../../topics/topic.entity.js';
import type { EventKind as TopicEventKind } from '../../live/event.js';
import type { TopicFilter } from '../../topics/topics.service.js';
import type { TopicOrder } from '../../topics/topics.service.js';
import type { IssueOrder } from '../../topics/top-issues.service.js';
import type { SignalKind } from '../../deflection/signals.js';
import type { Granularity as StatsGranularity } from '../../deflection/stats.service.js';
import type { FlagReason } from '../../moderation/moderation.service.js';
import type { FlagStatus } from '../../moderation/moderation.service.js';
import type { LeaderboardPeriod } from '../../reputation/reputation.service.js';
import type { ReputationReason } from '../../reputation/reputation.service.js';
import type { NotificationKind } from '../../notifications/notifications.service.js';
import type { EmailMode as EmailDelivery } from '../../notifications/notifications.service.js';
import type { MailState } from '../../mail/mail-log.js';
import type { PhrasingSource } from '../../search/phrasings.js';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { User as UserEntity } from '../../accounts/user.entity.js';
import type { Category as CategoryEntity } from '../../topics/category.entity.js';
import type { Tag as TagEntity } from '../../topics/tag.entity.js';
import type { Topic as TopicEntity } from '../../topics/topic.entity.js';
import type { Answer as AnswerEntity } from '../../answers/answer.entity.js';
import type { LiveEvent as LiveEventEntity, TypingSignal as TypingSignalEntity, TopicSnapshot as TopicSnapshotEntity, AnswerSnapshot as AnswerSnapshotEntity, UserSnapshot as UserSnapshotEntity, CategorySnapshot as CategorySnapshotEntity } from '../../live/event.js';
import type { FlagRow as FlagRowEntity, FlaggedPostRow as FlaggedPostRowEntity, ModerationActionRow as ModerationActionRowEntity } from '../../moderation/moderation.service.js';
import type { PhrasingRow as PhrasingRowEntity } from '../../search/phrasings.js';
import type { SearchHitResult as SearchHitResultEntity, SimilarTopicResult as SimilarTopicResultEntity } from '../../search/search.service.js';
import type { SlaQueueRow as SlaQueueRowEntity, SlaPolicy as SlaPolicyEntity, SlaPlanFigures as SlaPlanFiguresEntity, SlaDay as SlaDayEntity } from '../../sla/sla.service.js';
import type { SupportHours as SupportHoursEntity } from '../../sla/business-time.js';
import type { ReputationEventRow as ReputationEventRowEntity, ReputationSettings as ReputationSettingsEntity, LeaderboardRow as LeaderboardRowEntity, ProfileRow as ProfileRowEntity } from '../../reputation/reputation.service.js';
import type { NotificationRow as NotificationRowEntity, Preference as PreferenceEntity } from '../../notifications/notifications.service.js';
import type { IssueGroupRow as IssueGroupRowEntity } from '../../topics/top-issues.service.js';
import type { RevisionRow as RevisionRowEntity } from '../../revisions/revisions.service.js';
import type { DraftRow as DraftRowEntity } from '../../composer/drafts.service.js';
import type { MailLogRow as MailLogRowEntity } from '../../mail/mail-log.js';
import type { CaughtMessage as CaughtMessageEntity } from '../../mail/catcher.js';
import type { GraphQLContext } from '../context.js';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date and time in UTC. */
  DateTime: { input: string; output: Date | string; }
};

export type Answer = Node & {
  __typename?: 'Answer';
  author: User;
  body: Scalars['String']['output'];
  bodyHtml: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** When its text was last changed; null if never. */
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  isAccepted: Scalars['Boolean']['output'];
  isHidden: Scalars['Boolean']['output'];
  isOfficial: Scalars['Boolean']['output'];
  /** Newest first; empty if never edited. */
  revisions: Array<PostRevision>;
  score: Scalars['Int']['output'];
  /** The question it answers; null when that is hidden from the viewer. */
  topic?: Maybe<Topic>;
  updatedAt: Scalars['DateTime']['output'];
  viewerCanEdit: Scalars['Boolean']['output'];
  viewerCanFlag: Scalars['Boolean']['output'];
  viewerCanVote: Scalars['Boolean']['output'];
  viewerHasFlagged: Scalars['Boolean']['output'];
  /** The viewer's vote: 1, -1, or 0 for none. */
  viewerVote: Scalars['Int']['output'];
};


export type AnswerRevisionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AnswerConnection = {
  __typename?: 'AnswerConnection';
  edges: Array<AnswerEdge>;
  pageInfo: PageInfo;
};

export type AnswerEdge = {
  __typename?: 'AnswerEdge';
  cursor: Scalars['String']['output'];
  node: Answer;
};

export type AnswerIdInput = {
  answerId: Scalars['ID']['input'];
};

/** An answer as it stood right after the event. */
export type AnswerSnapshot = {
  __typename?: 'AnswerSnapshot';
  author: UserSnapshot;
  bodyHtml: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  isAccepted: Scalars['Boolean']['output'];
  isHidden: Scalars['Boolean']['output'];
  isOfficial: Scalars['Boolean']['output'];
  score: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type AnswerTopicPayload = {
  __typename?: 'AnswerTopicPayload';
  answer?: Maybe<Answer>;
  topic: Topic;
};

export type AskQuestionInput = {
  /** Markdown, 20 to 20,000 characters. */
  body: Scalars['String']['input'];
  categoryId: Scalars['ID']['input'];
  /** Makes retries safe: the same id from the same user creates one question. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Up to 5 tags: lower-case letters, digits and dashes. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 10 to 200 characters. */
  title: Scalars['String']['input'];
};

export type AskQuestionPayload = {
  __typename?: 'AskQuestionPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  topic: Topic;
};

export type Category = Node & {
  __typename?: 'Category';
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
  topicCount: Scalars['Int']['output'];
  viewerFollows: Scalars['Boolean']['output'];
};

export type CategorySnapshot = {
  __typename?: 'CategorySnapshot';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};

/** An email the embedded receiver caught (no SMTP_URL: nothing leaves the machine). */
export type CaughtMail = {
  __typename?: 'CaughtMail';
  id: Scalars['ID']['output'];
  /** Links in the message, in order. */
  links: Array<Scalars['String']['output']>;
  receivedAt: Scalars['DateTime']['output'];
  subject: Scalars['String']['output'];
  text: Scalars['String']['output'];
  to: Array<Scalars['String']['output']>;
};

export type ChangeEmailInput = {
  currentPassword: Scalars['String']['input'];
  email: Scalars['String']['input'];
};

export type ChangeEmailPayload = {
  __typename?: 'ChangeEmailPayload';
  /** The link went here; the address changes when it is opened. */
  pendingEmail: Scalars['String']['output'];
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  /** At least 10 characters. */
  newPassword: Scalars['String']['input'];
};

export type ChangePasswordPayload = {
  __typename?: 'ChangePasswordPayload';
  /** How many other sessions (other browsers and devices) were signed out. */
  endedSessions: Scalars['Int']['output'];
  user: User;
};

export type ChangeUserPlanInput = {
  plan: Plan;
  userId: Scalars['ID']['input'];
};

export type ChangeUserPlanPayload = {
  __typename?: 'ChangeUserPlanPayload';
  user: User;
};

export type ChangeUserRoleInput = {
  role: Role;
  userId: Scalars['ID']['input'];
};

export type ChangeUserRolePayload = {
  __typename?: 'ChangeUserRolePayload';
  user: User;
};

export type ClaimTopicPayload = {
  __typename?: 'ClaimTopicPayload';
  topic: Topic;
};

export type CloseAsDuplicateInput = {
  /** The original question readers are sent to. */
  originalId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  topicId: Scalars['ID']['input'];
};

export type CloseAsDuplicatePayload = {
  __typename?: 'CloseAsDuplicatePayload';
  original: Topic;
  topic: Topic;
};

export type ConfirmEmailChangePayload = {
  __typename?: 'ConfirmEmailChangePayload';
  user: User;
};

/** How the sessions of a period ended. A session is one visitor's activity with gaps under 30 minutes. */
export type DeflectionFigures = {
  __typename?: 'DeflectionFigures';
  /** Intent, then a solved signal or a click on a resolved thread, and no question within 24 hours. */
  deflected: Scalars['Int']['output'];
  /** deflected / (deflected + questionsPosted); null without either. */
  deflectionRate?: Maybe<Scalars['Float']['output']>;
  /** Intent, then a question posted in the session or within 24 hours after it. */
  failed: Scalars['Int']['output'];
  /** Intent, no solved signal, no question: perhaps helped, perhaps gave up. */
  potential: Scalars['Int']['output'];
  /** Questions posted by customers (not staff). */
  questionsPosted: Scalars['Int']['output'];
  searches: Scalars['Int']['output'];
  /** Zendesk's self-service score: sessions / distinct visitors who posted a question; null when nobody posted. */
  selfServiceScore?: Maybe<Scalars['Float']['output']>;
  /** All visitor sessions (staff and crawlers excluded). */
  sessions: Scalars['Int']['output'];
  /** Sessions with intent: a search or an opened ask form. */
  sessionsWithIntent: Scalars['Int']['output'];
};

export type DeleteAccountInput = {
  password: Scalars['String']['input'];
};

export type DeleteAccountPayload = {
  __typename?: 'DeleteAccountPayload';
  deleted: Scalars['Boolean']['output'];
};

export type DiscardDraftInput = {
  topicId?: InputMaybe<Scalars['ID']['input']>;
};

export type DiscardDraftPayload = {
  __typename?: 'DiscardDraftPayload';
  discarded: Scalars['Boolean']['output'];
};

export type DismissFlagsInput = {
  answerId?: InputMaybe<Scalars['ID']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  topicId?: InputMaybe<Scalars['ID']['input']>;
};

export type DismissFlagsPayload = {
  __typename?: 'DismissFlagsPayload';
  /** How many open flags were dismissed. */
  dismissed: Scalars['Int']['output'];
};

/** A question or answer being written, kept on the server per member: it survives a reload and another device. */
export type Draft = {
  __typename?: 'Draft';
  body: Scalars['String']['output'];
  /** Questions only. */
  categoryId?: Maybe<Scalars['ID']['output']>;
  /** Questions only. */
  tags?: Maybe<Array<Scalars['String']['output']>>;
  /** Questions only. */
  title?: Maybe<Scalars['String']['output']>;
  /** Null for a new question; the topic for an answer. */
  topicId?: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type EditAnswerInput = {
  answerId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
};

export type EditAnswerPayload = {
  __typename?: 'EditAnswerPayload';
  answer: Answer;
};

export type EditTopicInput = {
  body?: InputMaybe<Scalars['String']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
  topicId: Scalars['ID']['input'];
};

export type EditTopicPayload = {
  __typename?: 'EditTopicPayload';
  topic: Topic;
};

export { EmailDelivery };

export type EmailTokenInput = {
  /** From the emailed link. */
  token: Scalars['String']['input'];
};

export type FacetCount = {
  __typename?: 'FacetCount';
  count: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  /** The value to filter on: a category id, a status, a tag. */
  value: Scalars['String']['output'];
};

/** One person's report of a question or an answer. */
export type Flag = {
  __typename?: 'Flag';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** What the reporter added (required for OTHER). */
  note?: Maybe<Scalars['String']['output']>;
  reason: FlagReason;
  /** Staff only; null for everyone else. */
  reporter?: Maybe<User>;
  status: FlagStatus;
};

export type FlagPostInput = {
  answerId?: InputMaybe<Scalars['ID']['input']>;
  /** Up to 500 characters; required for OTHER. */
  note?: InputMaybe<Scalars['String']['input']>;
  reason: FlagReason;
  /** The question to flag, or the answer's question when answerId is given. */
  topicId?: InputMaybe<Scalars['ID']['input']>;
};

export type FlagPostPayload = {
  __typename?: 'FlagPostPayload';
  flag: Flag;
};

/** The staff flag queue. */
export type FlagQueue = {
  __typename?: 'FlagQueue';
  /** Oldest first flag first. */
  items: Array<FlaggedPost>;
  /** Subscribe to feed with after = this cursor: new flags, dismissals and hidden posts after this read. */
  liveCursor: Scalars['String']['output'];
  /** Posts with open flags, all of them (items holds at most `first`). */
  totalCount: Scalars['Int']['output'];
};

export { FlagReason };

export { FlagStatus };

/** A question or answer with the open flags against it: one row of the staff flag queue. */
export type FlaggedPost = {
  __typename?: 'FlaggedPost';
  /** Set when the flagged post is an answer. */
  answer?: Maybe<Answer>;
  firstFlaggedAt: Scalars['DateTime']['output'];
  flags: Array<Flag>;
  topic: Topic;
};

export type FollowCategoryInput = {
  categoryId: Scalars['ID']['input'];
  follow: Scalars['Boolean']['input'];
};

export type FollowCategoryPayload = {
  __typename?: 'FollowCategoryPayload';
  category: Category;
};

export type FollowTopicInput = {
  follow: Scalars['Boolean']['input'];
  topicId: Scalars['ID']['input'];
};

export type FollowTopicPayload = {
  __typename?: 'FollowTopicPayload';
  topic: Topic;
};

/** One tag or category and how many customers its problems hit in the period. */
export type IssueGroup = {
  __typename?: 'IssueGroup';
  /** Distinct customers who asked in it or said "me too" on one of its topics in the period. */
  customersAffected: Scalars['Int']['output'];
  /** tag or category */
  kind: Scalars['String']['output'];
  /** "Me too" votes cast in the period on its topics (of any age). */
  meToo: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  newTopics: Scalars['Int']['output'];
  /** New topics in the period before, for the trend. */
  previousTopics: Scalars['Int']['output'];
  /** The topics that hit the most customers, up to three. */
  topTopics: Array<Topic>;
};

export { IssueOrder };

export type LabeledCount = {
  __typename?: 'LabeledCount';
  count: Scalars['Int']['output'];
  label: Scalars['String']['output'];
};

export type LeaderboardEntry = {
  __typename?: 'LeaderboardEntry';
  /** Answers accepted in the period. */
  acceptedAnswers: Scalars['Int']['output'];
  /** Points earned in the period. */
  points: Scalars['Int']['output'];
  user: User;
};

export { LeaderboardPeriod };

export type LockTopicPayload = {
  __typename?: 'LockTopicPayload';
  topic: Topic;
};

export type LogInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type LogInPayload = {
  __typename?: 'LogInPayload';
  user: User;
};

export type LogOutPayload = {
  __typename?: 'LogOutPayload';
  /** True once the session is gone (also when there was none). */
  loggedOut: Scalars['Boolean']['output'];
};

/** An email the forum sent or will send. */
export type MailMessage = {
  __typename?: 'MailMessage';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** verify_email, reset_password, change_email, notification, digest… */
  kind: Scalars['String']['output'];
  /** The mail server's last refusal or the connection error. */
  lastError?: Maybe<Scalars['String']['output']>;
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  state: MailState;
  /** Null until a notification email is rendered. */
  subject?: Maybe<Scalars['String']['output']>;
  to: Scalars['String']['output'];
};

export { MailState };

export type MarkNotificationsReadInput = {
  /** Omit to mark every notification read. At most 500. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  unreadCount: Scalars['Int']['output'];
};

/** One entry of the moderation audit log. */
export type ModerationAction = {
  __typename?: 'ModerationAction';
  /** hide, unhide, dismiss_flags, lock, unlock, move, close_as_duplicate, remove_phrasing */
  action: Scalars['String']['output'];
  actor: User;
  answer?: Maybe<Answer>;
  createdAt: Scalars['DateTime']['output'];
  /** Action details, such as the categories of a move or the original of a duplicate. */
  details?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Why, as the moderator wrote it. */
  reason?: Maybe<Scalars['String']['output']>;
  topic?: Maybe<Topic>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** The asker or staff: this answer solved it. Replaces an earlier accepted answer. */
  acceptAnswer: AnswerTopicPayload;
  askQuestion: AskQuestionPayload;
  /** Signed in: sends a confirmation link to the new address; nothing changes until it is opened. */
  changeEmail: ChangeEmailPayload;
  /** Signed in: the current password is required; every other session ends. */
  changePassword: ChangePasswordPayload;
  /** Admin only. The customer's waiting questions move to the new plan's target, counted from when they were asked. */
  changeUserPlan: ChangeUserPlanPayload;
  /** Admins only. */
  changeUserRole: ChangeUserRolePayload;
  /** Staff only: I am handling this question. Refused while another staff member holds it. */
  claimTopic: ClaimTopicPayload;
  /**
   * Staff only. The topic points readers to the original, takes no new answers, leaves search, and
   * its "me too" votes (and its asker) count on the original.
   */
  closeAsDuplicate: CloseAsDuplicatePayload;
  /** Moves the account to the address the emailed link was sent to. */
  confirmEmailChange: ConfirmEmailChangePayload;
  /** Signed in: removes name, address, picture, password and preferences; posts stay, under 'Deleted member'. */
  deleteAccount: DeleteAccountPayload;
  discardDraft: DiscardDraftPayload;
  /** Staff only: the post stays; its open flags are closed. */
  dismissFlags: DismissFlagsPayload;
  /** The author (while unlocked) or staff. */
  editAnswer: EditAnswerPayload;
  /** The author (while unlocked) or staff. */
  editTopic: EditTopicPayload;
  /** Anyone signed in, once per post, not on their own posts. */
  flagPost: FlagPostPayload;
  followCategory: FollowCategoryPayload;
  followTopic: FollowTopicPayload;
  /** Staff only: no new answers or edits by non-staff. */
  lockTopic: LockTopicPayload;
  /** Signs in with email and password (sets the session cookie). */
  logIn: LogInPayload;
  /** Ends the current session and clears the cookie. */
  logOut: LogOutPayload;
  /** Staff only. One official answer per topic; replaces an earlier one. */
  markAnswerAsOfficial: AnswerTopicPayload;
  markNotificationsRead: MarkNotificationsReadPayload;
  /** Anyone signed in, while the topic is not locked. */
  postAnswer: PostAnswerPayload;
  /** Anyone, signed in or not. Rate limited per visitor. */
  recordSignal: RecordSignalPayload;
  /** Staff only: stop finding a thread by this wording. */
  removePhrasing: RemovePhrasingPayload;
  /** Emails a single-use reset link if the address has an account; answers the same either way. */
  requestPasswordReset: RequestPasswordResetPayload;
  /** Signed in, address not yet confirmed: sends the link again. */
  resendVerification: ResendVerificationPayload;
  /** Sets a new password with an emailed token, ends every session, and signs in (sets the cookie). */
  resetPassword: ResetPasswordPayload;
  /** Saves (replaces) the viewer's draft. Posting the question or answer discards it. */
  saveDraft: SaveDraftPayload;
  /** Tells the topic's viewers that you are writing an answer. Not stored. */
  sendTypingIndicator: SendTypingPayload;
  /** Staff only: make a customer an expert, or take it back (reputation alone then does not restore it). */
  setExpert: SetExpertPayload;
  /** Anyone signed in but the asker. */
  setMeToo: SetMeTooPayload;
  setNotificationPreference: SetNotificationPreferencePayload;
  /** Staff only. Hiding resolves the post's open flags. */
  setPostHidden: SetPostHiddenPayload;
  /** Creates an account and signs it in (sets the session cookie); a verification link goes to the address. */
  signUp: SignUpPayload;
  unacceptAnswer: AnswerTopicPayload;
  /** Staff only. */
  unclaimTopic: ClaimTopicPayload;
  unlockTopic: LockTopicPayload;
  unmarkOfficialAnswer: AnswerTopicPayload;
  /** Stops the emails an unsubscribe link names; no sign-in needed (the link is the proof). */
  unsubscribe: UnsubscribePayload;
  /** Signed in: name and picture. */
  updateProfile: UpdateProfilePayload;
  /** Admin only. */
  updateReputationSettings: UpdateReputationSettingsPayload;
  /** Admin only. Deadlines of waiting questions on that plan are recomputed. */
  updateSlaPolicy: UpdateSlaPolicyPayload;
  /** Admin only. Deadlines of waiting questions are recomputed. */
  updateSupportHours: UpdateSupportHoursPayload;
  /** Confirms the address an emailed link was sent to. */
  verifyEmail: VerifyEmailPayload;
  /** One vote per user per answer, not on one's own answer. Repeating a vote changes nothing. */
  voteOnAnswer: VoteOnAnswerPayload;
};


export type MutationAcceptAnswerArgs = {
  input: AnswerIdInput;
};


export type MutationAskQuestionArgs = {
  input: AskQuestionInput;
};


export type MutationChangeEmailArgs = {
  input: ChangeEmailInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationChangeUserPlanArgs = {
  input: ChangeUserPlanInput;
};


export type MutationChangeUserRoleArgs = {
  input: ChangeUserRoleInput;
};


export type MutationClaimTopicArgs = {
  input: TopicIdInput;
};


export type MutationCloseAsDuplicateArgs = {
  input: CloseAsDuplicateInput;
};


export type MutationConfirmEmailChangeArgs = {
  input: EmailTokenInput;
};


export type MutationDeleteAccountArgs = {
  input: DeleteAccountInput;
};


export type MutationDiscardDraftArgs = {
  input: DiscardDraftInput;
};


export type MutationDismissFlagsArgs = {
  input: DismissFlagsInput;
};


export type MutationEditAnswerArgs = {
  input: EditAnswerInput;
};


export type MutationEditTopicArgs = {
  input: EditTopicInput;
};


export type MutationFlagPostArgs = {
  input: FlagPostInput;
};


export type MutationFollowCategoryArgs = {
  input: FollowCategoryInput;
};


export type MutationFollowTopicArgs = {
  input: FollowTopicInput;
};


export type MutationLockTopicArgs = {
  input: TopicIdInput;
};


export type MutationLogInArgs = {
  input: LogInInput;
};


export type MutationMarkAnswerAsOfficialArgs = {
  input: AnswerIdInput;
};


export type MutationMarkNotificationsReadArgs = {
  input: MarkNotificationsReadInput;
};


export type MutationPostAnswerArgs = {
  input: PostAnswerInput;
};


export type MutationRecordSignalArgs = {
  input: RecordSignalInput;
};


export type MutationRemovePhrasingArgs = {
  input: RemovePhrasingInput;
};


export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationSaveDraftArgs = {
  input: SaveDraftInput;
};


export type MutationSendTypingIndicatorArgs = {
  input: TopicIdInput;
};


export type MutationSetExpertArgs = {
  input: SetExpertInput;
};


export type MutationSetMeTooArgs = {
  input: SetMeTooInput;
};


export type MutationSetNotificationPreferenceArgs = {
  input: SetNotificationPreferenceInput;
};


export type MutationSetPostHiddenArgs = {
  input: SetPostHiddenInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationUnacceptAnswerArgs = {
  input: TopicIdInput;
};


export type MutationUnclaimTopicArgs = {
  input: TopicIdInput;
};


export type MutationUnlockTopicArgs = {
  input: TopicIdInput;
};


export type MutationUnmarkOfficialAnswerArgs = {
  input: TopicIdInput;
};


export type MutationUnsubscribeArgs = {
  input: UnsubscribeInput;
};


export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


export type MutationUpdateReputationSettingsArgs = {
  input: UpdateReputationSettingsInput;
};


export type MutationUpdateSlaPolicyArgs = {
  input: UpdateSlaPolicyInput;
};


export type MutationUpdateSupportHoursArgs = {
  input: UpdateSupportHoursInput;
};


export type MutationVerifyEmailArgs = {
  input: EmailTokenInput;
};


export type MutationVoteOnAnswerArgs = {
  input: VoteOnAnswerInput;
};

/** Anything with a global, opaque id. */
export type Node = {
  id: Scalars['ID']['output'];
};

export type Notification = {
  __typename?: 'Notification';
  actor?: Maybe<User>;
  answer?: Maybe<Answer>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  read: Scalars['Boolean']['output'];
  /** Null when the topic is hidden from you since. */
  topic?: Maybe<Topic>;
};

export { NotificationKind };

export type NotificationPreference = {
  __typename?: 'NotificationPreference';
  email: EmailDelivery;
  /** Shown in the bell. */
  enabled: Scalars['Boolean']['output'];
  kind: NotificationKind;
};

/** Relay cursor pagination. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/**
 * Another wording of a thread's question ("also asked as"): search and suggestions find the thread by
 * it. Learned from duplicates and from suggestions that solved a problem; staff may remove one.
 */
export type Phrasing = {
  __typename?: 'Phrasing';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  source: PhrasingSource;
  /** For DUPLICATE: the question closed as a duplicate. */
  sourceTopic?: Maybe<Topic>;
  text: Scalars['String']['output'];
};

export { PhrasingSource };

export { Plan };

export type PostAnswerInput = {
  /** Markdown, 2 to 20,000 characters. */
  body: Scalars['String']['input'];
  /** Makes retries safe: the same id from the same user creates one answer. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  topicId: Scalars['ID']['input'];
};

export type PostAnswerPayload = {
  __typename?: 'PostAnswerPayload';
  answer: Answer;
  clientMutationId?: Maybe<Scalars['String']['output']>;
  topic: Topic;
};

/** A post as it stood after one edit. The oldest revision is the post as first written. */
export type PostRevision = {
  __typename?: 'PostRevision';
  body: Scalars['String']['output'];
  /** Questions only. */
  category?: Maybe<Category>;
  createdAt: Scalars['DateTime']['output'];
  editor: User;
  id: Scalars['ID']['output'];
  /** Questions only. */
  tags?: Maybe<Array<Scalars['String']['output']>>;
  /** Questions only. */
  title?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** Categories in their display order. */
  categories: Array<Category>;
  category?: Maybe<Category>;
  /** Admins only: what the embedded receiver caught, newest first; null when email goes out through SMTP_URL. */
  caughtMail?: Maybe<Array<CaughtMail>>;
  /** The viewer's draft of a new question (no topicId) or of an answer to topicId; null if none. */
  draft?: Maybe<Draft>;
  /** Staff only: posts with open flags, oldest flag first. */
  flagQueue: FlagQueue;
  /** Community members (never staff) by points earned in the period. */
  leaderboard: Array<LeaderboardEntry>;
  /** Admins only: recent emails, newest first. */
  mailLog: Array<MailMessage>;
  /** Members whose handle starts with prefix (2+ characters), for @mention completion: people in topicId's thread first. */
  mentionSuggestions: Array<User>;
  /** Staff only: the newest moderation actions first. */
  moderationLog: Array<ModerationAction>;
  /** Fetches any object by its global id. */
  node?: Maybe<Node>;
  notificationPreferences: Array<NotificationPreference>;
  /** Signed in: newest first. */
  notifications: Array<Notification>;
  /** Markdown rendered exactly as a posted question or answer is (the same renderer and sanitizer). Signed-in members. */
  previewMarkdown: Scalars['String']['output'];
  reputationSettings: ReputationSettings;
  /**
   * Full-text search over threads, typo tolerant; for equally good matches resolved threads come
   * first. Fails with SERVICE_UNAVAILABLE while the search engine is down.
   */
  search: SearchConnection;
  /**
   * The ask form's "these threads may already answer it": threads like the question being typed,
   * resolved ones first among equals. Title alone works; the body helps.
   */
  similarTopics: Array<SimilarTopic>;
  /** Staff only: per UTC day of the period, the deadlines that fell that day, met or breached. Default: the last 30 days. */
  slaByDay: Array<SlaDay>;
  /** Staff only: per plan, questions asked from `from` (inclusive) to `to` (exclusive), at most 366 days. Default: the last 30 days. */
  slaFigures: Array<SlaPlanFigures>;
  /** Staff only. */
  slaPolicies: Array<SlaPolicy>;
  /** Staff only. */
  slaQueue: SlaQueue;
  /** Staff only. */
  supportHours: SupportHours;
  /** Staff only. from < to, at most 366 days apart. */
  supportStats: SupportStats;
  /** Staff only: root causes, the groups of topics that hit the most customers from `from` to `to` (at most 366 days; default the last 30), against the period of the same length before. */
  topIssues: Array<IssueGroup>;
  topic?: Maybe<Topic>;
  /** Topics of a category and/or tag, filtered and ordered. */
  topics: TopicConnection;
  unreadNotificationCount: Scalars['Int']['output'];
  userProfile?: Maybe<UserProfile>;
  /** Everyone with an account, newest first. Admins only. */
  users: UserConnection;
  /** The signed-in user, or null for a visitor. */
  viewer?: Maybe<User>;
};


export type QueryCategoryArgs = {
  slug: Scalars['String']['input'];
};


export type QueryCaughtMailArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDraftArgs = {
  topicId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryFlagQueueArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLeaderboardArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  period?: InputMaybe<LeaderboardPeriod>;
};


export type QueryMailLogArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<MailState>;
};


export type QueryMentionSuggestionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  prefix: Scalars['String']['input'];
  topicId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryModerationLogArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNotificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPreviewMarkdownArgs = {
  markdown: Scalars['String']['input'];
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QuerySimilarTopicsArgs = {
  body?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  title: Scalars['String']['input'];
};


export type QuerySlaByDayArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QuerySlaFiguresArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QuerySlaQueueArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySupportStatsArgs = {
  from: Scalars['DateTime']['input'];
  granularity?: InputMaybe<StatsGranularity>;
  to: Scalars['DateTime']['input'];
};


export type QueryTopIssuesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  orderBy?: InputMaybe<IssueOrder>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryTopicArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTopicsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<TopicFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TopicOrder>;
  tag?: InputMaybe<Scalars['String']['input']>;
};


export type QueryUserProfileArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
};

/** Questions asked in the period, by where they stand now. */
export type QuestionOutcomes = {
  __typename?: 'QuestionOutcomes';
  answered: Scalars['Int']['output'];
  resolved: Scalars['Int']['output'];
  unanswered: Scalars['Int']['output'];
};

export type RecordSignalInput = {
  kind: SignalKind;
  /** The search text the click came from. */
  query?: InputMaybe<Scalars['String']['input']>;
  /** 1-based position in the list that was clicked. */
  rank?: InputMaybe<Scalars['Int']['input']>;
  topicId?: InputMaybe<Scalars['ID']['input']>;
};

export type RecordSignalPayload = {
  __typename?: 'RecordSignalPayload';
  /** False for crawlers and for browsers that refuse the visitor cookie: they are left out of the figures. */
  recorded: Scalars['Boolean']['output'];
};

export type RemovePhrasingInput = {
  phrasingId: Scalars['ID']['input'];
};

export type RemovePhrasingPayload = {
  __typename?: 'RemovePhrasingPayload';
  /** The thread, whose remaining phrasings staff see. */
  topic: Topic;
};

/** Points won or lost, and why. */
export type ReputationChange = {
  __typename?: 'ReputationChange';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  points: Scalars['Int']['output'];
  reason: ReputationReason;
  /** Null when the topic is gone or hidden from the viewer. */
  topic?: Maybe<Topic>;
};

export { ReputationReason };

/** Points per action and the reputation at which a customer becomes an expert. */
export type ReputationSettings = {
  __typename?: 'ReputationSettings';
  answerAccepted: Scalars['Int']['output'];
  /** Zero or negative. */
  answerDownvoted: Scalars['Int']['output'];
  answerOfficial: Scalars['Int']['output'];
  answerUpvoted: Scalars['Int']['output'];
  expertThreshold: Scalars['Int']['output'];
  questionMeToo: Scalars['Int']['output'];
};

export type RequestPasswordResetInput = {
  email: Scalars['String']['input'];
};

export type RequestPasswordResetPayload = {
  __typename?: 'RequestPasswordResetPayload';
  /** Always true: whether the address has an account is told only to its owner, by email. */
  accepted: Scalars['Boolean']['output'];
};

export type ResendVerificationPayload = {
  __typename?: 'ResendVerificationPayload';
  /** The address the link went to. */
  email: Scalars['String']['output'];
};

export type ResetPasswordInput = {
  /** At least 10 characters. */
  password: Scalars['String']['input'];
  /** From the emailed link. */
  token: Scalars['String']['input'];
};

export type ResetPasswordPayload = {
  __typename?: 'ResetPasswordPayload';
  /** Signed in with the new password; every other session has ended. */
  user: User;
};

export type ResponseTimes = {
  __typename?: 'ResponseTimes';
  answersByCommunity: Scalars['Int']['output'];
  /** All answers posted in the period. */
  answersByStaff: Scalars['Int']['output'];
  /** First answers within 1 h, 1–4 h, 4–24 h, over 24 h, and none yet. */
  firstAnswerBuckets: Array<LabeledCount>;
  firstAnswersByCommunity: Scalars['Int']['output'];
  firstAnswersByStaff: Scalars['Int']['output'];
  /** Over questions asked in the period that got an answer from someone other than the asker. */
  medianSecondsToFirstAnswer?: Maybe<Scalars['Float']['output']>;
  /** Over questions asked in the period that were resolved (accepted or official answer). */
  medianSecondsToResolution?: Maybe<Scalars['Float']['output']>;
};

export { Role };

export type SaveDraftInput = {
  body: Scalars['String']['input'];
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** Omit for a new question. */
  topicId?: InputMaybe<Scalars['ID']['input']>;
};

export type SaveDraftPayload = {
  __typename?: 'SaveDraftPayload';
  draft: Draft;
};

export type SearchConnection = {
  __typename?: 'SearchConnection';
  edges: Array<SearchEdge>;
  /** Counts for narrowing the same query, before the filter on that facet. */
  facets: SearchFacets;
  pageInfo: PageInfo;
  /** Estimated number of matching threads (exact up to 1,000). */
  totalHits: Scalars['Int']['output'];
};

export type SearchEdge = {
  __typename?: 'SearchEdge';
  cursor: Scalars['String']['output'];
  node: SearchHit;
};

export type SearchFacets = {
  __typename?: 'SearchFacets';
  categories: Array<FacetCount>;
  statuses: Array<FacetCount>;
  tags: Array<FacetCount>;
};

export type SearchFilter = {
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<TopicStatus>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/**
 * A thread found by search, with the words that matched marked. The hit's own fields are all a
 * results page shows (read with the search in one lean lookup, so they are never behind the thread);
 * `topic` loads the whole thread.
 */
export type SearchHit = {
  __typename?: 'SearchHit';
  answerCount: Scalars['Int']['output'];
  category: CategorySnapshot;
  /** A short excerpt of the best-matching text (answer or question), HTML-escaped, with <mark>s. */
  snippetHtml: Scalars['String']['output'];
  status: TopicStatus;
  /** The title, HTML-escaped, with <mark> around matched words. */
  titleHtml: Scalars['String']['output'];
  topic: Topic;
  /** The thread's id, as topic.id (asking for it loads nothing more). */
  topicId: Scalars['ID']['output'];
};

/** A search text, grouped after lower-casing; prefixes typed within seconds count once. */
export type SearchTermStats = {
  __typename?: 'SearchTermStats';
  averageHits: Scalars['Float']['output'];
  /** Searches with at least one result opened, over searches. */
  clickThroughRate: Scalars['Float']['output'];
  query: Scalars['String']['output'];
  searches: Scalars['Int']['output'];
  visitors: Scalars['Int']['output'];
};

export type SendTypingPayload = {
  __typename?: 'SendTypingPayload';
  /** False when dropped by the rate limit (at most one every 2 s per topic). */
  sent: Scalars['Boolean']['output'];
};

export type SetExpertInput = {
  expert: Scalars['Boolean']['input'];
  userId: Scalars['ID']['input'];
};

export type SetExpertPayload = {
  __typename?: 'SetExpertPayload';
  user: User;
};

export type SetMeTooInput = {
  /** true: I have this problem too; false: take it back. */
  meToo: Scalars['Boolean']['input'];
  topicId: Scalars['ID']['input'];
};

export type SetMeTooPayload = {
  __typename?: 'SetMeTooPayload';
  topic: Topic;
};

export type SetNotificationPreferenceInput = {
  /** Email; omit to leave it as it is. */
  email?: InputMaybe<EmailDelivery>;
  /** The bell; omit to leave it as it is. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  kind: NotificationKind;
};

export type SetNotificationPreferencePayload = {
  __typename?: 'SetNotificationPreferencePayload';
  preferences: Array<NotificationPreference>;
};

export type SetPostHiddenInput = {
  answerId?: InputMaybe<Scalars['ID']['input']>;
  hidden: Scalars['Boolean']['input'];
  /** Up to 500 characters, kept in the audit log. */
  reason?: InputMaybe<Scalars['String']['input']>;
  topicId?: InputMaybe<Scalars['ID']['input']>;
};

export type SetPostHiddenPayload = {
  __typename?: 'SetPostHiddenPayload';
  answer?: Maybe<Answer>;
  topic: Topic;
};

export type SignUpInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** At least 10 characters. */
  password: Scalars['String']['input'];
};

export type SignUpPayload = {
  __typename?: 'SignUpPayload';
  /** The new user, already signed in. */
  user: User;
};

export { SignalKind };

/** A thread that may already answer the question being written, with its solution's first lines. Like a SearchHit, it carries what the ask form shows; `topic` loads the whole thread. */
export type SimilarTopic = {
  __typename?: 'SimilarTopic';
  answerCount: Scalars['Int']['output'];
  /** The first lines of the official answer, else the accepted one; null when unsolved. */
  answerExcerpt?: Maybe<Scalars['String']['output']>;
  category: CategorySnapshot;
  status: TopicStatus;
  titleHtml: Scalars['String']['output'];
  topic: Topic;
  /** The thread's id, as topic.id (asking for it loads nothing more). */
  topicId: Scalars['ID']['output'];
};

/** Deadlines that fell on one day, and how they went. */
export type SlaDay = {
  __typename?: 'SlaDay';
  breached: Scalars['Int']['output'];
  /** YYYY-MM-DD, UTC. */
  day: Scalars['String']['output'];
  met: Scalars['Int']['output'];
};

/** First-response figures of one plan: questions asked in the period, and the queue now. */
export type SlaPlanFigures = {
  __typename?: 'SlaPlanFigures';
  /** Past the deadline with no response, or responded to after it. */
  breached: Scalars['Int']['output'];
  breachedNow: Scalars['Int']['output'];
  medianFirstResponseSeconds?: Maybe<Scalars['Float']['output']>;
  /** Answered by staff, or resolved, before the deadline. */
  met: Scalars['Int']['output'];
  /** met / (met + breached); null when nothing is decided yet. */
  metShare?: Maybe<Scalars['Float']['output']>;
  openNow: Scalars['Int']['output'];
  plan: Plan;
  questions: Scalars['Int']['output'];
};

/** A plan's first-response target. */
export type SlaPolicy = {
  __typename?: 'SlaPolicy';
  /** Set when the target is whole working days: firstResponseMinutes is then that many support days, and follows the support hours. */
  businessDays?: Maybe<Scalars['Int']['output']>;
  /** true: the target counts support hours on working days only; false: around the clock. */
  businessTime: Scalars['Boolean']['output'];
  firstResponseMinutes: Scalars['Int']['output'];
  plan: Plan;
};

export type SlaQueue = {
  __typename?: 'SlaQueue';
  breachedCount: Scalars['Int']['output'];
  /** Soonest deadline first; breached ones lead. */
  items: Array<SlaQueueItem>;
  /** Subscribe to feed with after = this cursor: questions asked, answered or claimed after this read. */
  liveCursor: Scalars['String']['output'];
  openCount: Scalars['Int']['output'];
};

/** A question waiting for a first response from staff (or an accepted answer). */
export type SlaQueueItem = {
  __typename?: 'SlaQueueItem';
  businessTime: Scalars['Boolean']['output'];
  claimedAt?: Maybe<Scalars['DateTime']['output']>;
  claimedBy?: Maybe<User>;
  dueAt: Scalars['DateTime']['output'];
  plan: Plan;
  targetMinutes: Scalars['Int']['output'];
  topic: Topic;
};

export type StatsBucket = {
  __typename?: 'StatsBucket';
  figures: DeflectionFigures;
  start: Scalars['DateTime']['output'];
};

export { StatsGranularity };

export type Subscription = {
  __typename?: 'Subscription';
  /** New topics and activity on topics, for one category or all. */
  feed: TopicEvent;
  /** Staff only. Ticks (at most every 2 s) when something that moves the dashboard's figures happened; refetch supportStats. */
  supportStatsChanged: Scalars['DateTime']['output'];
  /**
   * Every change on one topic. With after, first replays every event after that cursor in order,
   * then continues live: no gap, no duplicate.
   */
  topicActivity: TopicEvent;
  /** Who is writing an answer on a topic, right now. Ephemeral: nothing is replayed. */
  typing: TypingEvent;
  /** Your unread count now, then every time it changes (new notifications, or read in another tab). */
  unreadNotificationCount: Scalars['Int']['output'];
};


export type SubscriptionFeedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionTopicActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  topicId: Scalars['ID']['input'];
};


export type SubscriptionTypingArgs = {
  topicId: Scalars['ID']['input'];
};

/** When the support team works. */
export type SupportHours = {
  __typename?: 'SupportHours';
  closesAt: Scalars['Int']['output'];
  /** Minutes after local midnight. */
  opensAt: Scalars['Int']['output'];
  /** IANA time zone, such as Europe/Berlin. */
  timeZone: Scalars['String']['output'];
  /** ISO weekdays: 1 = Monday … 7 = Sunday. */
  workDays: Array<Scalars['Int']['output']>;
};

export type SupportStats = {
  __typename?: 'SupportStats';
  /** Searches with no results, or whose results nobody opened: content to write. */
  contentGaps: Array<SearchTermStats>;
  /** How each figure is defined (from the README), as HTML. */
  definitionsHtml: Scalars['String']['output'];
  figures: DeflectionFigures;
  from: Scalars['DateTime']['output'];
  granularity: StatsGranularity;
  oldestUnanswered: Array<Topic>;
  /** Open questions without any answer, now (not limited to the period). */
  openUnanswered: Scalars['Int']['output'];
  outcomes: QuestionOutcomes;
  /** The period of equal length just before, for comparison. */
  previousFigures: DeflectionFigures;
  responseTimes: ResponseTimes;
  series: Array<StatsBucket>;
  to: Scalars['DateTime']['output'];
  topDeflectingTopics: Array<TopicDeflections>;
  topSearches: Array<SearchTermStats>;
};

export type Tag = Node & {
  __typename?: 'Tag';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type Topic = Node & {
  __typename?: 'Topic';
  acceptedAnswer?: Maybe<Answer>;
  /** Staff only (null for others): the other wordings this thread is found by. */
  alternatePhrasings?: Maybe<Array<Phrasing>>;
  answerCount: Scalars['Int']['output'];
  /** Official first, then accepted, then by score and age. */
  answers: AnswerConnection;
  author: User;
  /** Markdown as written. */
  body: Scalars['String']['output'];
  /** The markdown rendered to sanitized HTML. */
  bodyHtml: Scalars['String']['output'];
  category: Category;
  /** Staff only: who is handling the question. */
  claimedBy?: Maybe<User>;
  createdAt: Scalars['DateTime']['output'];
  /** Closed as a duplicate of this topic: readers are sent there. */
  duplicateOf?: Maybe<Topic>;
  /** When the asker or staff last changed its title, text, category or tags; null if never. */
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Hidden by staff: only staff and the author see it, marked hidden. */
  isHidden: Scalars['Boolean']['output'];
  isLocked: Scalars['Boolean']['output'];
  lastActivityAt: Scalars['DateTime']['output'];
  /**
   * Where live updates for this page start: subscribe to topicActivity with after = this cursor to
   * receive every change made after the page was read, with no gap.
   */
  liveCursor: Scalars['String']['output'];
  meTooCount: Scalars['Int']['output'];
  officialAnswer?: Maybe<Answer>;
  /** Newest first; empty if never edited. */
  revisions: Array<PostRevision>;
  /** Staff only (null otherwise): when the first response is due. */
  slaDueAt?: Maybe<Scalars['DateTime']['output']>;
  status: TopicStatus;
  tags: Array<Tag>;
  title: Scalars['String']['output'];
  viewerCanAccept: Scalars['Boolean']['output'];
  viewerCanAnswer: Scalars['Boolean']['output'];
  viewerCanEdit: Scalars['Boolean']['output'];
  viewerCanFlag: Scalars['Boolean']['output'];
  viewerCanLock: Scalars['Boolean']['output'];
  viewerCanMarkOfficial: Scalars['Boolean']['output'];
  viewerCanMeToo: Scalars['Boolean']['output'];
  /** Staff: hide, close as duplicate, see flags. */
  viewerCanModerate: Scalars['Boolean']['output'];
  /** Whether the viewer gets notifications about this topic (askers and answerers follow automatically). */
  viewerFollows: Scalars['Boolean']['output'];
  /** Whether the viewer has already flagged this question. */
  viewerHasFlagged: Scalars['Boolean']['output'];
  viewerHasMeToo: Scalars['Boolean']['output'];
};


export type TopicAnswersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type TopicRevisionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TopicConnection = {
  __typename?: 'TopicConnection';
  edges: Array<TopicEdge>;
  /** Subscribe to feed with after = this cursor to keep the list live from exactly this read. */
  liveCursor: Scalars['String']['output'];
  pageInfo: PageInfo;
};

export type TopicDeflections = {
  __typename?: 'TopicDeflections';
  /** Deflected sessions whose solving thread this was. */
  deflections: Scalars['Int']['output'];
  topic: Topic;
};

export type TopicEdge = {
  __typename?: 'TopicEdge';
  cursor: Scalars['String']['output'];
  node: Topic;
};

/** One change, in order. Its cursor is what to pass as after when reconnecting. */
export type TopicEvent = {
  __typename?: 'TopicEvent';
  /** Who made the change. Null for the hide and unhide kinds. */
  actor?: Maybe<UserSnapshot>;
  /** Set for ANSWER_* kinds but ANSWER_HIDDEN and ANSWER_UNHIDDEN (ids only). */
  answer?: Maybe<AnswerSnapshot>;
  /** The answer it is about, for ANSWER_* kinds (and POST_FLAGGED / FLAGS_DISMISSED on an answer). */
  answerId?: Maybe<Scalars['ID']['output']>;
  cursor: Scalars['String']['output'];
  kind: TopicEventKind;
  occurredAt: Scalars['DateTime']['output'];
  /** The topic as it stood right after the event. Null for RESYNC and for the hide and unhide kinds, which carry ids only. */
  topic?: Maybe<TopicSnapshot>;
  /** The topic it is about; null only for RESYNC. */
  topicId?: Maybe<Scalars['ID']['output']>;
};

export { TopicEventKind };

export { TopicFilter };

export type TopicIdInput = {
  topicId: Scalars['ID']['input'];
};

export { TopicOrder };

/** A topic as it stood right after the event. */
export type TopicSnapshot = {
  __typename?: 'TopicSnapshot';
  acceptedAnswerId?: Maybe<Scalars['ID']['output']>;
  answerCount: Scalars['Int']['output'];
  author: UserSnapshot;
  bodyHtml: Scalars['String']['output'];
  category: CategorySnapshot;
  createdAt: Scalars['DateTime']['output'];
  duplicateOfId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  isHidden: Scalars['Boolean']['output'];
  isLocked: Scalars['Boolean']['output'];
  lastActivityAt: Scalars['DateTime']['output'];
  meTooCount: Scalars['Int']['output'];
  officialAnswerId?: Maybe<Scalars['ID']['output']>;
  status: TopicStatus;
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export { TopicStatus };

export type TypingEvent = {
  __typename?: 'TypingEvent';
  topicId: Scalars['ID']['output'];
  user: UserSnapshot;
};

export type UnsubscribeInput = {
  /** From the link at the foot of an email. */
  token: Scalars['String']['input'];
};

export type UnsubscribePayload = {
  __typename?: 'UnsubscribePayload';
  /** The kinds that now send no email. */
  kinds: Array<NotificationKind>;
};

export type UpdateProfileInput = {
  /** A picture uploaded through POST /uploads (its /uploads/… address), or null for initials. */
  avatarUrl?: InputMaybe<Scalars['String']['input']>;
  displayName: Scalars['String']['input'];
};

export type UpdateProfilePayload = {
  __typename?: 'UpdateProfilePayload';
  user: User;
};

export type UpdateReputationSettingsInput = {
  answerAccepted: Scalars['Int']['input'];
  answerDownvoted: Scalars['Int']['input'];
  answerOfficial: Scalars['Int']['input'];
  answerUpvoted: Scalars['Int']['input'];
  expertThreshold: Scalars['Int']['input'];
  questionMeToo: Scalars['Int']['input'];
};

export type UpdateReputationSettingsPayload = {
  __typename?: 'UpdateReputationSettingsPayload';
  settings: ReputationSettings;
};

/** A target in minutes, or in whole working days: give exactly one of firstResponseMinutes and businessDays. */
export type UpdateSlaPolicyInput = {
  /** 1 to 365 working days of support hours. */
  businessDays?: InputMaybe<Scalars['Int']['input']>;
  /** false: around the clock. Must be true with businessDays. */
  businessTime: Scalars['Boolean']['input'];
  /** 1 to 525,600 (a year). */
  firstResponseMinutes?: InputMaybe<Scalars['Int']['input']>;
  plan: Plan;
};

export type UpdateSlaPolicyPayload = {
  __typename?: 'UpdateSlaPolicyPayload';
  policy: SlaPolicy;
};

export type UpdateSupportHoursInput = {
  closesAt: Scalars['Int']['input'];
  opensAt: Scalars['Int']['input'];
  timeZone: Scalars['String']['input'];
  workDays: Array<Scalars['Int']['input']>;
};

export type UpdateSupportHoursPayload = {
  __typename?: 'UpdateSupportHoursPayload';
  supportHours: SupportHours;
};

export type User = Node & {
  __typename?: 'User';
  /** An uploaded picture; null when the member has none (clients draw their initials). */
  avatarUrl?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  /** Only the user themself and admins see the address. */
  email?: Maybe<Scalars['String']['output']>;
  /** Whether the address was confirmed by a link sent to it. Only the user themself and admins see it. */
  emailVerified?: Maybe<Scalars['Boolean']['output']>;
  /** How to @mention them: the display name without spaces. */
  handle: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The member deleted their account: their posts stay, under the name 'Deleted member'. */
  isDeleted: Scalars['Boolean']['output'];
  /** Only the user themself and staff see the plan. */
  plan?: Maybe<Plan>;
  reputation: Scalars['Int']['output'];
  role: Role;
};

export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

/** A member's public profile. */
export type UserProfile = {
  __typename?: 'UserProfile';
  acceptedCount: Scalars['Int']['output'];
  answerCount: Scalars['Int']['output'];
  questionCount: Scalars['Int']['output'];
  /** Newest first, visible answers only. */
  recentAnswers: Array<Answer>;
  /** Newest first. */
  reputationHistory: Array<ReputationChange>;
  user: User;
};


/** A member's public profile. */
export type UserProfileRecentAnswersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A member's public profile. */
export type UserProfileReputationHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type UserSnapshot = {
  __typename?: 'UserSnapshot';
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: Role;
};

export type VerifyEmailPayload = {
  __typename?: 'VerifyEmailPayload';
  /** The member whose address is now confirmed. */
  user: User;
};

export type VoteOnAnswerInput = {
  answerId: Scalars['ID']['input'];
  /** 1 up, -1 down, 0 takes the vote back. */
  value: Scalars['Int']['input'];
};

export type VoteOnAnswerPayload = {
  __typename?: 'VoteOnAnswerPayload';
  answer: Answer;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( AnswerEntity )
    | ( CategoryEntity )
    | ( TagEntity )
    | ( TopicEntity )
    | ( UserEntity )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Answer: ResolverTypeWrapper<AnswerEntity>;
  AnswerConnection: ResolverTypeWrapper<Omit<AnswerConnection, 'edges'> & { edges: Array<ResolversTypes['AnswerEdge']> }>;
  AnswerEdge: ResolverTypeWrapper<Omit<AnswerEdge, 'node'> & { node: ResolversTypes['Answer'] }>;
  AnswerIdInput: AnswerIdInput;
  AnswerSnapshot: ResolverTypeWrapper<AnswerSnapshotEntity>;
  AnswerTopicPayload: ResolverTypeWrapper<Omit<AnswerTopicPayload, 'answer' | 'topic'> & { answer?: Maybe<ResolversTypes['Answer']>, topic: ResolversTypes['Topic'] }>;
  AskQuestionInput: AskQuestionInput;
  AskQuestionPayload: ResolverTypeWrapper<Omit<AskQuestionPayload, 'topic'> & { topic: ResolversTypes['Topic'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Category: ResolverTypeWrapper<CategoryEntity>;
  CategorySnapshot: ResolverTypeWrapper<CategorySnapshotEntity>;
  CaughtMail: ResolverTypeWrapper<CaughtMessageEntity>;
  ChangeEmailInput: ChangeEmailInput;
  ChangeEmailPayload: ResolverTypeWrapper<ChangeEmailPayload>;
  ChangePasswordInput: ChangePasswordInput;
  ChangePasswordPayload: ResolverTypeWrapper<Omit<ChangePasswordPayload, 'user'> & { user: ResolversTypes['User'] }>;
  ChangeUserPlanInput: ChangeUserPlanInput;
  ChangeUserPlanPayload: ResolverTypeWrapper<Omit<ChangeUserPlanPayload, 'user'> & { user: ResolversTypes['User'] }>;
  ChangeUserRoleInput: ChangeUserRoleInput;
  ChangeUserRolePayload: ResolverTypeWrapper<Omit<ChangeUserRolePayload, 'user'> & { user: ResolversTypes['User'] }>;
  ClaimTopicPayload: ResolverTypeWrapper<Omit<ClaimTopicPayload, 'topic'> & { topic: ResolversTypes['Topic'] }>;
  CloseAsDuplicateInput: CloseAsDuplicateInput;
  CloseAsDuplicatePayload: ResolverTypeWrapper<Omit<CloseAsDuplicatePayload, 'original' | 'topic'> & { original: ResolversTypes['Topic'], topic: ResolversTypes['Topic'] }>;
  ConfirmEmailChangePayload: ResolverTypeWrapper<Omit<ConfirmEmailChangePayload, 'user'> & { user: ResolversTypes['User'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeflectionFigures: ResolverTypeWrapper<DeflectionFigures>;
  DeleteAccountInput: DeleteAccountInput;
  DeleteAccountPayload: ResolverTypeWrapper<DeleteAccountPayload>;
  DiscardDraftInput: DiscardDraftInput;
  DiscardDraftPayload: ResolverTypeWrapper<DiscardDraftPayload>;
  DismissFlagsInput: DismissFlagsInput;
  DismissFlagsPayload: ResolverTypeWrapper<DismissFlagsPayload>;
  Draft: ResolverTypeWrapper<DraftRowEntity>;
  EditAnswerInput: EditAnswerInput;
  EditAnswerPayload: ResolverTypeWrapper<Omit<EditAnswerPayload, 'answer'> & { answer: ResolversTypes['Answer'] }>;
  EditTopicInput: EditTopicInput;
  EditTopicPayload: ResolverTypeWrapper<Omit<EditTopicPayload, 'topic'> & { topic: ResolversTypes['Topic'] }>;
  EmailDelivery: EmailDelivery;
  EmailTokenInput: EmailTokenInput;
  FacetCount: ResolverTypeWrapper<FacetCount>;
  Flag: ResolverTypeWrapper<FlagRowEntity>;
  FlagPostInput: FlagPostInput;
  FlagPostPayload: ResolverTypeWrapper<Omit<FlagPostPayload, 'flag'> & { flag: ResolversTypes['Flag'] }>;
  FlagQueue: ResolverTypeWrapper<Omit<FlagQueue, 'items'> & { items: Array<ResolversTypes['FlaggedPost']> }>;
  FlagReason: FlagReason;
  FlagStatus: FlagStatus;
  FlaggedPost: ResolverTypeWrapper<FlaggedPostRowEntity>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FollowCategoryInput: FollowCategoryInput;
  FollowCategoryPayload: ResolverTypeWrapper<Omit<FollowCategoryPayload, 'category'> & { category: ResolversTypes['Category'] }>;
  FollowTopicInput: FollowTopicInput;
  FollowTopicPayload: ResolverTypeWrapper<Omit<FollowTopicPayload, 'topic'> & { topic: ResolversTypes['Topic'] }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IssueGroup: ResolverTypeWrapper<IssueGroupRowEntity>;
  IssueOrder: IssueOrder;
  LabeledCount: ResolverTypeWrapper<LabeledCount>;
  LeaderboardEntry: ResolverTypeWrapper<LeaderboardRowEntity>;
  LeaderboardPeriod: LeaderboardPeriod;
  LockTopicPayload: ResolverTypeWrapper<Omit<LockTopicPayload, 'topic'> & { topic: ResolversTypes['Topic'] }>;
  LogInInput: LogInInput;
  LogInPayload: ResolverTypeWrapper<Omit<LogInPayload, 'user'> & { user: ResolversTypes['User'] }>;
  LogOutPayload: ResolverTypeWrapper<LogOutPayload>;
  MailMessage: ResolverTypeWrapper<MailLogRowEntity>;
  MailState: MailState;
  MarkNotificationsReadInput: MarkNotificationsReadInput;
  MarkNotificationsReadPayload: ResolverTypeWrapper<MarkNotificationsReadPayload>;
  ModerationAction: ResolverTypeWrapper<ModerationActionRowEntity>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Notification: ResolverTypeWrapper<NotificationRowEntity>;
  NotificationKind: NotificationKind;
  NotificationPreference: ResolverTypeWrapper<PreferenceEntity>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Phrasing: ResolverTypeWrapper<PhrasingRowEntity>;
  PhrasingSource: PhrasingSource;
  Plan: Plan;
  PostAnswerInput: PostAnswerInput;
  PostAnswerPayload: ResolverTypeWrapper<Omit<PostAnswerPayload, 'answer' | 'topic'> & { answer: ResolversTypes['Answer'], topic: ResolversTypes['Topic'] }>;
  PostRevision: ResolverTypeWrapper<RevisionRowEntity>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuestionOutcomes: ResolverTypeWrapper<QuestionOutcomes>;
  RecordSignalInput: RecordSignalInput;
  RecordSignalPayload: ResolverTypeWrapper<RecordSignalPayload>;
  RemovePhrasingInput: RemovePhrasingInput;
  RemovePhrasingPayload: ResolverTypeWrapper<Omit<RemovePhrasingPayload, 'topic'> & { topic: ResolversTypes['Topic'] }>;
  ReputationChange: ResolverTypeWrapper<ReputationEventRowEntity>;
  ReputationReason: ReputationReason;
  ReputationSettings: ResolverTypeWrapper<ReputationSettingsEntity>;
  RequestPasswordResetInput: RequestPasswordResetInput;
  RequestPasswordResetPayload: ResolverTypeWrapper<RequestPasswordResetPayload>;
  ResendVerificationPayload: ResolverTypeWrapper<ResendVerificationPayload>;
  ResetPasswordInput: ResetPasswordInput;
  ResetPasswordPayload: ResolverTypeWrapper<Omit<ResetPasswordPayload, 'user'> & { user: ResolversTypes['User'] }>;
  ResponseTimes: ResolverTypeWrapper<ResponseTimes>;
  Role: Role;
  SaveDraftInput: SaveDraftInput;
  SaveDraftPayload: ResolverTypeWrapper<Omit<SaveDraftPayload, 'draft'> & { draft: ResolversTypes['Draft'] }>;
  SearchConnection: ResolverTypeWrapper<Omit<SearchConnection, 'edges'> & { edges: Array<ResolversTypes['SearchEdge']> }>;
  SearchEdge: ResolverTypeWrapper<Omit<SearchEdge, 'node'> & { node: ResolversTypes['SearchHit'] }>;
  SearchFacets: ResolverTypeWrapper<SearchFacets>;
  SearchFilter: SearchFilter;
  SearchHit: ResolverTypeWrapper<SearchHitResultEntity>;
  SearchTermStats: ResolverTypeWrapper<SearchTermStats>;
  SendTypingPayload: ResolverTypeWrapper<SendTypingPayload>;
  SetExpertInput: SetExpertInput;
  SetExpertPayload: ResolverTypeWrapper<Omit<SetExpertPayload, 'user'> & { user: ResolversTypes['User'] }>;
  SetMeTooInput: SetMeTooInput;
  SetMeTooPayload: ResolverTypeWrapper<Omit<SetMeTooPayload, 'topic'> & { topic: ResolversTypes['Topic'] }>;
  SetNotificationPreferenceInput: SetNotificationPreferenceInput;
  SetNotificationPreferencePayload: ResolverTypeWrapper<Omit<SetNotificationPreferencePayload, 'preferences'> & { preferences: Array<ResolversTypes['NotificationPreference']> }>;
  SetPostHiddenInput: SetPostHiddenInput;
  SetPostHiddenPayload: ResolverTypeWrapper<Omit<SetPostHiddenPayload, 'answer' | 'topic'> & { answer?: Maybe<ResolversTypes['Answer']>, topic: ResolversTypes['Topic'] }>;
  SignUpInput: SignUpInput;
  SignUpPayload: ResolverTypeWrapper<Omit<SignUpPayload, 'user'> & { user: ResolversTypes['User'] }>;
  SignalKind: SignalKind;
  SimilarTopic: ResolverTypeWrapper<SimilarTopicResultEntity>;
  SlaDay: ResolverTypeWrapper<SlaDayEntity>;
  SlaPlanFigures: ResolverTypeWrapper<SlaPlanFiguresEntity>;
  SlaPolicy: ResolverTypeWrapper<SlaPolicyEntity>;
  SlaQueue: ResolverTypeWrapper<Omit<SlaQueue, 'items'> & { items: Array<ResolversTypes['SlaQueueItem']> }>;
  SlaQueueItem: ResolverTypeWrapper<SlaQueueRowEntity>;
  StatsBucket: ResolverTypeWrapper<StatsBucket>;
  StatsGranularity: StatsGranularity;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SupportHours: ResolverTypeWrapper<SupportHoursEntity>;
  SupportStats: ResolverTypeWrapper<Omit<SupportStats, 'oldestUnanswered' | 'topDeflectingTopics'> & { oldestUnanswered: Array<ResolversTypes['Topic']>, topDeflectingTopics: Array<ResolversTypes['TopicDeflections']> }>;
  Tag: ResolverTypeWrapper<TagEntity>;
  Topic: ResolverTypeWrapper<TopicEntity>;
  TopicConnection: ResolverTypeWrapper<Omit<TopicConnection, 'edges'> & { edges: Array<ResolversTypes['TopicEdge']> }>;
  TopicDeflections: ResolverTypeWrapper<Omit<TopicDeflections, 'topic'> & { topic: ResolversTypes['Topic'] }>;
  TopicEdge: ResolverTypeWrapper<Omit<TopicEdge, 'node'> & { node: ResolversTypes['Topic'] }>;
  TopicEvent: ResolverTypeWrapper<LiveEventEntity>;
  TopicEventKind: TopicEventKind;
  TopicFilter: TopicFilter;
  TopicIdInput: TopicIdInput;
  TopicOrder: TopicOrder;
  TopicSnapshot: ResolverTypeWrapper<TopicSnapshotEntity>;
  TopicStatus: TopicStatus;
  TypingEvent: ResolverTypeWrapper<TypingSignalEntity>;
  UnsubscribeInput: UnsubscribeInput;
  UnsubscribePayload: ResolverTypeWrapper<UnsubscribePayload>;
  UpdateProfileInput: UpdateProfileInput;
  UpdateProfilePayload: ResolverTypeWrapper<Omit<UpdateProfilePayload, 'user'> & { user: ResolversTypes['User'] }>;
  UpdateReputationSettingsInput: UpdateReputationSettingsInput;
  UpdateReputationSettingsPayload: ResolverTypeWrapper<Omit<UpdateReputationSettingsPayload, 'settings'> & { settings: ResolversTypes['ReputationSettings'] }>;
  UpdateSlaPolicyInput: UpdateSlaPolicyInput;
  UpdateSlaPolicyPayload: ResolverTypeWrapper<Omit<UpdateSlaPolicyPayload, 'policy'> & { policy: ResolversTypes['SlaPolicy'] }>;
  UpdateSupportHoursInput: UpdateSupportHoursInput;
  UpdateSupportHoursPayload: ResolverTypeWrapper<Omit<UpdateSupportHoursPayload, 'supportHours'> & { supportHours: ResolversTypes['SupportHours'] }>;
  User: ResolverTypeWrapper<UserEntity>;
  UserConnection: ResolverTypeWrapper<Omit<UserConnection, 'edges'> & { edges: Array<ResolversTypes['UserEdge']> }>;
  UserEdge: ResolverTypeWrapper<Omit<UserEdge, 'node'> & { node: ResolversTypes['User'] }>;
  UserProfile: ResolverTypeWrapper<ProfileRowEntity>;
  UserSnapshot: ResolverTypeWrapper<UserSnapshotEntity>;
  VerifyEmailPayload: ResolverTypeWrapper<Omit<VerifyEmailPayload, 'user'> & { user: ResolversTypes['User'] }>;
  VoteOnAnswerInput: VoteOnAnswerInput;
  VoteOnAnswerPayload: ResolverTypeWrapper<Omit<VoteOnAnswerPayload, 'answer'> & { answer: ResolversTypes['Answer'] }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Answer: AnswerEntity;
  AnswerConnection: Omit<AnswerConnection, 'edges'> & { edges: Array<ResolversParentTypes['AnswerEdge']> };
  AnswerEdge: Omit<AnswerEdge, 'node'> & { node: ResolversParentTypes['Answer'] };
  AnswerIdInput: AnswerIdInput;
  AnswerSnapshot: AnswerSnapshotEntity;
  AnswerTopicPayload: Omit<AnswerTopicPayload, 'answer' | 'topic'> & { answer?: Maybe<ResolversParentTypes['Answer']>, topic: ResolversParentTypes['Topic'] };
  AskQuestionInput: AskQuestionInput;
  AskQuestionPayload: Omit<AskQuestionPayload, 'topic'> & { topic: ResolversParentTypes['Topic'] };
  Boolean: Scalars['Boolean']['output'];
  Category: CategoryEntity;
  CategorySnapshot: CategorySnapshotEntity;
  CaughtMail: CaughtMessageEntity;
  ChangeEmailInput: ChangeEmailInput;
  ChangeEmailPayload: ChangeEmailPayload;
  ChangePasswordInput: ChangePasswordInput;
  ChangePasswordPayload: Omit<ChangePasswordPayload, 'user'> & { user: ResolversParentTypes['User'] };
  ChangeUserPlanInput: ChangeUserPlanInput;
  ChangeUserPlanPayload: Omit<ChangeUserPlanPayload, 'user'> & { user: ResolversParentTypes['User'] };
  ChangeUserRoleInput: ChangeUserRoleInput;
  ChangeUserRolePayload: Omit<ChangeUserRolePayload, 'user'> & { user: ResolversParentTypes['User'] };
  ClaimTopicPayload: Omit<ClaimTopicPayload, 'topic'> & { topic: ResolversParentTypes['Topic'] };
  CloseAsDuplicateInput: CloseAsDuplicateInput;
  CloseAsDuplicatePayload: Omit<CloseAsDuplicatePayload, 'original' | 'topic'> & { original: ResolversParentTypes['Topic'], topic: ResolversParentTypes['Topic'] };
  ConfirmEmailChangePayload: Omit<ConfirmEmailChangePayload, 'user'> & { user: ResolversParentTypes['User'] };
  DateTime: Scalars['DateTime']['output'];
  DeflectionFigures: DeflectionFigures;
  DeleteAccountInput: DeleteAccountInput;
  DeleteAccountPayload: DeleteAccountPayload;
  DiscardDraftInput: DiscardDraftInput;
  DiscardDraftPayload: DiscardDraftPayload;
  DismissFlagsInput: DismissFlagsInput;
  DismissFlagsPayload: DismissFlagsPayload;
  Draft: DraftRowEntity;
  EditAnswerInput: EditAnswerInput;
  EditAnswerPayload: Omit<EditAnswerPayload, 'answer'> & { answer: ResolversParentTypes['Answer'] };
  EditTopicInput: EditTopicInput;
  EditTopicPayload: Omit<EditTopicPayload, 'topic'> & { topic: ResolversParentTypes['Topic'] };
  EmailTokenInput: EmailTokenInput;
  FacetCount: FacetCount;
  Flag: FlagRowEntity;
  FlagPostInput: FlagPostInput;
  FlagPostPayload: Omit<FlagPostPayload, 'flag'> & { flag: ResolversParentTypes['Flag'] };
  FlagQueue: Omit<FlagQueue, 'items'> & { items: Array<ResolversParentTypes['FlaggedPost']> };
  FlaggedPost: FlaggedPostRowEntity;
  Float: Scalars['Float']['output'];
  FollowCategoryInput: FollowCategoryInput;
  FollowCategoryPayload: Omit<FollowCategoryPayload, 'category'> & { category: ResolversParentTypes['Category'] };
  FollowTopicInput: FollowTopicInput;
  FollowTopicPayload: Omit<FollowTopicPayload, 'topic'> & { topic: ResolversParentTypes['Topic'] };
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  IssueGroup: IssueGroupRowEntity;
  LabeledCount: LabeledCount;
  LeaderboardEntry: LeaderboardRowEntity;
  LockTopicPayload: Omit<LockTopicPayload, 'topic'> & { topic: ResolversParentTypes['Topic'] };
  LogInInput: LogInInput;
  LogInPayload: Omit<LogInPayload, 'user'> & { user: ResolversParentTypes['User'] };
  LogOutPayload: LogOutPayload;
  MailMessage: MailLogRowEntity;
  MarkNotificationsReadInput: MarkNotificationsReadInput;
  MarkNotificationsReadPayload: MarkNotificationsReadPayload;
  ModerationAction: ModerationActionRowEntity;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Notification: NotificationRowEntity;
  NotificationPreference: PreferenceEntity;
  PageInfo: PageInfo;
  Phrasing: PhrasingRowEntity;
  PostAnswerInput: PostAnswerInput;
  PostAnswerPayload: Omit<PostAnswerPayload, 'answer' | 'topic'> & { answer: ResolversParentTypes['Answer'], topic: ResolversParentTypes['Topic'] };
  PostRevision: RevisionRowEntity;
  Query: Record<PropertyKey, never>;
  QuestionOutcomes: QuestionOutcomes;
  RecordSignalInput: RecordSignalInput;
  RecordSignalPayload: RecordSignalPayload;
  RemovePhrasingInput: RemovePhrasingInput;
  RemovePhrasingPayload: Omit<RemovePhrasingPayload, 'topic'> & { topic: ResolversParentTypes['Topic'] };
  ReputationChange: ReputationEventRowEntity;
  ReputationSettings: ReputationSettingsEntity;
  RequestPasswordResetInput: RequestPasswordResetInput;
  RequestPasswordResetPayload: RequestPasswordResetPayload;
  ResendVerificationPayload: ResendVerificationPayload;
  ResetPasswordInput: ResetPasswordInput;
  ResetPasswordPayload: Omit<ResetPasswordPayload, 'user'> & { user: ResolversParentTypes['User'] };
  ResponseTimes: ResponseTimes;
  SaveDraftInput: SaveDraftInput;
  SaveDraftPayload: Omit<SaveDraftPayload, 'draft'> & { draft: ResolversParentTypes['Draft'] };
  SearchConnection: Omit<SearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['SearchEdge']> };
  SearchEdge: Omit<SearchEdge, 'node'> & { node: ResolversParentTypes['SearchHit'] };
  SearchFacets: SearchFacets;
  SearchFilter: SearchFilter;
  SearchHit: SearchHitResultEntity;
  SearchTermStats: SearchTermStats;
  SendTypingPayload: SendTypingPayload;
  SetExpertInput: SetExpertInput;
  SetExpertPayload: Omit<SetExpertPayload, 'user'> & { user: ResolversParentTypes['User'] };
  SetMeTooInput: SetMeTooInput;
  SetMeTooPayload: Omit<SetMeTooPayload, 'topic'> & { topic: ResolversParentTypes['Topic'] };
  SetNotificationPreferenceInput: SetNotificationPreferenceInput;
  SetNotificationPreferencePayload: Omit<SetNotificationPreferencePayload, 'preferences'> & { preferences: Array<ResolversParentTypes['NotificationPreference']> };
  SetPostHiddenInput: SetPostHiddenInput;
  SetPostHiddenPayload: Omit<SetPostHiddenPayload, 'answer' | 'topic'> & { answer?: Maybe<ResolversParentTypes['Answer']>, topic: ResolversParentTypes['Topic'] };
  SignUpInput: SignUpInput;
  SignUpPayload: Omit<SignUpPayload, 'user'> & { user: ResolversParentTypes['User'] };
  SimilarTopic: SimilarTopicResultEntity;
  SlaDay: SlaDayEntity;
  SlaPlanFigures: SlaPlanFiguresEntity;
  SlaPolicy: SlaPolicyEntity;
  SlaQueue: Omit<SlaQueue, 'items'> & { items: Array<ResolversParentTypes['SlaQueueItem']> };
  SlaQueueItem: SlaQueueRowEntity;
  StatsBucket: StatsBucket;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  SupportHours: SupportHoursEntity;
  SupportStats: Omit<SupportStats, 'oldestUnanswered' | 'topDeflectingTopics'> & { oldestUnanswered: Array<ResolversParentTypes['Topic']>, topDeflectingTopics: Array<ResolversParentTypes['TopicDeflections']> };
  Tag: TagEntity;
  Topic: TopicEntity;
  TopicConnection: Omit<TopicConnection, 'edges'> & { edges: Array<ResolversParentTypes['TopicEdge']> };
  TopicDeflections: Omit<TopicDeflections, 'topic'> & { topic: ResolversParentTypes['Topic'] };
  TopicEdge: Omit<TopicEdge, 'node'> & { node: ResolversParentTypes['Topic'] };
  TopicEvent: LiveEventEntity;
  TopicIdInput: TopicIdInput;
  TopicSnapshot: TopicSnapshotEntity;
  TypingEvent: TypingSignalEntity;
  UnsubscribeInput: UnsubscribeInput;
  UnsubscribePayload: UnsubscribePayload;
  UpdateProfileInput: UpdateProfileInput;
  UpdateProfilePayload: Omit<UpdateProfilePayload, 'user'> & { user: ResolversParentTypes['User'] };
  UpdateReputationSettingsInput: UpdateReputationSettingsInput;
  UpdateReputationSettingsPayload: Omit<UpdateReputationSettingsPayload, 'settings'> & { settings: ResolversParentTypes['ReputationSettings'] };
  UpdateSlaPolicyInput: UpdateSlaPolicyInput;
  UpdateSlaPolicyPayload: Omit<UpdateSlaPolicyPayload, 'policy'> & { policy: ResolversParentTypes['SlaPolicy'] };
  UpdateSupportHoursInput: UpdateSupportHoursInput;
  UpdateSupportHoursPayload: Omit<UpdateSupportHoursPayload, 'supportHours'> & { supportHours: ResolversParentTypes['SupportHours'] };
  User: UserEntity;
  UserConnection: Omit<UserConnection, 'edges'> & { edges: Array<ResolversParentTypes['UserEdge']> };
  UserEdge: Omit<UserEdge, 'node'> & { node: ResolversParentTypes['User'] };
  UserProfile: ProfileRowEntity;
  UserSnapshot: UserSnapshotEntity;
  VerifyEmailPayload: Omit<VerifyEmailPayload, 'user'> & { user: ResolversParentTypes['User'] };
  VoteOnAnswerInput: VoteOnAnswerInput;
  VoteOnAnswerPayload: Omit<VoteOnAnswerPayload, 'answer'> & { answer: ResolversParentTypes['Answer'] };
};

export type ListSizeDirectiveArgs = {
  assumedSize?: Maybe<Scalars['Int']['input']>;
  slicingArguments?: Maybe<Array<Scalars['String']['input']>>;
};

export type ListSizeDirectiveResolver<Result, Parent, ContextType = GraphQLContext, Args = ListSizeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AnswerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Answer'] = ResolversParentTypes['Answer']> = {
  author?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bodyHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  editedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isAccepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isHidden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isOfficial?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  revisions?: Resolver<Array<ResolversTypes['PostRevision']>, ParentType, ContextType, RequireFields<AnswerRevisionsArgs, 'first'>>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['Topic']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanFlag?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanVote?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerHasFlagged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerVote?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AnswerConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AnswerConnection'] = ResolversParentTypes['AnswerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AnswerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AnswerEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AnswerEdge'] = ResolversParentTypes['AnswerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Answer'], ParentType, ContextType>;
};

export type AnswerSnapshotResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AnswerSnapshot'] = ResolversParentTypes['AnswerSnapshot']> = {
  author?: Resolver<ResolversTypes['UserSnapshot'], ParentType, ContextType>;
  bodyHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isAccepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isHidden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isOfficial?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AnswerTopicPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AnswerTopicPayload'] = ResolversParentTypes['AnswerTopicPayload']> = {
  answer?: Resolver<Maybe<ResolversTypes['Answer']>, ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
};

export type AskQuestionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AskQuestionPayload'] = ResolversParentTypes['AskQuestionPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
};

export type CategoryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Category'] = ResolversParentTypes['Category']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topicCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerFollows?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CategorySnapshotResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CategorySnapshot'] = ResolversParentTypes['CategorySnapshot']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaughtMailResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CaughtMail'] = ResolversParentTypes['CaughtMail']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ChangeEmailPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangeEmailPayload'] = ResolversParentTypes['ChangeEmailPayload']> = {
  pendingEmail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChangePasswordPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangePasswordPayload'] = ResolversParentTypes['ChangePasswordPayload']> = {
  endedSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type ChangeUserPlanPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangeUserPlanPayload'] = ResolversParentTypes['ChangeUserPlanPayload']> = {
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type ChangeUserRolePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangeUserRolePayload'] = ResolversParentTypes['ChangeUserRolePayload']> = {
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type ClaimTopicPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ClaimTopicPayload'] = ResolversParentTypes['ClaimTopicPayload']> = {
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
};

export type CloseAsDuplicatePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CloseAsDuplicatePayload'] = ResolversParentTypes['CloseAsDuplicatePayload']> = {
  original?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
};

export type ConfirmEmailChangePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConfirmEmailChangePayload'] = ResolversParentTypes['ConfirmEmailChangePayload']> = {
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeflectionFiguresResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeflectionFigures'] = ResolversParentTypes['DeflectionFigures']> = {
  deflected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deflectionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  potential?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  questionsPosted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  searches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  selfServiceScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessionsWithIntent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DeleteAccountPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeleteAccountPayload'] = ResolversParentTypes['DeleteAccountPayload']> = {
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type DiscardDraftPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DiscardDraftPayload'] = ResolversParentTypes['DiscardDraftPayload']> = {
  discarded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type DismissFlagsPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DismissFlagsPayload'] = ResolversParentTypes['DismissFlagsPayload']> = {
  dismissed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DraftResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Draft'] = ResolversParentTypes['Draft']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  categoryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topicId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type EditAnswerPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EditAnswerPayload'] = ResolversParentTypes['EditAnswerPayload']> = {
  answer?: Resolver<ResolversTypes['Answer'], ParentType, ContextType>;
};

export type EditTopicPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EditTopicPayload'] = ResolversParentTypes['EditTopicPayload']> = {
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
};

export type EmailDeliveryResolvers = EnumResolverSignature<{ DIGEST?: any, IMMEDIATE?: any, NEVER?: any }, ResolversTypes['EmailDelivery']>;

export type FacetCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FacetCount'] = ResolversParentTypes['FacetCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FlagResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Flag'] = ResolversParentTypes['Flag']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['FlagReason'], ParentType, ContextType>;
  reporter?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FlagStatus'], ParentType, ContextType>;
};

export type FlagPostPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FlagPostPayload'] = ResolversParentTypes['FlagPostPayload']> = {
  flag?: Resolver<ResolversTypes['Flag'], ParentType, ContextType>;
};

export type FlagQueueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FlagQueue'] = ResolversParentTypes['FlagQueue']> = {
  items?: Resolver<Array<ResolversTypes['FlaggedPost']>, ParentType, ContextType>;
  liveCursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FlagReasonResolvers = EnumResolverSignature<{ ABUSIVE?: any, OFF_TOPIC?: any, OTHER?: any, SPAM?: any }, ResolversTypes['FlagReason']>;

export type FlagStatusResolvers = EnumResolverSignature<{ DISMISSED?: any, HIDDEN?: any, OPEN?: any }, ResolversTypes['FlagStatus']>;

export type FlaggedPostResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FlaggedPost'] = ResolversParentTypes['FlaggedPost']> = {
  answer?: Resolver<Maybe<ResolversTypes['Answer']>, ParentType, ContextType>;
  firstFlaggedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  flags?: Resolver<Array<ResolversTypes['Flag']>, ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
};

export type FollowCategoryPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FollowCategoryPayload'] = ResolversParentTypes['FollowCategoryPayload']> = {
  category?: Resolver<ResolversTypes['Category'], ParentType, ContextType>;
};

export type FollowTopicPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FollowTopicPayload'] = ResolversParentTypes['FollowTopicPayload']> = {
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
};

export type IssueGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IssueGroup'] = ResolversParentTypes['IssueGroup']> = {
  customersAffected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  meToo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newTopics?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  previousTopics?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topTopics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
};

export type IssueOrderResolvers = EnumResolverSignature<{ CUSTOMERS_AFFECTED?: any, GROWTH?: any, ME_TOO?: any, NEW_TOPICS?: any }, ResolversTypes['IssueOrder']>;

export type LabeledCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LabeledCount'] = ResolversParentTypes['LabeledCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LeaderboardEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LeaderboardEntry'] = ResolversParentTypes['LeaderboardEntry']> = {
  acceptedAnswers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type LeaderboardPeriodResolvers = EnumResolverSignature<{ ALL?: any, MONTH?: any, WEEK?: any }, ResolversTypes['LeaderboardPeriod']>;

export type LockTopicPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LockTopicPayload'] = ResolversParentTypes['LockTopicPayload']> = {
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
};

export type LogInPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LogInPayload'] = ResolversParentTypes['LogInPayload']> = {
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type LogOutPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LogOutPayload'] = ResolversParentTypes['LogOutPayload']> = {
  loggedOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MailMessageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MailMessage'] = ResolversParentTypes['MailMessage']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['MailState'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MailStateResolvers = EnumResolverSignature<{ CANCELLED?: any, FAILED?: any, PENDING?: any, SENDING?: any, SENT?: any }, ResolversTypes['MailState']>;

export type MarkNotificationsReadPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MarkNotificationsReadPayload'] = ResolversParentTypes['MarkNotificationsReadPayload']> = {
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ModerationActionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ModerationAction'] = ResolversParentTypes['ModerationAction']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  answer?: Resolver<Maybe<ResolversTypes['Answer']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  details?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['Topic']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptAnswer?: Resolver<ResolversTypes['AnswerTopicPayload'], ParentType, ContextType, RequireFields<MutationAcceptAnswerArgs, 'input'>>;
  askQuestion?: Resolver<ResolversTypes['AskQuestionPayload'], ParentType, ContextType, RequireFields<MutationAskQuestionArgs, 'input'>>;
  changeEmail?: Resolver<ResolversTypes['ChangeEmailPayload'], ParentType, ContextType, RequireFields<MutationChangeEmailArgs, 'input'>>;
  changePassword?: Resolver<ResolversTypes['ChangePasswordPayload'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'input'>>;
  changeUserPlan?: Resolver<ResolversTypes['ChangeUserPlanPayload'], ParentType, ContextType, RequireFields<MutationChangeUserPlanArgs, 'input'>>;
  changeUserRole?: Resolver<ResolversTypes['ChangeUserRolePayload'], ParentType, ContextType, RequireFields<MutationChangeUserRoleArgs, 'input'>>;
  claimTopic?: Resolver<ResolversTypes['ClaimTopicPayload'], ParentType, ContextType, RequireFields<MutationClaimTopicArgs, 'input'>>;
  closeAsDuplicate?: Resolver<ResolversTypes['CloseAsDuplicatePayload'], ParentType, ContextType, RequireFields<MutationCloseAsDuplicateArgs, 'input'>>;
  confirmEmailChange?: Resolver<ResolversTypes['ConfirmEmailChangePayload'], ParentType, ContextType, RequireFields<MutationConfirmEmailChangeArgs, 'input'>>;
  deleteAccount?: Resolver<ResolversTypes['DeleteAccountPayload'], ParentType, ContextType, RequireFields<MutationDeleteAccountArgs, 'input'>>;
  discardDraft?: Resolver<ResolversTypes['DiscardDraftPayload'], ParentType, ContextType, RequireFields<MutationDiscardDraftArgs, 'input'>>;
  dismissFlags?: Resolver<ResolversTypes['DismissFlagsPayload'], ParentType, ContextType, RequireFields<MutationDismissFlagsArgs, 'input'>>;
  editAnswer?: Resolver<ResolversTypes['EditAnswerPayload'], ParentType, ContextType, RequireFields<MutationEditAnswerArgs, 'input'>>;
  editTopic?: Resolver<ResolversTypes['EditTopicPayload'], ParentType, ContextType, RequireFields<MutationEditTopicArgs, 'input'>>;
  flagPost?: Resolver<ResolversTypes['FlagPostPayload'], ParentType, ContextType, RequireFields<MutationFlagPostArgs, 'input'>>;
  followCategory?: Resolver<ResolversTypes['FollowCategoryPayload'], ParentType, ContextType, RequireFields<MutationFollowCategoryArgs, 'input'>>;
  followTopic?: Resolver<ResolversTypes['FollowTopicPayload'], ParentType, ContextType, RequireFields<MutationFollowTopicArgs, 'input'>>;
  lockTopic?: Resolver<ResolversTypes['LockTopicPayload'], ParentType, ContextType, RequireFields<MutationLockTopicArgs, 'input'>>;
  logIn?: Resolver<ResolversTypes['LogInPayload'], ParentType, ContextType, RequireFields<MutationLogInArgs, 'input'>>;
  logOut?: Resolver<ResolversTypes['LogOutPayload'], ParentType, ContextType>;
  markAnswerAsOfficial?: Resolver<ResolversTypes['AnswerTopicPayload'], ParentType, ContextType, RequireFields<MutationMarkAnswerAsOfficialArgs, 'input'>>;
  markNotificationsRead?: Resolver<ResolversTypes['MarkNotificationsReadPayload'], ParentType, ContextType, RequireFields<MutationMarkNotificationsReadArgs, 'input'>>;
  postAnswer?: Resolver<ResolversTypes['PostAnswerPayload'], ParentType, ContextType, RequireFields<MutationPostAnswerArgs, 'input'>>;
  recordSignal?: Resolver<ResolversTypes['RecordSignalPayload'], ParentType, ContextType, RequireFields<MutationRecordSignalArgs, 'input'>>;
  removePhrasing?: Resolver<ResolversTypes['RemovePhrasingPayload'], ParentType, ContextType, RequireFields<MutationRemovePhrasingArgs, 'input'>>;
  requestPasswordReset?: Resolver<ResolversTypes['RequestPasswordResetPayload'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'input'>>;
  resendVerification?: Resolver<ResolversTypes['ResendVerificationPayload'], ParentType, ContextType>;
  resetPassword?: Resolver<ResolversTypes['ResetPasswordPayload'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'input'>>;
  saveDraft?: Resolver<ResolversTypes['SaveDraftPayload'], ParentType, ContextType, RequireFields<MutationSaveDraftArgs, 'input'>>;
  sendTypingIndicator?: Resolver<ResolversTypes['SendTypingPayload'], ParentType, ContextType, RequireFields<MutationSendTypingIndicatorArgs, 'input'>>;
  setExpert?: Resolver<ResolversTypes['SetExpertPayload'], ParentType, ContextType, RequireFields<MutationSetExpertArgs, 'input'>>;
  setMeToo?: Resolver<ResolversTypes['SetMeTooPayload'], ParentType, ContextType, RequireFields<MutationSetMeTooArgs, 'input'>>;
  setNotificationPreference?: Resolver<ResolversTypes['SetNotificationPreferencePayload'], ParentType, ContextType, RequireFields<MutationSetNotificationPreferenceArgs, 'input'>>;
  setPostHidden?: Resolver<ResolversTypes['SetPostHiddenPayload'], ParentType, ContextType, RequireFields<MutationSetPostHiddenArgs, 'input'>>;
  signUp?: Resolver<ResolversTypes['SignUpPayload'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
  unacceptAnswer?: Resolver<ResolversTypes['AnswerTopicPayload'], ParentType, ContextType, RequireFields<MutationUnacceptAnswerArgs, 'input'>>;
  unclaimTopic?: Resolver<ResolversTypes['ClaimTopicPayload'], ParentType, ContextType, RequireFields<MutationUnclaimTopicArgs, 'input'>>;
  unlockTopic?: Resolver<ResolversTypes['LockTopicPayload'], ParentType, ContextType, RequireFields<MutationUnlockTopicArgs, 'input'>>;
  unmarkOfficialAnswer?: Resolver<ResolversTypes['AnswerTopicPayload'], ParentType, ContextType, RequireFields<MutationUnmarkOfficialAnswerArgs, 'input'>>;
  unsubscribe?: Resolver<ResolversTypes['UnsubscribePayload'], ParentType, ContextType, RequireFields<MutationUnsubscribeArgs, 'input'>>;
  updateProfile?: Resolver<ResolversTypes['UpdateProfilePayload'], ParentType, ContextType, RequireFields<MutationUpdateProfileArgs, 'input'>>;
  updateReputationSettings?: Resolver<ResolversTypes['UpdateReputationSettingsPayload'], ParentType, ContextType, RequireFields<MutationUpdateReputationSettingsArgs, 'input'>>;
  updateSlaPolicy?: Resolver<ResolversTypes['UpdateSlaPolicyPayload'], ParentType, ContextType, RequireFields<MutationUpdateSlaPolicyArgs, 'input'>>;
  updateSupportHours?: Resolver<ResolversTypes['UpdateSupportHoursPayload'], ParentType, ContextType, RequireFields<MutationUpdateSupportHoursArgs, 'input'>>;
  verifyEmail?: Resolver<ResolversTypes['VerifyEmailPayload'], ParentType, ContextType, RequireFields<MutationVerifyEmailArgs, 'input'>>;
  voteOnAnswer?: Resolver<ResolversTypes['VoteOnAnswerPayload'], ParentType, ContextType, RequireFields<MutationVoteOnAnswerArgs, 'input'>>;
};

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Answer' | 'Category' | 'Tag' | 'Topic' | 'User', ParentType, ContextType>;
};

export type NotificationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  answer?: Resolver<Maybe<ResolversTypes['Answer']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['Topic']>, ParentType, ContextType>;
};

export type NotificationKindResolvers = EnumResolverSignature<{ ANSWER_ACCEPTED?: any, ANSWER_TO_MY_QUESTION?: any, MENTION?: any, NEW_ANSWER?: any, NEW_TOPIC?: any, OFFICIAL_ANSWER?: any }, ResolversTypes['NotificationKind']>;

export type NotificationPreferenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationPreference'] = ResolversParentTypes['NotificationPreference']> = {
  email?: Resolver<ResolversTypes['EmailDelivery'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PhrasingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Phrasing'] = ResolversParentTypes['Phrasing']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['PhrasingSource'], ParentType, ContextType>;
  sourceTopic?: Resolver<Maybe<ResolversTypes['Topic']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PhrasingSourceResolvers = EnumResolverSignature<{ DUPLICATE?: any, SOLVED?: any }, ResolversTypes['PhrasingSource']>;

export type PlanResolvers = EnumResolverSignature<{ CRITICAL?: any, FREE?: any, PREMIUM?: any }, ResolversTypes['Plan']>;

export type PostAnswerPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PostAnswerPayload'] = ResolversParentTypes['PostAnswerPayload']> = {
  answer?: Resolver<ResolversTypes['Answer'], ParentType, ContextType>;
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
};

export type PostRevisionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PostRevision'] = ResolversParentTypes['PostRevision']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['Category']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  editor?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tags?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  categories?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['Category']>, ParentType, ContextType, RequireFields<QueryCategoryArgs, 'slug'>>;
  caughtMail?: Resolver<Maybe<Array<ResolversTypes['CaughtMail']>>, ParentType, ContextType, RequireFields<QueryCaughtMailArgs, 'first'>>;
  draft?: Resolver<Maybe<ResolversTypes['Draft']>, ParentType, ContextType, Partial<QueryDraftArgs>>;
  flagQueue?: Resolver<ResolversTypes['FlagQueue'], ParentType, ContextType, RequireFields<QueryFlagQueueArgs, 'first'>>;
  leaderboard?: Resolver<Array<ResolversTypes['LeaderboardEntry']>, ParentType, ContextType, RequireFields<QueryLeaderboardArgs, 'first' | 'period'>>;
  mailLog?: Resolver<Array<ResolversTypes['MailMessage']>, ParentType, ContextType, RequireFields<QueryMailLogArgs, 'first'>>;
  mentionSuggestions?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryMentionSuggestionsArgs, 'first' | 'prefix'>>;
  moderationLog?: Resolver<Array<ResolversTypes['ModerationAction']>, ParentType, ContextType, RequireFields<QueryModerationLogArgs, 'first'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  notificationPreferences?: Resolver<Array<ResolversTypes['NotificationPreference']>, ParentType, ContextType>;
  notifications?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType, RequireFields<QueryNotificationsArgs, 'first' | 'unreadOnly'>>;
  previewMarkdown?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<QueryPreviewMarkdownArgs, 'markdown'>>;
  reputationSettings?: Resolver<ResolversTypes['ReputationSettings'], ParentType, ContextType>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  similarTopics?: Resolver<Array<ResolversTypes['SimilarTopic']>, ParentType, ContextType, RequireFields<QuerySimilarTopicsArgs, 'first' | 'title'>>;
  slaByDay?: Resolver<Array<ResolversTypes['SlaDay']>, ParentType, ContextType, Partial<QuerySlaByDayArgs>>;
  slaFigures?: Resolver<Array<ResolversTypes['SlaPlanFigures']>, ParentType, ContextType, Partial<QuerySlaFiguresArgs>>;
  slaPolicies?: Resolver<Array<ResolversTypes['SlaPolicy']>, ParentType, ContextType>;
  slaQueue?: Resolver<ResolversTypes['SlaQueue'], ParentType, ContextType, RequireFields<QuerySlaQueueArgs, 'first'>>;
  supportHours?: Resolver<ResolversTypes['SupportHours'], ParentType, ContextType>;
  supportStats?: Resolver<ResolversTypes['SupportStats'], ParentType, ContextType, RequireFields<QuerySupportStatsArgs, 'from' | 'granularity' | 'to'>>;
  topIssues?: Resolver<Array<ResolversTypes['IssueGroup']>, ParentType, ContextType, RequireFields<QueryTopIssuesArgs, 'first' | 'orderBy'>>;
  topic?: Resolver<Maybe<ResolversTypes['Topic']>, ParentType, ContextType, RequireFields<QueryTopicArgs, 'id'>>;
  topics?: Resolver<ResolversTypes['TopicConnection'], ParentType, ContextType, RequireFields<QueryTopicsArgs, 'filter' | 'first' | 'orderBy'>>;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userProfile?: Resolver<Maybe<ResolversTypes['UserProfile']>, ParentType, ContextType, RequireFields<QueryUserProfileArgs, 'id'>>;
  users?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, RequireFields<QueryUsersArgs, 'first'>>;
  viewer?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
};

export type QuestionOutcomesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QuestionOutcomes'] = ResolversParentTypes['QuestionOutcomes']> = {
  answered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unanswered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RecordSignalPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordSignalPayload'] = ResolversParentTypes['RecordSignalPayload']> = {
  recorded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RemovePhrasingPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RemovePhrasingPayload'] = ResolversParentTypes['RemovePhrasingPayload']> = {
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
};

export type ReputationChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReputationChange'] = ResolversParentTypes['ReputationChange']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['ReputationReason'], ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['Topic']>, ParentType, ContextType>;
};

export type ReputationReasonResolvers = EnumResolverSignature<{ ANSWER_ACCEPTED?: any, ANSWER_OFFICIAL?: any, ANSWER_VOTED?: any, EXPERT_GRANTED?: any, EXPERT_REVOKED?: any, QUESTION_ME_TOO?: any }, ResolversTypes['ReputationReason']>;

export type ReputationSettingsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReputationSettings'] = ResolversParentTypes['ReputationSettings']> = {
  answerAccepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  answerDownvoted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  answerOfficial?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  answerUpvoted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expertThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  questionMeToo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RequestPasswordResetPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RequestPasswordResetPayload'] = ResolversParentTypes['RequestPasswordResetPayload']> = {
  accepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ResendVerificationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ResendVerificationPayload'] = ResolversParentTypes['ResendVerificationPayload']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ResetPasswordPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ResetPasswordPayload'] = ResolversParentTypes['ResetPasswordPayload']> = {
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type ResponseTimesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ResponseTimes'] = ResolversParentTypes['ResponseTimes']> = {
  answersByCommunity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  answersByStaff?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstAnswerBuckets?: Resolver<Array<ResolversTypes['LabeledCount']>, ParentType, ContextType>;
  firstAnswersByCommunity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstAnswersByStaff?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  medianSecondsToFirstAnswer?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  medianSecondsToResolution?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type RoleResolvers = EnumResolverSignature<{ ADMIN?: any, CUSTOMER?: any, EXPERT?: any, STAFF?: any }, ResolversTypes['Role']>;

export type SaveDraftPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SaveDraftPayload'] = ResolversParentTypes['SaveDraftPayload']> = {
  draft?: Resolver<ResolversTypes['Draft'], ParentType, ContextType>;
};

export type SearchConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  facets?: Resolver<ResolversTypes['SearchFacets'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalHits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchHit'], ParentType, ContextType>;
};

export type SearchFacetsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchFacets'] = ResolversParentTypes['SearchFacets']> = {
  categories?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  statuses?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  answerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['CategorySnapshot'], ParentType, ContextType>;
  snippetHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TopicStatus'], ParentType, ContextType>;
  titleHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
  topicId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SearchTermStatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchTermStats'] = ResolversParentTypes['SearchTermStats']> = {
  averageHits?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  clickThroughRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  query?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  searches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visitors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SendTypingPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SendTypingPayload'] = ResolversParentTypes['SendTypingPayload']> = {
  sent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SetExpertPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SetExpertPayload'] = ResolversParentTypes['SetExpertPayload']> = {
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type SetMeTooPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SetMeTooPayload'] = ResolversParentTypes['SetMeTooPayload']> = {
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
};

export type SetNotificationPreferencePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SetNotificationPreferencePayload'] = ResolversParentTypes['SetNotificationPreferencePayload']> = {
  preferences?: Resolver<Array<ResolversTypes['NotificationPreference']>, ParentType, ContextType>;
};

export type SetPostHiddenPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SetPostHiddenPayload'] = ResolversParentTypes['SetPostHiddenPayload']> = {
  answer?: Resolver<Maybe<ResolversTypes['Answer']>, ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
};

export type SignUpPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SignUpPayload'] = ResolversParentTypes['SignUpPayload']> = {
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type SignalKindResolvers = EnumResolverSignature<{ ASK_OPENED?: any, DUPLICATE_FOLLOWED?: any, NOT_SOLVED?: any, SEARCH_CLICK?: any, SOLVED?: any, SUGGESTION_CLICK?: any, TOPIC_VIEWED?: any }, ResolversTypes['SignalKind']>;

export type SimilarTopicResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SimilarTopic'] = ResolversParentTypes['SimilarTopic']> = {
  answerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  answerExcerpt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['CategorySnapshot'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TopicStatus'], ParentType, ContextType>;
  titleHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
  topicId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SlaDayResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SlaDay'] = ResolversParentTypes['SlaDay']> = {
  breached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SlaPlanFiguresResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SlaPlanFigures'] = ResolversParentTypes['SlaPlanFigures']> = {
  breached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  breachedNow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  medianFirstResponseSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  metShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  openNow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  questions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SlaPolicyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SlaPolicy'] = ResolversParentTypes['SlaPolicy']> = {
  businessDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  businessTime?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  firstResponseMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
};

export type SlaQueueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SlaQueue'] = ResolversParentTypes['SlaQueue']> = {
  breachedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['SlaQueueItem']>, ParentType, ContextType>;
  liveCursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SlaQueueItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SlaQueueItem'] = ResolversParentTypes['SlaQueueItem']> = {
  businessTime?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  claimedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  claimedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  targetMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
};

export type StatsBucketResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatsBucket'] = ResolversParentTypes['StatsBucket']> = {
  figures?: Resolver<ResolversTypes['DeflectionFigures'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type StatsGranularityResolvers = EnumResolverSignature<{ DAY?: any, WEEK?: any }, ResolversTypes['StatsGranularity']>;

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  feed?: SubscriptionResolver<ResolversTypes['TopicEvent'], "feed", ParentType, ContextType, Partial<SubscriptionFeedArgs>>;
  supportStatsChanged?: SubscriptionResolver<ResolversTypes['DateTime'], "supportStatsChanged", ParentType, ContextType>;
  topicActivity?: SubscriptionResolver<ResolversTypes['TopicEvent'], "topicActivity", ParentType, ContextType, RequireFields<SubscriptionTopicActivityArgs, 'topicId'>>;
  typing?: SubscriptionResolver<ResolversTypes['TypingEvent'], "typing", ParentType, ContextType, RequireFields<SubscriptionTypingArgs, 'topicId'>>;
  unreadNotificationCount?: SubscriptionResolver<ResolversTypes['Int'], "unreadNotificationCount", ParentType, ContextType>;
};

export type SupportHoursResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SupportHours'] = ResolversParentTypes['SupportHours']> = {
  closesAt?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  opensAt?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  workDays?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type SupportStatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SupportStats'] = ResolversParentTypes['SupportStats']> = {
  contentGaps?: Resolver<Array<ResolversTypes['SearchTermStats']>, ParentType, ContextType>;
  definitionsHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  figures?: Resolver<ResolversTypes['DeflectionFigures'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  granularity?: Resolver<ResolversTypes['StatsGranularity'], ParentType, ContextType>;
  oldestUnanswered?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  openUnanswered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcomes?: Resolver<ResolversTypes['QuestionOutcomes'], ParentType, ContextType>;
  previousFigures?: Resolver<ResolversTypes['DeflectionFigures'], ParentType, ContextType>;
  responseTimes?: Resolver<ResolversTypes['ResponseTimes'], ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['StatsBucket']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  topDeflectingTopics?: Resolver<Array<ResolversTypes['TopicDeflections']>, ParentType, ContextType>;
  topSearches?: Resolver<Array<ResolversTypes['SearchTermStats']>, ParentType, ContextType>;
};

export type TagResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Tag'] = ResolversParentTypes['Tag']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TopicResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Topic'] = ResolversParentTypes['Topic']> = {
  acceptedAnswer?: Resolver<Maybe<ResolversTypes['Answer']>, ParentType, ContextType>;
  alternatePhrasings?: Resolver<Maybe<Array<ResolversTypes['Phrasing']>>, ParentType, ContextType>;
  answerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  answers?: Resolver<ResolversTypes['AnswerConnection'], ParentType, ContextType, RequireFields<TopicAnswersArgs, 'first'>>;
  author?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bodyHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['Category'], ParentType, ContextType>;
  claimedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  duplicateOf?: Resolver<Maybe<ResolversTypes['Topic']>, ParentType, ContextType>;
  editedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isHidden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isLocked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastActivityAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  liveCursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  meTooCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  officialAnswer?: Resolver<Maybe<ResolversTypes['Answer']>, ParentType, ContextType>;
  revisions?: Resolver<Array<ResolversTypes['PostRevision']>, ParentType, ContextType, RequireFields<TopicRevisionsArgs, 'first'>>;
  slaDueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TopicStatus'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['Tag']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerCanAccept?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanAnswer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanFlag?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanLock?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanMarkOfficial?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanMeToo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanModerate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerFollows?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerHasFlagged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerHasMeToo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TopicConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TopicConnection'] = ResolversParentTypes['TopicConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TopicEdge']>, ParentType, ContextType>;
  liveCursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type TopicDeflectionsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TopicDeflections'] = ResolversParentTypes['TopicDeflections']> = {
  deflections?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
};

export type TopicEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TopicEdge'] = ResolversParentTypes['TopicEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
};

export type TopicEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TopicEvent'] = ResolversParentTypes['TopicEvent']> = {
  actor?: Resolver<Maybe<ResolversTypes['UserSnapshot']>, ParentType, ContextType>;
  answer?: Resolver<Maybe<ResolversTypes['AnswerSnapshot']>, ParentType, ContextType>;
  answerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TopicEventKind'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['TopicSnapshot']>, ParentType, ContextType>;
  topicId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type TopicEventKindResolvers = EnumResolverSignature<{ ANSWER_ACCEPTED?: any, ANSWER_EDITED?: any, ANSWER_HIDDEN?: any, ANSWER_MARKED_OFFICIAL?: any, ANSWER_POSTED?: any, ANSWER_UNACCEPTED?: any, ANSWER_UNHIDDEN?: any, ANSWER_UNMARKED_OFFICIAL?: any, ANSWER_VOTED?: any, FLAGS_DISMISSED?: any, POST_FLAGGED?: any, RESYNC?: any, TOPIC_CLAIMED?: any, TOPIC_CREATED?: any, TOPIC_EDITED?: any, TOPIC_HIDDEN?: any, TOPIC_UNCLAIMED?: any, TOPIC_UNHIDDEN?: any, TOPIC_UPDATED?: any }, ResolversTypes['TopicEventKind']>;

export type TopicFilterResolvers = EnumResolverSignature<{ ALL?: any, RESOLVED?: any, UNANSWERED?: any }, ResolversTypes['TopicFilter']>;

export type TopicOrderResolvers = EnumResolverSignature<{ ACTIVITY?: any, NEWEST?: any, VOTES?: any }, ResolversTypes['TopicOrder']>;

export type TopicSnapshotResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TopicSnapshot'] = ResolversParentTypes['TopicSnapshot']> = {
  acceptedAnswerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  answerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  author?: Resolver<ResolversTypes['UserSnapshot'], ParentType, ContextType>;
  bodyHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['CategorySnapshot'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  duplicateOfId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isHidden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isLocked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastActivityAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  meTooCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  officialAnswerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TopicStatus'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TopicStatusResolvers = EnumResolverSignature<{ ANSWERED?: any, LOCKED?: any, OPEN?: any, RESOLVED?: any }, ResolversTypes['TopicStatus']>;

export type TypingEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TypingEvent'] = ResolversParentTypes['TypingEvent']> = {
  topicId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['UserSnapshot'], ParentType, ContextType>;
};

export type UnsubscribePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UnsubscribePayload'] = ResolversParentTypes['UnsubscribePayload']> = {
  kinds?: Resolver<Array<ResolversTypes['NotificationKind']>, ParentType, ContextType>;
};

export type UpdateProfilePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateProfilePayload'] = ResolversParentTypes['UpdateProfilePayload']> = {
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type UpdateReputationSettingsPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateReputationSettingsPayload'] = ResolversParentTypes['UpdateReputationSettingsPayload']> = {
  settings?: Resolver<ResolversTypes['ReputationSettings'], ParentType, ContextType>;
};

export type UpdateSlaPolicyPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateSlaPolicyPayload'] = ResolversParentTypes['UpdateSlaPolicyPayload']> = {
  policy?: Resolver<ResolversTypes['SlaPolicy'], ParentType, ContextType>;
};

export type UpdateSupportHoursPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateSupportHoursPayload'] = ResolversParentTypes['UpdateSupportHoursPayload']> = {
  supportHours?: Resolver<ResolversTypes['SupportHours'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  avatarUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emailVerified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  handle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDeleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['Plan']>, ParentType, ContextType>;
  reputation?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type UserEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type UserProfileResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserProfile'] = ResolversParentTypes['UserProfile']> = {
  acceptedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  answerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  questionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recentAnswers?: Resolver<Array<ResolversTypes['Answer']>, ParentType, ContextType, RequireFields<UserProfileRecentAnswersArgs, 'first'>>;
  reputationHistory?: Resolver<Array<ResolversTypes['ReputationChange']>, ParentType, ContextType, RequireFields<UserProfileReputationHistoryArgs, 'first'>>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type UserSnapshotResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserSnapshot'] = ResolversParentTypes['UserSnapshot']> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type VerifyEmailPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['VerifyEmailPayload'] = ResolversParentTypes['VerifyEmailPayload']> = {
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type VoteOnAnswerPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['VoteOnAnswerPayload'] = ResolversParentTypes['VoteOnAnswerPayload']> = {
  answer?: Resolver<ResolversTypes['Answer'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Answer?: AnswerResolvers<ContextType>;
  AnswerConnection?: AnswerConnectionResolvers<ContextType>;
  AnswerEdge?: AnswerEdgeResolvers<ContextType>;
  AnswerSnapshot?: AnswerSnapshotResolvers<ContextType>;
  AnswerTopicPayload?: AnswerTopicPayloadResolvers<ContextType>;
  AskQuestionPayload?: AskQuestionPayloadResolvers<ContextType>;
  Category?: CategoryResolvers<ContextType>;
  CategorySnapshot?: CategorySnapshotResolvers<ContextType>;
  CaughtMail?: CaughtMailResolvers<ContextType>;
  ChangeEmailPayload?: ChangeEmailPayloadResolvers<ContextType>;
  ChangePasswordPayload?: ChangePasswordPayloadResolvers<ContextType>;
  ChangeUserPlanPayload?: ChangeUserPlanPayloadResolvers<ContextType>;
  ChangeUserRolePayload?: ChangeUserRolePayloadResolvers<ContextType>;
  ClaimTopicPayload?: ClaimTopicPayloadResolvers<ContextType>;
  CloseAsDuplicatePayload?: CloseAsDuplicatePayloadResolvers<ContextType>;
  ConfirmEmailChangePayload?: ConfirmEmailChangePayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeflectionFigures?: DeflectionFiguresResolvers<ContextType>;
  DeleteAccountPayload?: DeleteAccountPayloadResolvers<ContextType>;
  DiscardDraftPayload?: DiscardDraftPayloadResolvers<ContextType>;
  DismissFlagsPayload?: DismissFlagsPayloadResolvers<ContextType>;
  Draft?: DraftResolvers<ContextType>;
  EditAnswerPayload?: EditAnswerPayloadResolvers<ContextType>;
  EditTopicPayload?: EditTopicPayloadResolvers<ContextType>;
  EmailDelivery?: EmailDeliveryResolvers;
  FacetCount?: FacetCountResolvers<ContextType>;
  Flag?: FlagResolvers<ContextType>;
  FlagPostPayload?: FlagPostPayloadResolvers<ContextType>;
  FlagQueue?: FlagQueueResolvers<ContextType>;
  FlagReason?: FlagReasonResolvers;
  FlagStatus?: FlagStatusResolvers;
  FlaggedPost?: FlaggedPostResolvers<ContextType>;
  FollowCategoryPayload?: FollowCategoryPayloadResolvers<ContextType>;
  FollowTopicPayload?: FollowTopicPayloadResolvers<ContextType>;
  IssueGroup?: IssueGroupResolvers<ContextType>;
  IssueOrder?: IssueOrderResolvers;
  LabeledCount?: LabeledCountResolvers<ContextType>;
  LeaderboardEntry?: LeaderboardEntryResolvers<ContextType>;
  LeaderboardPeriod?: LeaderboardPeriodResolvers;
  LockTopicPayload?: LockTopicPayloadResolvers<ContextType>;
  LogInPayload?: LogInPayloadResolvers<ContextType>;
  LogOutPayload?: LogOutPayloadResolvers<ContextType>;
  MailMessage?: MailMessageResolvers<ContextType>;
  MailState?: MailStateResolvers;
  MarkNotificationsReadPayload?: MarkNotificationsReadPayloadResolvers<ContextType>;
  ModerationAction?: ModerationActionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationKind?: NotificationKindResolvers;
  NotificationPreference?: NotificationPreferenceResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Phrasing?: PhrasingResolvers<ContextType>;
  PhrasingSource?: PhrasingSourceResolvers;
  Plan?: PlanResolvers;
  PostAnswerPayload?: PostAnswerPayloadResolvers<ContextType>;
  PostRevision?: PostRevisionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuestionOutcomes?: QuestionOutcomesResolvers<ContextType>;
  RecordSignalPayload?: RecordSignalPayloadResolvers<ContextType>;
  RemovePhrasingPayload?: RemovePhrasingPayloadResolvers<ContextType>;
  ReputationChange?: ReputationChangeResolvers<ContextType>;
  ReputationReason?: ReputationReasonResolvers;
  ReputationSettings?: ReputationSettingsResolvers<ContextType>;
  RequestPasswordResetPayload?: RequestPasswordResetPayloadResolvers<ContextType>;
  ResendVerificationPayload?: ResendVerificationPayloadResolvers<ContextType>;
  ResetPasswordPayload?: ResetPasswordPayloadResolvers<ContextType>;
  ResponseTimes?: ResponseTimesResolvers<ContextType>;
  Role?: RoleResolvers;
  SaveDraftPayload?: SaveDraftPayloadResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  SearchFacets?: SearchFacetsResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchTermStats?: SearchTermStatsResolvers<ContextType>;
  SendTypingPayload?: SendTypingPayloadResolvers<ContextType>;
  SetExpertPayload?: SetExpertPayloadResolvers<ContextType>;
  SetMeTooPayload?: SetMeTooPayloadResolvers<ContextType>;
  SetNotificationPreferencePayload?: SetNotificationPreferencePayloadResolvers<ContextType>;
  SetPostHiddenPayload?: SetPostHiddenPayloadResolvers<ContextType>;
  SignUpPayload?: SignUpPayloadResolvers<ContextType>;
  SignalKind?: SignalKindResolvers;
  SimilarTopic?: SimilarTopicResolvers<ContextType>;
  SlaDay?: SlaDayResolvers<ContextType>;
  SlaPlanFigures?: SlaPlanFiguresResolvers<ContextType>;
  SlaPolicy?: SlaPolicyResolvers<ContextType>;
  SlaQueue?: SlaQueueResolvers<ContextType>;
  SlaQueueItem?: SlaQueueItemResolvers<ContextType>;
  StatsBucket?: StatsBucketResolvers<ContextType>;
  StatsGranularity?: StatsGranularityResolvers;
  Subscription?: SubscriptionResolvers<ContextType>;
  SupportHours?: SupportHoursResolvers<ContextType>;
  SupportStats?: SupportStatsResolvers<ContextType>;
  Tag?: TagResolvers<ContextType>;
  Topic?: TopicResolvers<ContextType>;
  TopicConnection?: TopicConnectionResolvers<ContextType>;
  TopicDeflections?: TopicDeflectionsResolvers<ContextType>;
  TopicEdge?: TopicEdgeResolvers<ContextType>;
  TopicEvent?: TopicEventResolvers<ContextType>;
  TopicEventKind?: TopicEventKindResolvers;
  TopicFilter?: TopicFilterResolvers;
  TopicOrder?: TopicOrderResolvers;
  TopicSnapshot?: TopicSnapshotResolvers<ContextType>;
  TopicStatus?: TopicStatusResolvers;
  TypingEvent?: TypingEventResolvers<ContextType>;
  UnsubscribePayload?: UnsubscribePayloadResolvers<ContextType>;
  UpdateProfilePayload?: UpdateProfilePayloadResolvers<ContextType>;
  UpdateReputationSettingsPayload?: UpdateReputationSettingsPayloadResolvers<ContextType>;
  UpdateSlaPolicyPayload?: UpdateSlaPolicyPayloadResolvers<ContextType>;
  UpdateSupportHoursPayload?: UpdateSupportHoursPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
  UserProfile?: UserProfileResolvers<ContextType>;
  UserSnapshot?: UserSnapshotResolvers<ContextType>;
  VerifyEmailPayload?: VerifyEmailPayloadResolvers<ContextType>;
  VoteOnAnswerPayload?: VoteOnAnswerPayloadResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = GraphQLContext> = {
  listSize?: ListSizeDirectiveResolver<any, any, ContextType>;
};
