import { graphql } from './generated/index.js';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer { id displayName role email plan reputation emailVerified avatarUrl }
  }
`);

export const HomeQuery = graphql(`
  query Home($first: Int!, $after: String, $categoryId: ID, $tag: String, $filter: TopicFilter, $orderBy: TopicOrder) {
    categories { id slug name description topicCount }
    topics(first: $first, after: $after, categoryId: $categoryId, tag: $tag, filter: $filter, orderBy: $orderBy) {
      edges {
        cursor
        node {
          id title status answerCount meTooCount lastActivityAt createdAt
          author { id displayName role }
          category { id slug name }
          tags { id name }
        }
      }
      pageInfo { hasNextPage endCursor }
      liveCursor
    }
  }
`);

export const FeedSubscription = graphql(`
  subscription Feed($categoryId: ID, $after: String) {
    feed(categoryId: $categoryId, after: $after) {
      cursor kind topicId
      topic {
        id title status answerCount meTooCount lastActivityAt createdAt tags
        author { id displayName role }
        category { id slug name }
      }
    }
  }
`);

export const CategoryQuery = graphql(`
  query CategoryBySlug($slug: String!) {
    category(slug: $slug) { id slug name description topicCount viewerFollows }
  }
`);

export const PhrasingFields = graphql(`
  fragment PhrasingFields on Phrasing { id text source createdAt sourceTopic { id title } }
`);

export const RemovePhrasingMutation = graphql(`
  mutation RemovePhrasing($input: RemovePhrasingInput!) {
    removePhrasing(input: $input) { topic { id alternatePhrasings { ...PhrasingFields } } }
  }
