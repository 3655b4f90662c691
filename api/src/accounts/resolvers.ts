import { isStaff } from './user.entity.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { Resolvers } from '../graphql/generated/resolvers-types.js';
import { idOf, toGlobalId } from '../graphql/ids.js';
import { decodeCursor, encodeCursor, pageSize, toConnection } from '../graphql/pagination.js';
import { badInput } from '../errors.js';
import * as accounts from './accounts.service.js';
import * as accountEmail from './account-email.service.js';
import * as settings from './settings.service.js';

/**
 * Signs in over HTTP: sets the session cookie, and makes the new user the viewer for the rest of
 * this response (so the payload shows their own email). A WebSocket cannot set cookies.
 */
async function startSession(ctx: GraphQLContext, action: string, signIn: () => Promise<accounts.SignedIn>) {
  const cookie = ctx.sessionCookie;
  if (!cookie) throw badInput(`${action} over HTTP: a WebSocket cannot set the session cookie.`);
  const signedIn = await signIn();
  cookie.set(signedIn.token, signedIn.expiresAt);
  ctx.viewer = signedIn.user;
  return { user: signedIn.user };
}

const isIdCursor = (v: unknown[]): v is [number] => v.length === 1 && Number.isSafeInteger(v[0]);

export const accountsResolvers: Resolvers = {
  Query: {
    viewer: (_parent, _args, ctx) => ctx.viewer,
    users: async (_parent, args, ctx) => {
      const size = pageSize(args.first);
      const afterId = args.after ? decodeCursor(args.after, isIdCursor)[0] : null;
      const rows = await accounts.listUsers(ctx, { limit: size + 1, afterId, query: args.query ?? null });
      return toConnection(rows, size, (u) => encodeCursor([u.id]), afterId !== null);
    },
  },
  Mutation: {
    signUp: (_parent, { input }, ctx) => startSession(ctx, 'Sign up', () => accounts.signUp(ctx, input)),
    logIn: (_parent, { input }, ctx) => startSession(ctx, 'Log in', () => accounts.logIn(ctx, input)),
    logOut: async (_parent, _args, ctx) => {
      await accounts.logOut(ctx, ctx.sessionTokenHash);
      ctx.sessionCookie?.clear();
      return { loggedOut: true };
    },
    changeUserRole: async (_parent, { input }, ctx) => ({
      user: await accounts.changeUserRole(ctx, idOf('User', input.userId, 'userId'), input.role),
    }),
    updateProfile: async (_parent, { input }, ctx) => ({ user: await settings.updateProfile(ctx, input) }),
    requestPasswordReset: async (_parent, { input }, ctx) => {
      await accountEmail.requestPasswordReset(ctx, input);
      return { accepted: true };
    },
    resetPassword: (_parent, { input }, ctx) => startSession(ctx, 'Reset the password', () => accountEmail.resetPassword(ctx, input)),
    verifyEmail: async (_parent, { input }, ctx) => ({ user: await accountEmail.verifyEmail(ctx, input) }),
    resendVerification: async (_parent, _args, ctx) => ({ email: await accountEmail.resendVerification(ctx) }),
    changeEmail: async (_parent, { input }, ctx) => ({ pendingEmail: await accountEmail.changeEmail(ctx, input) }),
    confirmEmailChange: async (_parent, { input }, ctx) => ({ user: await accountEmail.confirmEmailChange(ctx, input) }),
    changePassword: (_parent, { input }, ctx) => settings.changePassword(ctx, input, ctx.sessionTokenHash),
    deleteAccount: async (_parent, { input }, ctx) => {
      await settings.deleteAccount(ctx, input);
      ctx.sessionCookie?.clear();
      return { deleted: true };
    },
  },
  User: {
    id: (user) => toGlobalId('User', user.id),
    email: (user, _args, ctx) => (ctx.viewer && (ctx.viewer.id === user.id || ctx.viewer.role === 'admin') ? user.email : null),
    plan: (user, _args, ctx) => (ctx.viewer && (ctx.viewer.id === user.id || isStaff(ctx.viewer)) ? user.plan : null),
    emailVerified: (user, _args, ctx) => (ctx.viewer && (ctx.viewer.id === user.id || ctx.viewer.role === 'admin') ? user.emailVerifiedAt !== null : null),
    isDeleted: (user) => user.deletedAt !== null,
  },
};
