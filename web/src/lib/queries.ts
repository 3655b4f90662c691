import { action, query, redirect, reload } from '@solidjs/router';
import {
  CategoriesQuery,
  CategoryQuery,
  ChangeUserPlanMutation,
  ChangeUserRoleMutation,
  HomeQuery,
  LogInMutation,
  LogOutMutation,
  ModerationQuery,
  SlaQueueQuery,
  SupportSettingsQuery,
  SupportStatsQuery,
  ProfileQuery,
  LeaderboardQuery,
  SignUpMutation,
  TopicQuery,
  UsersQuery,
  ViewerQuery,
  ResetPasswordMutation,
  DeleteAccountMutation,
  NotificationPreferencesQuery,
} from '../graphql/documents.js';
import type { LeaderboardPeriod, Plan, Role, TopicFilter, TopicOrder } from '../graphql/generated/graphql.js';
import { resetLiveConnection } from './live.js';
import { request } from './api.js';
import type { StatsRange } from './stats-range.js';

/** Keyed fetchers: routes warm them in `preload`, pages read them with createAsync. */
export const getViewer = query(async () => (await request(ViewerQuery)).viewer, 'viewer');

export const TOPICS_PAGE = 30;
export interface ListOptions {
  categoryId: string | null;
  tag: string | null;
  filter: TopicFilter;
  orderBy: TopicOrder;
}
export const getHome = query((options: ListOptions) => request(HomeQuery, { first: TOPICS_PAGE, after: null, ...options }), 'home');
export const getCategories = query(async () => (await request(CategoriesQuery)).categories, 'categories');
export const getCategory = query(async (slug: string) => (await request(CategoryQuery, { slug })).category, 'category');
export const getTopic = query(async (id: string) => (await request(TopicQuery, { id })).topic, 'topic');
export const getProfile = query((id: string) => request(ProfileQuery, { id }), 'profile');
export const getLeaderboard = query(async (period: LeaderboardPeriod) => (await request(LeaderboardQuery, { period })).leaderboard, 'leaderboard');
export const getSlaQueue = query(() => request(SlaQueueQuery), 'slaQueue');
export const getModeration = query(() => request(ModerationQuery), 'moderation');
export const fetchSupportStats = async (r: StatsRange) =>
  (await request(SupportStatsQuery, { from: `${r.from}T00:00:00Z`, to: `${r.to}T00:00:00Z`, granularity: r.granularity })).supportStats;
export const getSupportStats = query(fetchSupportStats, 'supportStats');
export const getSupportSettings = query(() => request(SupportSettingsQuery), 'supportSettings');
export const getUsers = query(async (search: string) => (await request(UsersQuery, { query: search || null })).users, 'users');

export const signUp = action(async (input: { email: string; password: string; displayName: string; next: string }) => {
  const { next, ...fields } = input;
  await request(SignUpMutation, { input: fields });
  resetLiveConnection();
  throw redirect(next || '/', { revalidate: getViewer.key });
}, 'signUp');

export const logIn = action(async (input: { email: string; password: string; next: string }) => {
  await request(LogInMutation, { input: { email: input.email, password: input.password } });
  resetLiveConnection();
  throw redirect(input.next || '/', { revalidate: getViewer.key });
}, 'logIn');

export const getNotificationPreferences = query(async () => (await request(NotificationPreferencesQuery)).notificationPreferences, 'notificationPreferences');

/** A new password from an emailed link: this browser is signed in, every other session has ended. */
export const resetPassword = action(async (input: { token: string; password: string }) => {
  await request(ResetPasswordMutation, { input });
  resetLiveConnection();
  throw redirect('/settings?reset=1', { revalidate: getViewer.key });
}, 'resetPassword');

export const deleteAccount = action(async (password: string) => {
  await request(DeleteAccountMutation, { input: { password } });
  resetLiveConnection();
  throw redirect('/?deleted=1', { revalidate: getViewer.key });
}, 'deleteAccount');

export const logOut = action(async () => {
  await request(LogOutMutation);
  resetLiveConnection();
  throw redirect('/', { revalidate: getViewer.key });
}, 'logOut');

export const changeUserRole = action(async (userId: string, role: Role) => {
  await request(ChangeUserRoleMutation, { input: { userId, role } });
  throw reload({ revalidate: getUsers.key });
}, 'changeUserRole');

export const changeUserPlan = action(async (userId: string, plan: Plan) => {
  await request(ChangeUserPlanMutation, { input: { userId, plan } });
  throw reload({ revalidate: getUsers.key });
}, 'changeUserPlan');