`);

export const TopicQuery = graphql(`
  query TopicPage($id: ID!) {
    topic(id: $id) {
      id liveCursor title body bodyHtml status isLocked meTooCount answerCount createdAt lastActivityAt editedAt
      viewerHasMeToo viewerCanEdit viewerCanAnswer viewerCanAccept viewerCanMarkOfficial viewerCanLock viewerCanMeToo
      isHidden viewerCanFlag viewerHasFlagged viewerCanModerate viewerFollows
      duplicateOf { id title status officialAnswer { bodyHtml } acceptedAnswer { bodyHtml } }
      alternatePhrasings { ...PhrasingFields }
      author { id displayName role }
      category { id slug name }
      tags { id name }
      acceptedAnswer { id }
      officialAnswer { id }
      answers(first: 100) {
        edges {
          node {
            id body bodyHtml score createdAt editedAt viewerVote viewerCanVote viewerCanEdit isHidden viewerCanFlag viewerHasFlagged
            author { id displayName role }
          }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

export const TopicActivitySubscription = graphql(`
  subscription TopicActivity($topicId: ID!, $after: String) {
    topicActivity(topicId: $topicId, after: $after) {
      cursor kind answerId
      topic { id title bodyHtml status isLocked meTooCount answerCount acceptedAnswerId officialAnswerId isHidden duplicateOfId }
      answer { id bodyHtml score createdAt isHidden author { id displayName role } }
    }
  }
`);

export const TypingSubscription = graphql(`
  subscription Typing($topicId: ID!) {
    typing(topicId: $topicId) { user { id displayName } }
  }
`);

export const SendTypingMutation = graphql(`
  mutation SendTyping($input: TopicIdInput!) {
    sendTypingIndicator(input: $input) { sent }
  }
`);

export const AskQuestionMutation = graphql(`
  mutation AskQuestion($input: AskQuestionInput!) {
    askQuestion(input: $input) { topic { id } }
  }
`);

export const PostAnswerMutation = graphql(`
  mutation PostAnswer($input: PostAnswerInput!) {
    postAnswer(input: $input) {
      answer { id body bodyHtml score createdAt editedAt viewerVote viewerCanVote viewerCanEdit author { id displayName role } }
    }
  }
`);

export const VoteMutation = graphql(`
  mutation Vote($input: VoteOnAnswerInput!) {
    voteOnAnswer(input: $input) { answer { id score viewerVote } }
  }
`);

export const MeTooMutation = graphql(`
  mutation MeToo($input: SetMeTooInput!) {
    setMeToo(input: $input) { topic { id meTooCount viewerHasMeToo } }
  }
`);

export const AcceptMutation = graphql(`
  mutation Accept($input: AnswerIdInput!) {
    acceptAnswer(input: $input) { topic { id status } }
  }
`);

export const UnacceptMutation = graphql(`
  mutation Unaccept($input: TopicIdInput!) {
    unacceptAnswer(input: $input) { topic { id status } }
  }
`);

export const OfficialMutation = graphql(`
  mutation Official($input: AnswerIdInput!) {
    markAnswerAsOfficial(input: $input) { topic { id status } }
  }
`);

export const UnofficialMutation = graphql(`
  mutation Unofficial($input: TopicIdInput!) {
    unmarkOfficialAnswer(input: $input) { topic { id status } }
  }
`);

export const LockMutation = graphql(`
  mutation Lock($input: TopicIdInput!) {
    lockTopic(input: $input) { topic { id status isLocked } }
  }
`);

export const UnlockMutation = graphql(`
  mutation Unlock($input: TopicIdInput!) {
    unlockTopic(input: $input) { topic { id status isLocked } }
  }
`);

export const FlagPostMutation = graphql(`
  mutation FlagPost($input: FlagPostInput!) {
    flagPost(input: $input) { flag { id status } }
  }
`);

export const SetPostHiddenMutation = graphql(`
  mutation SetPostHidden($input: SetPostHiddenInput!) {
    setPostHidden(input: $input) { topic { id isHidden answerCount status } answer { id isHidden } }
  }
`);

export const DismissFlagsMutation = graphql(`
  mutation DismissFlags($input: DismissFlagsInput!) {
    dismissFlags(input: $input) { dismissed }
  }
`);

export const CloseAsDuplicateMutation = graphql(`
  mutation CloseAsDuplicate($input: CloseAsDuplicateInput!) {
    closeAsDuplicate(input: $input) { topic { id } original { id } }
  }
`);

export const ModerationQuery = graphql(`
  query Moderation {
    flagQueue(first: 100) {
      totalCount liveCursor
      items {
        firstFlaggedAt
        topic { id title isHidden }
        answer { id bodyHtml isHidden author { id displayName } }
        flags { id reason note createdAt reporter { id displayName } }
      }
    }
    moderationLog(first: 50) {
      id action reason details createdAt
      actor { id displayName }
      topic { id title }
    }
  }
`);

export const SlaQueueQuery = graphql(`
  query SlaQueue {
    slaQueue(first: 100) {
      liveCursor openCount breachedCount
      items {
        plan dueAt targetMinutes businessTime claimedAt
        claimedBy { id displayName }
        topic { id title createdAt answerCount author { id displayName } category { id name } }
      }
    }
    slaFigures { plan questions met breached metShare medianFirstResponseSeconds openNow breachedNow }
  }
`);

/** Staff pages that re-read on any change: the event kinds of the whole feed. */
export const StaffFeedSubscription = graphql(`
  subscription StaffFeed($after: String) {
    feed(after: $after) { cursor kind }
  }
`);

export const ClaimTopicMutation = graphql(`
  mutation ClaimTopic($input: TopicIdInput!) {
    claimTopic(input: $input) { topic { id claimedBy { id displayName } } }
  }
`);

export const UnclaimTopicMutation = graphql(`
  mutation UnclaimTopic($input: TopicIdInput!) {
    unclaimTopic(input: $input) { topic { id claimedBy { id displayName } } }
  }
`);

export const ProfileQuery = graphql(`
  query Profile($id: ID!) {
    userProfile(id: $id) {
      user { id displayName role reputation createdAt avatarUrl }
      answerCount acceptedCount questionCount
      reputationHistory(first: 20) { id points reason createdAt topic { id title } }
      recentAnswers(first: 10) { id bodyHtml score createdAt topic { id title } }
    }
    viewer { id role }
  }
`);

export const LeaderboardQuery = graphql(`
  query Leaderboard($period: LeaderboardPeriod!) {
    leaderboard(period: $period, first: 25) { points acceptedAnswers user { id displayName role reputation } }
  }
`);

export const SetExpertMutation = graphql(`
  mutation SetExpert($input: SetExpertInput!) {
    setExpert(input: $input) { user { id role } }
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications {
    notifications(first: 15) { id kind read createdAt topic { id title } actor { id displayName } }
  }
`);

export const UnreadCountSubscription = graphql(`
  subscription UnreadCount {
    unreadNotificationCount
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) { unreadCount }
  }
`);

export const SetNotificationPreferenceMutation = graphql(`
  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {
    setNotificationPreference(input: $input) { preferences { kind enabled email } }
  }
`);

export const FollowCategoryMutation = graphql(`
  mutation FollowCategory($input: FollowCategoryInput!) {
    followCategory(input: $input) { category { id viewerFollows } }
  }
`);

export const FollowTopicMutation = graphql(`
  mutation FollowTopic($input: FollowTopicInput!) {
    followTopic(input: $input) { topic { id viewerFollows } }
  }
`);

export const SupportOperationsQuery = graphql(`
  query SupportOperations($from: DateTime!, $to: DateTime!) {
    slaFigures(from: $from, to: $to) { plan questions met breached metShare medianFirstResponseSeconds openNow breachedNow }
    slaByDay(from: $from, to: $to) { day met breached }
  }
`);

export const TopIssuesQuery = graphql(`
  query TopIssues($from: DateTime!, $to: DateTime!, $orderBy: IssueOrder!) {
    topIssues(from: $from, to: $to, orderBy: $orderBy, first: 10) { kind name customersAffected newTopics previousTopics meToo topTopics { id title } }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) { user { id displayName role } }
  }
`);

export const LogInMutation = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) { user { id displayName role } }
  }
`);

export const LogOutMutation = graphql(`
  mutation LogOut {
    logOut { loggedOut }
  }
`);

export const UsersQuery = graphql(`
  query Users($query: String, $after: String) {
    users(first: 50, query: $query, after: $after) {
      edges { node { id displayName email emailVerified isDeleted role plan reputation createdAt } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const ChangeUserRoleMutation = graphql(`
  mutation ChangeUserRole($input: ChangeUserRoleInput!) {
    changeUserRole(input: $input) { user { id role } }
  }
`);

export const ChangeUserPlanMutation = graphql(`
  mutation ChangeUserPlan($input: ChangeUserPlanInput!) {
    changeUserPlan(input: $input) { user { id plan } }
  }
`);

export const SupportSettingsQuery = graphql(`
  query SupportSettings {
    slaPolicies { plan firstResponseMinutes businessTime businessDays }
    supportHours { timeZone opensAt closesAt workDays }
    reputationSettings { answerUpvoted answerDownvoted answerAccepted answerOfficial questionMeToo expertThreshold }
  }
`);

export const UpdateSlaPolicyMutation = graphql(`
  mutation UpdateSlaPolicy($input: UpdateSlaPolicyInput!) {
    updateSlaPolicy(input: $input) { policy { plan firstResponseMinutes businessTime businessDays } }
  }
`);

export const UpdateSupportHoursMutation = graphql(`
  mutation UpdateSupportHours($input: UpdateSupportHoursInput!) {
    updateSupportHours(input: $input) { supportHours { timeZone opensAt closesAt workDays } }
  }
`);

export const UpdateReputationSettingsMutation = graphql(`
  mutation UpdateReputationSettings($input: UpdateReputationSettingsInput!) {
    updateReputationSettings(input: $input) { settings { answerUpvoted answerDownvoted answerAccepted answerOfficial questionMeToo expertThreshold } }
  }
`);

export const EditTopicMutation = graphql(`
  mutation EditTopic($input: EditTopicInput!) {
    editTopic(input: $input) { topic { id title body bodyHtml editedAt category { id slug name } tags { id name } } }
  }
`);

export const EditAnswerMutation = graphql(`
  mutation EditAnswer($input: EditAnswerInput!) {
    editAnswer(input: $input) { answer { id body bodyHtml editedAt } }
  }
`);

export const AnswerBodyQuery = graphql(`
  query AnswerBody($id: ID!) {
    node(id: $id) { ... on Answer { id body } }
  }
`);

export const SearchQuery = graphql(`
  query Search($query: String!, $filter: SearchFilter, $after: String) {
    search(query: $query, filter: $filter, first: 20, after: $after) {
      totalHits
      edges {
        node {
          titleHtml snippetHtml topicId status answerCount
          category { name slug }
        }
      }
      pageInfo { hasNextPage endCursor }
      facets {
        categories { value label count }
        statuses { value label count }
        tags { value label count }
      }
    }
  }
`);

export const SimilarTopicsQuery = graphql(`
  query SimilarTopics($title: String!, $body: String) {
    similarTopics(title: $title, body: $body, first: 5) {
      titleHtml answerExcerpt topicId status answerCount
    }
  }
`);

export const RecordSignalMutation = graphql(`
  mutation RecordSignal($input: RecordSignalInput!) {
    recordSignal(input: $input) { recorded }
  }
`);

export const SupportStatsQuery = graphql(`
  query SupportStats($from: DateTime!, $to: DateTime!, $granularity: StatsGranularity) {
    supportStats(from: $from, to: $to, granularity: $granularity) {
      from to granularity
      figures { ...DeflectionFiguresFields }
      previousFigures { ...DeflectionFiguresFields }
      series { start figures { ...DeflectionFiguresFields } }
      contentGaps { query searches visitors averageHits clickThroughRate }
      topSearches { query searches visitors averageHits clickThroughRate }
      topDeflectingTopics { deflections topic { id title status } }
      responseTimes {
        medianSecondsToFirstAnswer medianSecondsToResolution
        firstAnswerBuckets { label count }
        firstAnswersByStaff firstAnswersByCommunity answersByStaff answersByCommunity
      }
      outcomes { resolved answered unanswered }
      openUnanswered
      oldestUnanswered { id title createdAt }
      definitionsHtml
    }
  }
  fragment DeflectionFiguresFields on DeflectionFigures {
    sessions sessionsWithIntent deflected failed potential questionsPosted searches deflectionRate selfServiceScore
  }
`);

export const SupportStatsChangedSubscription = graphql(`
  subscription SupportStatsChanged {
    supportStatsChanged
  }
`);

export const DuplicateCandidatesQuery = graphql(`
  query DuplicateCandidates($query: String!) {
    search(query: $query, first: 8) {
      edges { node { topic { id title status answerCount category { name } } } }
    }
  }
`);

export const RevisionsQuery = graphql(`
  query Revisions($id: ID!) {
    node(id: $id) {
      ... on Topic { revisions(first: 50) { ...RevisionFields } }
      ... on Answer { revisions(first: 50) { ...RevisionFields } }
    }
  }
  fragment RevisionFields on PostRevision {
    id createdAt title body tags
    editor { id displayName }
    category { name }
  }
`);

export const CategoriesQuery = graphql(`
  query Categories {
    categories { id slug name }
  }
`);

export const PreviewQuery = graphql(`
  query Preview($markdown: String!) {
    previewMarkdown(markdown: $markdown)
  }
`);

export const MentionSuggestionsQuery = graphql(`
  query MentionSuggestions($prefix: String!, $topicId: ID) {
    mentionSuggestions(prefix: $prefix, topicId: $topicId, first: 6) { id displayName handle role }
  }
`);

export const DraftQuery = graphql(`
  query Draft($topicId: ID) {
    draft(topicId: $topicId) { topicId title body categoryId tags updatedAt }
  }
`);

export const SaveDraftMutation = graphql(`
  mutation SaveDraft($input: SaveDraftInput!) {
    saveDraft(input: $input) { draft { updatedAt } }
  }
`);

export const DiscardDraftMutation = graphql(`
  mutation DiscardDraft($input: DiscardDraftInput!) {
    discardDraft(input: $input) { discarded }
  }
`);

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences { kind enabled email }
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) { user { id displayName avatarUrl } }
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) { accepted }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) { user { id } }
  }
`);

export const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($input: EmailTokenInput!) {
    verifyEmail(input: $input) { user { id } }
  }
`);

export const ResendVerificationMutation = graphql(`
  mutation ResendVerification {
    resendVerification { email }
  }
`);

export const ChangeEmailMutation = graphql(`
  mutation ChangeEmail($input: ChangeEmailInput!) {
    changeEmail(input: $input) { pendingEmail }
  }
`);

export const ConfirmEmailChangeMutation = graphql(`
  mutation ConfirmEmailChange($input: EmailTokenInput!) {
    confirmEmailChange(input: $input) { user { id email } }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) { endedSessions }
  }
`);

export const DeleteAccountMutation = graphql(`
  mutation DeleteAccount($input: DeleteAccountInput!) {
    deleteAccount(input: $input) { deleted }
  }
`);

export const UnsubscribeMutation = graphql(`
  mutation Unsubscribe($input: UnsubscribeInput!) {
    unsubscribe(input: $input) { kinds }
  }
`);

export const MailLogQuery = graphql(`
  query MailLog($state: MailState) {
    mailLog(first: 100, state: $state) { id to kind subject state attempts lastError createdAt sentAt }
    caughtMail(first: 30) { id to subject receivedAt text links }
  }
`);
