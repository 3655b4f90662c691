/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    viewer { id displayName role email plan reputation emailVerified avatarUrl }\n  }\n": typeof types.ViewerDocument,
    "\n  query Home($first: Int!, $after: String, $categoryId: ID, $tag: String, $filter: TopicFilter, $orderBy: TopicOrder) {\n    categories { id slug name description topicCount }\n    topics(first: $first, after: $after, categoryId: $categoryId, tag: $tag, filter: $filter, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          id title status answerCount meTooCount lastActivityAt createdAt\n          author { id displayName role }\n          category { id slug name }\n          tags { id name }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n      liveCursor\n    }\n  }\n": typeof types.HomeDocument,
    "\n  subscription Feed($categoryId: ID, $after: String) {\n    feed(categoryId: $categoryId, after: $after) {\n      cursor kind topicId\n      topic {\n        id title status answerCount meTooCount lastActivityAt createdAt tags\n        author { id displayName role }\n        category { id slug name }\n      }\n    }\n  }\n": typeof types.FeedDocument,
    "\n  query CategoryBySlug($slug: String!) {\n    category(slug: $slug) { id slug name description topicCount viewerFollows }\n  }\n": typeof types.CategoryBySlugDocument,
    "\n  fragment PhrasingFields on Phrasing { id text source createdAt sourceTopic { id title } }\n": typeof types.PhrasingFieldsFragmentDoc,
    "\n  mutation RemovePhrasing($input: RemovePhrasingInput!) {\n    removePhrasing(input: $input) { topic { id alternatePhrasings { ...PhrasingFields } } }\n  }\n": typeof types.RemovePhrasingDocument,
    "\n  query TopicPage($id: ID!) {\n    topic(id: $id) {\n      id liveCursor title body bodyHtml status isLocked meTooCount answerCount createdAt lastActivityAt editedAt\n      viewerHasMeToo viewerCanEdit viewerCanAnswer viewerCanAccept viewerCanMarkOfficial viewerCanLock viewerCanMeToo\n      isHidden viewerCanFlag viewerHasFlagged viewerCanModerate viewerFollows\n      duplicateOf { id title status officialAnswer { bodyHtml } acceptedAnswer { bodyHtml } }\n      alternatePhrasings { ...PhrasingFields }\n      author { id displayName role }\n      category { id slug name }\n      tags { id name }\n      acceptedAnswer { id }\n      officialAnswer { id }\n      answers(first: 100) {\n        edges {\n          node {\n            id body bodyHtml score createdAt editedAt viewerVote viewerCanVote viewerCanEdit isHidden viewerCanFlag viewerHasFlagged\n            author { id displayName role }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.TopicPageDocument,
    "\n  subscription TopicActivity($topicId: ID!, $after: String) {\n    topicActivity(topicId: $topicId, after: $after) {\n      cursor kind answerId\n      topic { id title bodyHtml status isLocked meTooCount answerCount acceptedAnswerId officialAnswerId isHidden duplicateOfId }\n      answer { id bodyHtml score createdAt isHidden author { id displayName role } }\n    }\n  }\n": typeof types.TopicActivityDocument,
    "\n  subscription Typing($topicId: ID!) {\n    typing(topicId: $topicId) { user { id displayName } }\n  }\n": typeof types.TypingDocument,
    "\n  mutation SendTyping($input: TopicIdInput!) {\n    sendTypingIndicator(input: $input) { sent }\n  }\n": typeof types.SendTypingDocument,
    "\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) { topic { id } }\n  }\n": typeof types.AskQuestionDocument,
    "\n  mutation PostAnswer($input: PostAnswerInput!) {\n    postAnswer(input: $input) {\n      answer { id body bodyHtml score createdAt editedAt viewerVote viewerCanVote viewerCanEdit author { id displayName role } }\n    }\n  }\n": typeof types.PostAnswerDocument,
    "\n  mutation Vote($input: VoteOnAnswerInput!) {\n    voteOnAnswer(input: $input) { answer { id score viewerVote } }\n  }\n": typeof types.VoteDocument,
    "\n  mutation MeToo($input: SetMeTooInput!) {\n    setMeToo(input: $input) { topic { id meTooCount viewerHasMeToo } }\n  }\n": typeof types.MeTooDocument,
    "\n  mutation Accept($input: AnswerIdInput!) {\n    acceptAnswer(input: $input) { topic { id status } }\n  }\n": typeof types.AcceptDocument,
    "\n  mutation Unaccept($input: TopicIdInput!) {\n    unacceptAnswer(input: $input) { topic { id status } }\n  }\n": typeof types.UnacceptDocument,
    "\n  mutation Official($input: AnswerIdInput!) {\n    markAnswerAsOfficial(input: $input) { topic { id status } }\n  }\n": typeof types.OfficialDocument,
    "\n  mutation Unofficial($input: TopicIdInput!) {\n    unmarkOfficialAnswer(input: $input) { topic { id status } }\n  }\n": typeof types.UnofficialDocument,
    "\n  mutation Lock($input: TopicIdInput!) {\n    lockTopic(input: $input) { topic { id status isLocked } }\n  }\n": typeof types.LockDocument,
    "\n  mutation Unlock($input: TopicIdInput!) {\n    unlockTopic(input: $input) { topic { id status isLocked } }\n  }\n": typeof types.UnlockDocument,
    "\n  mutation FlagPost($input: FlagPostInput!) {\n    flagPost(input: $input) { flag { id status } }\n  }\n": typeof types.FlagPostDocument,
    "\n  mutation SetPostHidden($input: SetPostHiddenInput!) {\n    setPostHidden(input: $input) { topic { id isHidden answerCount status } answer { id isHidden } }\n  }\n": typeof types.SetPostHiddenDocument,
    "\n  mutation DismissFlags($input: DismissFlagsInput!) {\n    dismissFlags(input: $input) { dismissed }\n  }\n": typeof types.DismissFlagsDocument,
    "\n  mutation CloseAsDuplicate($input: CloseAsDuplicateInput!) {\n    closeAsDuplicate(input: $input) { topic { id } original { id } }\n  }\n": typeof types.CloseAsDuplicateDocument,
    "\n  query Moderation {\n    flagQueue(first: 100) {\n      totalCount liveCursor\n      items {\n        firstFlaggedAt\n        topic { id title isHidden }\n        answer { id bodyHtml isHidden author { id displayName } }\n        flags { id reason note createdAt reporter { id displayName } }\n      }\n    }\n    moderationLog(first: 50) {\n      id action reason details createdAt\n      actor { id displayName }\n      topic { id title }\n    }\n  }\n": typeof types.ModerationDocument,
    "\n  query SlaQueue {\n    slaQueue(first: 100) {\n      liveCursor openCount breachedCount\n      items {\n        plan dueAt targetMinutes businessTime claimedAt\n        claimedBy { id displayName }\n        topic { id title createdAt answerCount author { id displayName } category { id name } }\n      }\n    }\n    slaFigures { plan questions met breached metShare medianFirstResponseSeconds openNow breachedNow }\n  }\n": typeof types.SlaQueueDocument,
    "\n  subscription StaffFeed($after: String) {\n    feed(after: $after) { cursor kind }\n  }\n": typeof types.StaffFeedDocument,
    "\n  mutation ClaimTopic($input: TopicIdInput!) {\n    claimTopic(input: $input) { topic { id claimedBy { id displayName } } }\n  }\n": typeof types.ClaimTopicDocument,
    "\n  mutation UnclaimTopic($input: TopicIdInput!) {\n    unclaimTopic(input: $input) { topic { id claimedBy { id displayName } } }\n  }\n": typeof types.UnclaimTopicDocument,
    "\n  query Profile($id: ID!) {\n    userProfile(id: $id) {\n      user { id displayName role reputation createdAt avatarUrl }\n      answerCount acceptedCount questionCount\n      reputationHistory(first: 20) { id points reason createdAt topic { id title } }\n      recentAnswers(first: 10) { id bodyHtml score createdAt topic { id title } }\n    }\n    viewer { id role }\n  }\n": typeof types.ProfileDocument,
    "\n  query Leaderboard($period: LeaderboardPeriod!) {\n    leaderboard(period: $period, first: 25) { points acceptedAnswers user { id displayName role reputation } }\n  }\n": typeof types.LeaderboardDocument,
    "\n  mutation SetExpert($input: SetExpertInput!) {\n    setExpert(input: $input) { user { id role } }\n  }\n": typeof types.SetExpertDocument,
    "\n  query Notifications {\n    notifications(first: 15) { id kind read createdAt topic { id title } actor { id displayName } }\n  }\n": typeof types.NotificationsDocument,
    "\n  subscription UnreadCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadCountDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) { unreadCount }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) { preferences { kind enabled email } }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  mutation FollowCategory($input: FollowCategoryInput!) {\n    followCategory(input: $input) { category { id viewerFollows } }\n  }\n": typeof types.FollowCategoryDocument,
    "\n  mutation FollowTopic($input: FollowTopicInput!) {\n    followTopic(input: $input) { topic { id viewerFollows } }\n  }\n": typeof types.FollowTopicDocument,
    "\n  query SupportOperations($from: DateTime!, $to: DateTime!) {\n    slaFigures(from: $from, to: $to) { plan questions met breached metShare medianFirstResponseSeconds openNow breachedNow }\n    slaByDay(from: $from, to: $to) { day met breached }\n  }\n": typeof types.SupportOperationsDocument,
    "\n  query TopIssues($from: DateTime!, $to: DateTime!, $orderBy: IssueOrder!) {\n    topIssues(from: $from, to: $to, orderBy: $orderBy, first: 10) { kind name customersAffected newTopics previousTopics meToo topTopics { id title } }\n  }\n": typeof types.TopIssuesDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { user { id displayName role } }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) { user { id displayName role } }\n  }\n": typeof types.LogInDocument,
    "\n  mutation LogOut {\n    logOut { loggedOut }\n  }\n": typeof types.LogOutDocument,
    "\n  query Users($query: String, $after: String) {\n    users(first: 50, query: $query, after: $after) {\n      edges { node { id displayName email emailVerified isDeleted role plan reputation createdAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) { user { id role } }\n  }\n": typeof types.ChangeUserRoleDocument,
    "\n  mutation ChangeUserPlan($input: ChangeUserPlanInput!) {\n    changeUserPlan(input: $input) { user { id plan } }\n  }\n": typeof types.ChangeUserPlanDocument,
    "\n  query SupportSettings {\n    slaPolicies { plan firstResponseMinutes businessTime businessDays }\n    supportHours { timeZone opensAt closesAt workDays }\n    reputationSettings { answerUpvoted answerDownvoted answerAccepted answerOfficial questionMeToo expertThreshold }\n  }\n": typeof types.SupportSettingsDocument,
    "\n  mutation UpdateSlaPolicy($input: UpdateSlaPolicyInput!) {\n    updateSlaPolicy(input: $input) { policy { plan firstResponseMinutes businessTime businessDays } }\n  }\n": typeof types.UpdateSlaPolicyDocument,
    "\n  mutation UpdateSupportHours($input: UpdateSupportHoursInput!) {\n    updateSupportHours(input: $input) { supportHours { timeZone opensAt closesAt workDays } }\n  }\n": typeof types.UpdateSupportHoursDocument,
    "\n  mutation UpdateReputationSettings($input: UpdateReputationSettingsInput!) {\n    updateReputationSettings(input: $input) { settings { answerUpvoted answerDownvoted answerAccepted answerOfficial questionMeToo expertThreshold } }\n  }\n": typeof types.UpdateReputationSettingsDocument,
    "\n  mutation EditTopic($input: EditTopicInput!) {\n    editTopic(input: $input) { topic { id title body bodyHtml editedAt category { id slug name } tags { id name } } }\n  }\n": typeof types.EditTopicDocument,
    "\n  mutation EditAnswer($input: EditAnswerInput!) {\n    editAnswer(input: $input) { answer { id body bodyHtml editedAt } }\n  }\n": typeof types.EditAnswerDocument,
    "\n  query AnswerBody($id: ID!) {\n    node(id: $id) { ... on Answer { id body } }\n  }\n": typeof types.AnswerBodyDocument,
    "\n  query Search($query: String!, $filter: SearchFilter, $after: String) {\n    search(query: $query, filter: $filter, first: 20, after: $after) {\n      totalHits\n      edges {\n        node {\n          titleHtml snippetHtml topicId status answerCount\n          category { name slug }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n      facets {\n        categories { value label count }\n        statuses { value label count }\n        tags { value label count }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query SimilarTopics($title: String!, $body: String) {\n    similarTopics(title: $title, body: $body, first: 5) {\n      titleHtml answerExcerpt topicId status answerCount\n    }\n  }\n": typeof types.SimilarTopicsDocument,
    "\n  mutation RecordSignal($input: RecordSignalInput!) {\n    recordSignal(input: $input) { recorded }\n  }\n": typeof types.RecordSignalDocument,
    "\n  query SupportStats($from: DateTime!, $to: DateTime!, $granularity: StatsGranularity) {\n    supportStats(from: $from, to: $to, granularity: $granularity) {\n      from to granularity\n      figures { ...DeflectionFiguresFields }\n      previousFigures { ...DeflectionFiguresFields }\n      series { start figures { ...DeflectionFiguresFields } }\n      contentGaps { query searches visitors averageHits clickThroughRate }\n      topSearches { query searches visitors averageHits clickThroughRate }\n      topDeflectingTopics { deflections topic { id title status } }\n      responseTimes {\n        medianSecondsToFirstAnswer medianSecondsToResolution\n        firstAnswerBuckets { label count }\n        firstAnswersByStaff firstAnswersByCommunity answersByStaff answersByCommunity\n      }\n      outcomes { resolved answered unanswered }\n      openUnanswered\n      oldestUnanswered { id title createdAt }\n      definitionsHtml\n    }\n  }\n  fragment DeflectionFiguresFields on DeflectionFigures {\n    sessions sessionsWithIntent deflected failed potential questionsPosted searches deflectionRate selfServiceScore\n  }\n": typeof types.SupportStatsDocument,
    "\n  subscription SupportStatsChanged {\n    supportStatsChanged\n  }\n": typeof types.SupportStatsChangedDocument,
    "\n  query DuplicateCandidates($query: String!) {\n    search(query: $query, first: 8) {\n      edges { node { topic { id title status answerCount category { name } } } }\n    }\n  }\n": typeof types.DuplicateCandidatesDocument,
    "\n  query Revisions($id: ID!) {\n    node(id: $id) {\n      ... on Topic { revisions(first: 50) { ...RevisionFields } }\n      ... on Answer { revisions(first: 50) { ...RevisionFields } }\n    }\n  }\n  fragment RevisionFields on PostRevision {\n    id createdAt title body tags\n    editor { id displayName }\n    category { name }\n  }\n": typeof types.RevisionsDocument,
    "\n  query Categories {\n    categories { id slug name }\n  }\n": typeof types.CategoriesDocument,
    "\n  query Preview($markdown: String!) {\n    previewMarkdown(markdown: $markdown)\n  }\n": typeof types.PreviewDocument,
    "\n  query MentionSuggestions($prefix: String!, $topicId: ID) {\n    mentionSuggestions(prefix: $prefix, topicId: $topicId, first: 6) { id displayName handle role }\n  }\n": typeof types.MentionSuggestionsDocument,
    "\n  query Draft($topicId: ID) {\n    draft(topicId: $topicId) { topicId title body categoryId tags updatedAt }\n  }\n": typeof types.DraftDocument,
    "\n  mutation SaveDraft($input: SaveDraftInput!) {\n    saveDraft(input: $input) { draft { updatedAt } }\n  }\n": typeof types.SaveDraftDocument,
    "\n  mutation DiscardDraft($input: DiscardDraftInput!) {\n    discardDraft(input: $input) { discarded }\n  }\n": typeof types.DiscardDraftDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences { kind enabled email }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { user { id displayName avatarUrl } }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) { accepted }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) { user { id } }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($input: EmailTokenInput!) {\n    verifyEmail(input: $input) { user { id } }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation ResendVerification {\n    resendVerification { email }\n  }\n": typeof types.ResendVerificationDocument,
    "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input) { pendingEmail }\n  }\n": typeof types.ChangeEmailDocument,
    "\n  mutation ConfirmEmailChange($input: EmailTokenInput!) {\n    confirmEmailChange(input: $input) { user { id email } }\n  }\n": typeof types.ConfirmEmailChangeDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { endedSessions }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input) { deleted }\n  }\n": typeof types.DeleteAccountDocument,
    "\n  mutation Unsubscribe($input: UnsubscribeInput!) {\n    unsubscribe(input: $input) { kinds }\n  }\n": typeof types.UnsubscribeDocument,
    "\n  query MailLog($state: MailState) {\n    mailLog(first: 100, state: $state) { id to kind subject state attempts lastError createdAt sentAt }\n    caughtMail(first: 30) { id to subject receivedAt text links }\n  }\n": typeof types.MailLogDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer { id displayName role email plan reputation emailVerified avatarUrl }\n  }\n": types.ViewerDocument,
    "\n  query Home($first: Int!, $after: String, $categoryId: ID, $tag: String, $filter: TopicFilter, $orderBy: TopicOrder) {\n    categories { id slug name description topicCount }\n    topics(first: $first, after: $after, categoryId: $categoryId, tag: $tag, filter: $filter, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          id title status answerCount meTooCount lastActivityAt createdAt\n          author { id displayName role }\n          category { id slug name }\n          tags { id name }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n      liveCursor\n    }\n  }\n": types.HomeDocument,
    "\n  subscription Feed($categoryId: ID, $after: String) {\n    feed(categoryId: $categoryId, after: $after) {\n      cursor kind topicId\n      topic {\n        id title status answerCount meTooCount lastActivityAt createdAt tags\n        author { id displayName role }\n        category { id slug name }\n      }\n    }\n  }\n": types.FeedDocument,
    "\n  query CategoryBySlug($slug: String!) {\n    category(slug: $slug) { id slug name description topicCount viewerFollows }\n  }\n": types.CategoryBySlugDocument,
    "\n  fragment PhrasingFields on Phrasing { id text source createdAt sourceTopic { id title } }\n": types.PhrasingFieldsFragmentDoc,
    "\n  mutation RemovePhrasing($input: RemovePhrasingInput!) {\n    removePhrasing(input: $input) { topic { id alternatePhrasings { ...PhrasingFields } } }\n  }\n": types.RemovePhrasingDocument,
    "\n  query TopicPage($id: ID!) {\n    topic(id: $id) {\n      id liveCursor title body bodyHtml status isLocked meTooCount answerCount createdAt lastActivityAt editedAt\n      viewerHasMeToo viewerCanEdit viewerCanAnswer viewerCanAccept viewerCanMarkOfficial viewerCanLock viewerCanMeToo\n      isHidden viewerCanFlag viewerHasFlagged viewerCanModerate viewerFollows\n      duplicateOf { id title status officialAnswer { bodyHtml } acceptedAnswer { bodyHtml } }\n      alternatePhrasings { ...PhrasingFields }\n      author { id displayName role }\n      category { id slug name }\n      tags { id name }\n      acceptedAnswer { id }\n      officialAnswer { id }\n      answers(first: 100) {\n        edges {\n          node {\n            id body bodyHtml score createdAt editedAt viewerVote viewerCanVote viewerCanEdit isHidden viewerCanFlag viewerHasFlagged\n            author { id displayName role }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.TopicPageDocument,
    "\n  subscription TopicActivity($topicId: ID!, $after: String) {\n    topicActivity(topicId: $topicId, after: $after) {\n      cursor kind answerId\n      topic { id title bodyHtml status isLocked meTooCount answerCount acceptedAnswerId officialAnswerId isHidden duplicateOfId }\n      answer { id bodyHtml score createdAt isHidden author { id displayName role } }\n    }\n  }\n": types.TopicActivityDocument,
    "\n  subscription Typing($topicId: ID!) {\n    typing(topicId: $topicId) { user { id displayName } }\n  }\n": types.TypingDocument,
    "\n  mutation SendTyping($input: TopicIdInput!) {\n    sendTypingIndicator(input: $input) { sent }\n  }\n": types.SendTypingDocument,
    "\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) { topic { id } }\n  }\n": types.AskQuestionDocument,
    "\n  mutation PostAnswer($input: PostAnswerInput!) {\n    postAnswer(input: $input) {\n      answer { id body bodyHtml score createdAt editedAt viewerVote viewerCanVote viewerCanEdit author { id displayName role } }\n    }\n  }\n": types.PostAnswerDocument,
    "\n  mutation Vote($input: VoteOnAnswerInput!) {\n    voteOnAnswer(input: $input) { answer { id score viewerVote } }\n  }\n": types.VoteDocument,
    "\n  mutation MeToo($input: SetMeTooInput!) {\n    setMeToo(input: $input) { topic { id meTooCount viewerHasMeToo } }\n  }\n": types.MeTooDocument,
    "\n  mutation Accept($input: AnswerIdInput!) {\n    acceptAnswer(input: $input) { topic { id status } }\n  }\n": types.AcceptDocument,
    "\n  mutation Unaccept($input: TopicIdInput!) {\n    unacceptAnswer(input: $input) { topic { id status } }\n  }\n": types.UnacceptDocument,
    "\n  mutation Official($input: AnswerIdInput!) {\n    markAnswerAsOfficial(input: $input) { topic { id status } }\n  }\n": types.OfficialDocument,
    "\n  mutation Unofficial($input: TopicIdInput!) {\n    unmarkOfficialAnswer(input: $input) { topic { id status } }\n  }\n": types.UnofficialDocument,
    "\n  mutation Lock($input: TopicIdInput!) {\n    lockTopic(input: $input) { topic { id status isLocked } }\n  }\n": types.LockDocument,
    "\n  mutation Unlock($input: TopicIdInput!) {\n    unlockTopic(input: $input) { topic { id status isLocked } }\n  }\n": types.UnlockDocument,
    "\n  mutation FlagPost($input: FlagPostInput!) {\n    flagPost(input: $input) { flag { id status } }\n  }\n": types.FlagPostDocument,
    "\n  mutation SetPostHidden($input: SetPostHiddenInput!) {\n    setPostHidden(input: $input) { topic { id isHidden answerCount status } answer { id isHidden } }\n  }\n": types.SetPostHiddenDocument,
    "\n  mutation DismissFlags($input: DismissFlagsInput!) {\n    dismissFlags(input: $input) { dismissed }\n  }\n": types.DismissFlagsDocument,
    "\n  mutation CloseAsDuplicate($input: CloseAsDuplicateInput!) {\n    closeAsDuplicate(input: $input) { topic { id } original { id } }\n  }\n": types.CloseAsDuplicateDocument,
    "\n  query Moderation {\n    flagQueue(first: 100) {\n      totalCount liveCursor\n      items {\n        firstFlaggedAt\n        topic { id title isHidden }\n        answer { id bodyHtml isHidden author { id displayName } }\n        flags { id reason note createdAt reporter { id displayName } }\n      }\n    }\n    moderationLog(first: 50) {\n      id action reason details createdAt\n      actor { id displayName }\n      topic { id title }\n    }\n  }\n": types.ModerationDocument,
    "\n  query SlaQueue {\n    slaQueue(first: 100) {\n      liveCursor openCount breachedCount\n      items {\n        plan dueAt targetMinutes businessTime claimedAt\n        claimedBy { id displayName }\n        topic { id title createdAt answerCount author { id displayName } category { id name } }\n      }\n    }\n    slaFigures { plan questions met breached metShare medianFirstResponseSeconds openNow breachedNow }\n  }\n": types.SlaQueueDocument,
    "\n  subscription StaffFeed($after: String) {\n    feed(after: $after) { cursor kind }\n  }\n": types.StaffFeedDocument,
    "\n  mutation ClaimTopic($input: TopicIdInput!) {\n    claimTopic(input: $input) { topic { id claimedBy { id displayName } } }\n  }\n": types.ClaimTopicDocument,
    "\n  mutation UnclaimTopic($input: TopicIdInput!) {\n    unclaimTopic(input: $input) { topic { id claimedBy { id displayName } } }\n  }\n": types.UnclaimTopicDocument,
    "\n  query Profile($id: ID!) {\n    userProfile(id: $id) {\n      user { id displayName role reputation createdAt avatarUrl }\n      answerCount acceptedCount questionCount\n      reputationHistory(first: 20) { id points reason createdAt topic { id title } }\n      recentAnswers(first: 10) { id bodyHtml score createdAt topic { id title } }\n    }\n    viewer { id role }\n  }\n": types.ProfileDocument,
    "\n  query Leaderboard($period: LeaderboardPeriod!) {\n    leaderboard(period: $period, first: 25) { points acceptedAnswers user { id displayName role reputation } }\n  }\n": types.LeaderboardDocument,
    "\n  mutation SetExpert($input: SetExpertInput!) {\n    setExpert(input: $input) { user { id role } }\n  }\n": types.SetExpertDocument,
    "\n  query Notifications {\n    notifications(first: 15) { id kind read createdAt topic { id title } actor { id displayName } }\n  }\n": types.NotificationsDocument,
    "\n  subscription UnreadCount {\n    unreadNotificationCount\n  }\n": types.UnreadCountDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) { unreadCount }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) { preferences { kind enabled email } }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  mutation FollowCategory($input: FollowCategoryInput!) {\n    followCategory(input: $input) { category { id viewerFollows } }\n  }\n": types.FollowCategoryDocument,
    "\n  mutation FollowTopic($input: FollowTopicInput!) {\n    followTopic(input: $input) { topic { id viewerFollows } }\n  }\n": types.FollowTopicDocument,
    "\n  query SupportOperations($from: DateTime!, $to: DateTime!) {\n    slaFigures(from: $from, to: $to) { plan questions met breached metShare medianFirstResponseSeconds openNow breachedNow }\n    slaByDay(from: $from, to: $to) { day met breached }\n  }\n": types.SupportOperationsDocument,
    "\n  query TopIssues($from: DateTime!, $to: DateTime!, $orderBy: IssueOrder!) {\n    topIssues(from: $from, to: $to, orderBy: $orderBy, first: 10) { kind name customersAffected newTopics previousTopics meToo topTopics { id title } }\n  }\n": types.TopIssuesDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { user { id displayName role } }\n  }\n": types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) { user { id displayName role } }\n  }\n": types.LogInDocument,
    "\n  mutation LogOut {\n    logOut { loggedOut }\n  }\n": types.LogOutDocument,
    "\n  query Users($query: String, $after: String) {\n    users(first: 50, query: $query, after: $after) {\n      edges { node { id displayName email emailVerified isDeleted role plan reputation createdAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) { user { id role } }\n  }\n": types.ChangeUserRoleDocument,
    "\n  mutation ChangeUserPlan($input: ChangeUserPlanInput!) {\n    changeUserPlan(input: $input) { user { id plan } }\n  }\n": types.ChangeUserPlanDocument,
    "\n  query SupportSettings {\n    slaPolicies { plan firstResponseMinutes businessTime businessDays }\n    supportHours { timeZone opensAt closesAt workDays }\n    reputationSettings { answerUpvoted answerDownvoted answerAccepted answerOfficial questionMeToo expertThreshold }\n  }\n": types.SupportSettingsDocument,
    "\n  mutation UpdateSlaPolicy($input: UpdateSlaPolicyInput!) {\n    updateSlaPolicy(input: $input) { policy { plan firstResponseMinutes businessTime businessDays } }\n  }\n": types.UpdateSlaPolicyDocument,
    "\n  mutation UpdateSupportHours($input: UpdateSupportHoursInput!) {\n    updateSupportHours(input: $input) { supportHours { timeZone opensAt closesAt workDays } }\n  }\n": types.UpdateSupportHoursDocument,
    "\n  mutation UpdateReputationSettings($input: UpdateReputationSettingsInput!) {\n    updateReputationSettings(input: $input) { settings { answerUpvoted answerDownvoted answerAccepted answerOfficial questionMeToo expertThreshold } }\n  }\n": types.UpdateReputationSettingsDocument,
    "\n  mutation EditTopic($input: EditTopicInput!) {\n    editTopic(input: $input) { topic { id title body bodyHtml editedAt category { id slug name } tags { id name } } }\n  }\n": types.EditTopicDocument,
    "\n  mutation EditAnswer($input: EditAnswerInput!) {\n    editAnswer(input: $input) { answer { id body bodyHtml editedAt } }\n  }\n": types.EditAnswerDocument,
    "\n  query AnswerBody($id: ID!) {\n    node(id: $id) { ... on Answer { id body } }\n  }\n": types.AnswerBodyDocument,
    "\n  query Search($query: String!, $filter: SearchFilter, $after: String) {\n    search(query: $query, filter: $filter, first: 20, after: $after) {\n      totalHits\n      edges {\n        node {\n          titleHtml snippetHtml topicId status answerCount\n          category { name slug }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n      facets {\n        categories { value label count }\n        statuses { value label count }\n        tags { value label count }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query SimilarTopics($title: String!, $body: String) {\n    similarTopics(title: $title, body: $body, first: 5) {\n      titleHtml answerExcerpt topicId status answerCount\n    }\n  }\n": types.SimilarTopicsDocument,
    "\n  mutation RecordSignal($input: RecordSignalInput!) {\n    recordSignal(input: $input) { recorded }\n  }\n": types.RecordSignalDocument,
    "\n  query SupportStats($from: DateTime!, $to: DateTime!, $granularity: StatsGranularity) {\n    supportStats(from: $from, to: $to, granularity: $granularity) {\n      from to granularity\n      figures { ...DeflectionFiguresFields }\n      previousFigures { ...DeflectionFiguresFields }\n      series { start figures { ...DeflectionFiguresFields } }\n      contentGaps { query searches visitors averageHits clickThroughRate }\n      topSearches { query searches visitors averageHits clickThroughRate }\n      topDeflectingTopics { deflections topic { id title status } }\n      responseTimes {\n        medianSecondsToFirstAnswer medianSecondsToResolution\n        firstAnswerBuckets { label count }\n        firstAnswersByStaff firstAnswersByCommunity answersByStaff answersByCommunity\n      }\n      outcomes { resolved answered unanswered }\n      openUnanswered\n      oldestUnanswered { id title createdAt }\n      definitionsHtml\n    }\n  }\n  fragment DeflectionFiguresFields on DeflectionFigures {\n    sessions sessionsWithIntent deflected failed potential questionsPosted searches deflectionRate selfServiceScore\n  }\n": types.SupportStatsDocument,
    "\n  subscription SupportStatsChanged {\n    supportStatsChanged\n  }\n": types.SupportStatsChangedDocument,
    "\n  query DuplicateCandidates($query: String!) {\n    search(query: $query, first: 8) {\n      edges { node { topic { id title status answerCount category { name } } } }\n    }\n  }\n": types.DuplicateCandidatesDocument,
    "\n  query Revisions($id: ID!) {\n    node(id: $id) {\n      ... on Topic { revisions(first: 50) { ...RevisionFields } }\n      ... on Answer { revisions(first: 50) { ...RevisionFields } }\n    }\n  }\n  fragment RevisionFields on PostRevision {\n    id createdAt title body tags\n    editor { id displayName }\n    category { name }\n  }\n": types.RevisionsDocument,
    "\n  query Categories {\n    categories { id slug name }\n  }\n": types.CategoriesDocument,
    "\n  query Preview($markdown: String!) {\n    previewMarkdown(markdown: $markdown)\n  }\n": types.PreviewDocument,
    "\n  query MentionSuggestions($prefix: String!, $topicId: ID) {\n    mentionSuggestions(prefix: $prefix, topicId: $topicId, first: 6) { id displayName handle role }\n  }\n": types.MentionSuggestionsDocument,
    "\n  query Draft($topicId: ID) {\n    draft(topicId: $topicId) { topicId title body categoryId tags updatedAt }\n  }\n": types.DraftDocument,
    "\n  mutation SaveDraft($input: SaveDraftInput!) {\n    saveDraft(input: $input) { draft { updatedAt } }\n  }\n": types.SaveDraftDocument,
    "\n  mutation DiscardDraft($input: DiscardDraftInput!) {\n    discardDraft(input: $input) { discarded }\n  }\n": types.DiscardDraftDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences { kind enabled email }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { user { id displayName avatarUrl } }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) { accepted }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) { user { id } }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($input: EmailTokenInput!) {\n    verifyEmail(input: $input) { user { id } }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation ResendVerification {\n    resendVerification { email }\n  }\n": types.ResendVerificationDocument,
    "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input) { pendingEmail }\n  }\n": types.ChangeEmailDocument,
    "\n  mutation ConfirmEmailChange($input: EmailTokenInput!) {\n    confirmEmailChange(input: $input) { user { id email } }\n  }\n": types.ConfirmEmailChangeDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { endedSessions }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input) { deleted }\n  }\n": types.DeleteAccountDocument,
    "\n  mutation Unsubscribe($input: UnsubscribeInput!) {\n    unsubscribe(input: $input) { kinds }\n  }\n": types.UnsubscribeDocument,
    "\n  query MailLog($state: MailState) {\n    mailLog(first: 100, state: $state) { id to kind subject state attempts lastError createdAt sentAt }\n    caughtMail(first: 30) { id to subject receivedAt text links }\n  }\n": types.MailLogDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer { id displayName role email plan reputation emailVerified avatarUrl }\n  }\n"): typeof import('./graphql.js').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home($first: Int!, $after: String, $categoryId: ID, $tag: String, $filter: TopicFilter, $orderBy: TopicOrder) {\n    categories { id slug name description topicCount }\n    topics(first: $first, after: $after, categoryId: $categoryId, tag: $tag, filter: $filter, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          id title status answerCount meTooCount lastActivityAt createdAt\n          author { id displayName role }\n          category { id slug name }\n          tags { id name }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n      liveCursor\n    }\n  }\n"): typeof import('./graphql.js').HomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Feed($categoryId: ID, $after: String) {\n    feed(categoryId: $categoryId, after: $after) {\n      cursor kind topicId\n      topic {\n        id title status answerCount meTooCount lastActivityAt createdAt tags\n        author { id displayName role }\n        category { id slug name }\n      }\n    }\n  }\n"): typeof import('./graphql.js').FeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoryBySlug($slug: String!) {\n    category(slug: $slug) { id slug name description topicCount viewerFollows }\n  }\n"): typeof import('./graphql.js').CategoryBySlugDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PhrasingFields on Phrasing { id text source createdAt sourceTopic { id title } }\n"): typeof import('./graphql.js').PhrasingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePhrasing($input: RemovePhrasingInput!) {\n    removePhrasing(input: $input) { topic { id alternatePhrasings { ...PhrasingFields } } }\n  }\n"): typeof import('./graphql.js').RemovePhrasingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopicPage($id: ID!) {\n    topic(id: $id) {\n      id liveCursor title body bodyHtml status isLocked meTooCount answerCount createdAt lastActivityAt editedAt\n      viewerHasMeToo viewerCanEdit viewerCanAnswer viewerCanAccept viewerCanMarkOfficial viewerCanLock viewerCanMeToo\n      isHidden viewerCanFlag viewerHasFlagged viewerCanModerate viewerFollows\n      duplicateOf { id title status officialAnswer { bodyHtml } acceptedAnswer { bodyHtml } }\n      alternatePhrasings { ...PhrasingFields }\n      author { id displayName role }\n      category { id slug name }\n      tags { id name }\n      acceptedAnswer { id }\n      officialAnswer { id }\n      answers(first: 100) {\n        edges {\n          node {\n            id body bodyHtml score createdAt editedAt viewerVote viewerCanVote viewerCanEdit isHidden viewerCanFlag viewerHasFlagged\n            author { id displayName role }\n          }\n        }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): typeof import('./graphql.js').TopicPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TopicActivity($topicId: ID!, $after: String) {\n    topicActivity(topicId: $topicId, after: $after) {\n      cursor kind answerId\n      topic { id title bodyHtml status isLocked meTooCount answerCount acceptedAnswerId officialAnswerId isHidden duplicateOfId }\n      answer { id bodyHtml score createdAt isHidden author { id displayName role } }\n    }\n  }\n"): typeof import('./graphql.js').TopicActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Typing($topicId: ID!) {\n    typing(topicId: $topicId) { user { id displayName } }\n  }\n"): typeof import('./graphql.js').TypingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTyping($input: TopicIdInput!) {\n    sendTypingIndicator(input: $input) { sent }\n  }\n"): typeof import('./graphql.js').SendTypingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) { topic { id } }\n  }\n"): typeof import('./graphql.js').AskQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostAnswer($input: PostAnswerInput!) {\n    postAnswer(input: $input) {\n      answer { id body bodyHtml score createdAt editedAt viewerVote viewerCanVote viewerCanEdit author { id displayName role } }\n    }\n  }\n"): typeof import('./graphql.js').PostAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Vote($input: VoteOnAnswerInput!) {\n    voteOnAnswer(input: $input) { answer { id score viewerVote } }\n  }\n"): typeof import('./graphql.js').VoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeToo($input: SetMeTooInput!) {\n    setMeToo(input: $input) { topic { id meTooCount viewerHasMeToo } }\n  }\n"): typeof import('./graphql.js').MeTooDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Accept($input: AnswerIdInput!) {\n    acceptAnswer(input: $input) { topic { id status } }\n  }\n"): typeof import('./graphql.js').AcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unaccept($input: TopicIdInput!) {\n    unacceptAnswer(input: $input) { topic { id status } }\n  }\n"): typeof import('./graphql.js').UnacceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Official($input: AnswerIdInput!) {\n    markAnswerAsOfficial(input: $input) { topic { id status } }\n  }\n"): typeof import('./graphql.js').OfficialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unofficial($input: TopicIdInput!) {\n    unmarkOfficialAnswer(input: $input) { topic { id status } }\n  }\n"): typeof import('./graphql.js').UnofficialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Lock($input: TopicIdInput!) {\n    lockTopic(input: $input) { topic { id status isLocked } }\n  }\n"): typeof import('./graphql.js').LockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unlock($input: TopicIdInput!) {\n    unlockTopic(input: $input) { topic { id status isLocked } }\n  }\n"): typeof import('./graphql.js').UnlockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlagPost($input: FlagPostInput!) {\n    flagPost(input: $input) { flag { id status } }\n  }\n"): typeof import('./graphql.js').FlagPostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPostHidden($input: SetPostHiddenInput!) {\n    setPostHidden(input: $input) { topic { id isHidden answerCount status } answer { id isHidden } }\n  }\n"): typeof import('./graphql.js').SetPostHiddenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissFlags($input: DismissFlagsInput!) {\n    dismissFlags(input: $input) { dismissed }\n  }\n"): typeof import('./graphql.js').DismissFlagsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseAsDuplicate($input: CloseAsDuplicateInput!) {\n    closeAsDuplicate(input: $input) { topic { id } original { id } }\n  }\n"): typeof import('./graphql.js').CloseAsDuplicateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Moderation {\n    flagQueue(first: 100) {\n      totalCount liveCursor\n      items {\n        firstFlaggedAt\n        topic { id title isHidden }\n        answer { id bodyHtml isHidden author { id displayName } }\n        flags { id reason note createdAt reporter { id displayName } }\n      }\n    }\n    moderationLog(first: 50) {\n      id action reason details createdAt\n      actor { id displayName }\n      topic { id title }\n    }\n  }\n"): typeof import('./graphql.js').ModerationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlaQueue {\n    slaQueue(first: 100) {\n      liveCursor openCount breachedCount\n      items {\n        plan dueAt targetMinutes businessTime claimedAt\n        claimedBy { id displayName }\n        topic { id title createdAt answerCount author { id displayName } category { id name } }\n      }\n    }\n    slaFigures { plan questions met breached metShare medianFirstResponseSeconds openNow breachedNow }\n  }\n"): typeof import('./graphql.js').SlaQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StaffFeed($after: String) {\n    feed(after: $after) { cursor kind }\n  }\n"): typeof import('./graphql.js').StaffFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimTopic($input: TopicIdInput!) {\n    claimTopic(input: $input) { topic { id claimedBy { id displayName } } }\n  }\n"): typeof import('./graphql.js').ClaimTopicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnclaimTopic($input: TopicIdInput!) {\n    unclaimTopic(input: $input) { topic { id claimedBy { id displayName } } }\n  }\n"): typeof import('./graphql.js').UnclaimTopicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Profile($id: ID!) {\n    userProfile(id: $id) {\n      user { id displayName role reputation createdAt avatarUrl }\n      answerCount acceptedCount questionCount\n      reputationHistory(first: 20) { id points reason createdAt topic { id title } }\n      recentAnswers(first: 10) { id bodyHtml score createdAt topic { id title } }\n    }\n    viewer { id role }\n  }\n"): typeof import('./graphql.js').ProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Leaderboard($period: LeaderboardPeriod!) {\n    leaderboard(period: $period, first: 25) { points acceptedAnswers user { id displayName role reputation } }\n  }\n"): typeof import('./graphql.js').LeaderboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetExpert($input: SetExpertInput!) {\n    setExpert(input: $input) { user { id role } }\n  }\n"): typeof import('./graphql.js').SetExpertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications {\n    notifications(first: 15) { id kind read createdAt topic { id title } actor { id displayName } }\n  }\n"): typeof import('./graphql.js').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription UnreadCount {\n    unreadNotificationCount\n  }\n"): typeof import('./graphql.js').UnreadCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) { unreadCount }\n  }\n"): typeof import('./graphql.js').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) { preferences { kind enabled email } }\n  }\n"): typeof import('./graphql.js').SetNotificationPreferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowCategory($input: FollowCategoryInput!) {\n    followCategory(input: $input) { category { id viewerFollows } }\n  }\n"): typeof import('./graphql.js').FollowCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowTopic($input: FollowTopicInput!) {\n    followTopic(input: $input) { topic { id viewerFollows } }\n  }\n"): typeof import('./graphql.js').FollowTopicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportOperations($from: DateTime!, $to: DateTime!) {\n    slaFigures(from: $from, to: $to) { plan questions met breached metShare medianFirstResponseSeconds openNow breachedNow }\n    slaByDay(from: $from, to: $to) { day met breached }\n  }\n"): typeof import('./graphql.js').SupportOperationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopIssues($from: DateTime!, $to: DateTime!, $orderBy: IssueOrder!) {\n    topIssues(from: $from, to: $to, orderBy: $orderBy, first: 10) { kind name customersAffected newTopics previousTopics meToo topTopics { id title } }\n  }\n"): typeof import('./graphql.js').TopIssuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) { user { id displayName role } }\n  }\n"): typeof import('./graphql.js').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) { user { id displayName role } }\n  }\n"): typeof import('./graphql.js').LogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut { loggedOut }\n  }\n"): typeof import('./graphql.js').LogOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($query: String, $after: String) {\n    users(first: 50, query: $query, after: $after) {\n      edges { node { id displayName email emailVerified isDeleted role plan reputation createdAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql.js').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeUserRole($input: ChangeUserRoleInput!) {\n    changeUserRole(input: $input) { user { id role } }\n  }\n"): typeof import('./graphql.js').ChangeUserRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeUserPlan($input: ChangeUserPlanInput!) {\n    changeUserPlan(input: $input) { user { id plan } }\n  }\n"): typeof import('./graphql.js').ChangeUserPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportSettings {\n    slaPolicies { plan firstResponseMinutes businessTime businessDays }\n    supportHours { timeZone opensAt closesAt workDays }\n    reputationSettings { answerUpvoted answerDownvoted answerAccepted answerOfficial questionMeToo expertThreshold }\n  }\n"): typeof import('./graphql.js').SupportSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSlaPolicy($input: UpdateSlaPolicyInput!) {\n    updateSlaPolicy(input: $input) { policy { plan firstResponseMinutes businessTime businessDays } }\n  }\n"): typeof import('./graphql.js').UpdateSlaPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSupportHours($input: UpdateSupportHoursInput!) {\n    updateSupportHours(input: $input) { supportHours { timeZone opensAt closesAt workDays } }\n  }\n"): typeof import('./graphql.js').UpdateSupportHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReputationSettings($input: UpdateReputationSettingsInput!) {\n    updateReputationSettings(input: $input) { settings { answerUpvoted answerDownvoted answerAccepted answerOfficial questionMeToo expertThreshold } }\n  }\n"): typeof import('./graphql.js').UpdateReputationSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditTopic($input: EditTopicInput!) {\n    editTopic(input: $input) { topic { id title body bodyHtml editedAt category { id slug name } tags { id name } } }\n  }\n"): typeof import('./graphql.js').EditTopicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditAnswer($input: EditAnswerInput!) {\n    editAnswer(input: $input) { answer { id body bodyHtml editedAt } }\n  }\n"): typeof import('./graphql.js').EditAnswerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnswerBody($id: ID!) {\n    node(id: $id) { ... on Answer { id body } }\n  }\n"): typeof import('./graphql.js').AnswerBodyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $filter: SearchFilter, $after: String) {\n    search(query: $query, filter: $filter, first: 20, after: $after) {\n      totalHits\n      edges {\n        node {\n          titleHtml snippetHtml topicId status answerCount\n          category { name slug }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n      facets {\n        categories { value label count }\n        statuses { value label count }\n        tags { value label count }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarTopics($title: String!, $body: String) {\n    similarTopics(title: $title, body: $body, first: 5) {\n      titleHtml answerExcerpt topicId status answerCount\n    }\n  }\n"): typeof import('./graphql.js').SimilarTopicsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSignal($input: RecordSignalInput!) {\n    recordSignal(input: $input) { recorded }\n  }\n"): typeof import('./graphql.js').RecordSignalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportStats($from: DateTime!, $to: DateTime!, $granularity: StatsGranularity) {\n    supportStats(from: $from, to: $to, granularity: $granularity) {\n      from to granularity\n      figures { ...DeflectionFiguresFields }\n      previousFigures { ...DeflectionFiguresFields }\n      series { start figures { ...DeflectionFiguresFields } }\n      contentGaps { query searches visitors averageHits clickThroughRate }\n      topSearches { query searches visitors averageHits clickThroughRate }\n      topDeflectingTopics { deflections topic { id title status } }\n      responseTimes {\n        medianSecondsToFirstAnswer medianSecondsToResolution\n        firstAnswerBuckets { label count }\n        firstAnswersByStaff firstAnswersByCommunity answersByStaff answersByCommunity\n      }\n      outcomes { resolved answered unanswered }\n      openUnanswered\n      oldestUnanswered { id title createdAt }\n      definitionsHtml\n    }\n  }\n  fragment DeflectionFiguresFields on DeflectionFigures {\n    sessions sessionsWithIntent deflected failed potential questionsPosted searches deflectionRate selfServiceScore\n  }\n"): typeof import('./graphql.js').SupportStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SupportStatsChanged {\n    supportStatsChanged\n  }\n"): typeof import('./graphql.js').SupportStatsChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuplicateCandidates($query: String!) {\n    search(query: $query, first: 8) {\n      edges { node { topic { id title status answerCount category { name } } } }\n    }\n  }\n"): typeof import('./graphql.js').DuplicateCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Revisions($id: ID!) {\n    node(id: $id) {\n      ... on Topic { revisions(first: 50) { ...RevisionFields } }\n      ... on Answer { revisions(first: 50) { ...RevisionFields } }\n    }\n  }\n  fragment RevisionFields on PostRevision {\n    id createdAt title body tags\n    editor { id displayName }\n    category { name }\n  }\n"): typeof import('./graphql.js').RevisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Categories {\n    categories { id slug name }\n  }\n"): typeof import('./graphql.js').CategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Preview($markdown: String!) {\n    previewMarkdown(markdown: $markdown)\n  }\n"): typeof import('./graphql.js').PreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionSuggestions($prefix: String!, $topicId: ID) {\n    mentionSuggestions(prefix: $prefix, topicId: $topicId, first: 6) { id displayName handle role }\n  }\n"): typeof import('./graphql.js').MentionSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Draft($topicId: ID) {\n    draft(topicId: $topicId) { topicId title body categoryId tags updatedAt }\n  }\n"): typeof import('./graphql.js').DraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDraft($input: SaveDraftInput!) {\n    saveDraft(input: $input) { draft { updatedAt } }\n  }\n"): typeof import('./graphql.js').SaveDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardDraft($input: DiscardDraftInput!) {\n    discardDraft(input: $input) { discarded }\n  }\n"): typeof import('./graphql.js').DiscardDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences { kind enabled email }\n  }\n"): typeof import('./graphql.js').NotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) { user { id displayName avatarUrl } }\n  }\n"): typeof import('./graphql.js').UpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) { accepted }\n  }\n"): typeof import('./graphql.js').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) { user { id } }\n  }\n"): typeof import('./graphql.js').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($input: EmailTokenInput!) {\n    verifyEmail(input: $input) { user { id } }\n  }\n"): typeof import('./graphql.js').VerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerification {\n    resendVerification { email }\n  }\n"): typeof import('./graphql.js').ResendVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input) { pendingEmail }\n  }\n"): typeof import('./graphql.js').ChangeEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmailChange($input: EmailTokenInput!) {\n    confirmEmailChange(input: $input) { user { id email } }\n  }\n"): typeof import('./graphql.js').ConfirmEmailChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) { endedSessions }\n  }\n"): typeof import('./graphql.js').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input) { deleted }\n  }\n"): typeof import('./graphql.js').DeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unsubscribe($input: UnsubscribeInput!) {\n    unsubscribe(input: $input) { kinds }\n  }\n"): typeof import('./graphql.js').UnsubscribeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailLog($state: MailState) {\n    mailLog(first: 100, state: $state) { id to kind subject state attempts lastError createdAt sentAt }\n    caughtMail(first: 30) { id to subject receivedAt text links }\n  }\n"): typeof import('./graphql.js').MailLogDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
