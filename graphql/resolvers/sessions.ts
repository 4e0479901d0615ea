import {
  changePassword,
  LOGIN_PATH,
  redeemSignInCode,
  resetPassword,
  revokeTokens,
  signIn,
  signOut,
  UnauthenticatedError,
  type Session,
} from '../../engine/index.ts';
import type { GraphQLContext } from '../context.ts';
import type { MutationResolvers, Resolvers } from '../generated/resolvers-types.ts';
import { actorOf } from './guard.ts';

/**
 * The caller's session, also when its token may only change the password. The actor is the caller's
 * (X-Act-As included), so the engine can refuse changing a password for someone else.
 */
function sessionOf(ctx: GraphQLContext): Session {
  const { session, actor, error } = ctx.caller;
  if (!session) throw error ?? new UnauthenticatedError();
  return actor ? { ...session, actor } : session;
}

/** Sign-in, sign-out, passwords and tokens. */
const sessionMutations: MutationResolvers = {
  signIn: (_p, { userId, password }, ctx) => signIn(ctx.engine, userId, password, ctx.clientAddress),
  redeemSignInCode: (_p, { code }, ctx) => redeemSignInCode(ctx.engine, code),
  signOut: async (_p, _a, ctx) => {
    const done = await signOut(ctx.engine, sessionOf(ctx));
    await ctx.sessions.check();
    return done;
  },
  changePassword: async (_p, { oldPassword, newPassword }, ctx) => {
    const done = await changePassword(ctx.engine, sessionOf(ctx), oldPassword, newPassword, ctx.clientAddress);
    await ctx.sessions.check();
    return done;
  },
  revokeTokens: async (_p, { userId }, ctx) => {
    const revoked = await revokeTokens(ctx.engine, actorOf(ctx), userId);
    await ctx.sessions.check();
    return revoked;
  },
  resetPassword: async (_p, { userId }, ctx) => {
    const oneTime = await resetPassword(ctx.engine, actorOf(ctx), userId);
    await ctx.sessions.check();
    return oneTime;
  },
};

/** graphql/schema/sessions.graphql: who is signed in. */
export const sessionResolvers: Resolvers = {
  Query: {
    me: async (_p, _a, ctx) => {
      const user = await ctx.loaders.users.load(actorOf(ctx).userId);
      // authenticate() found the user a moment ago; it can only be gone if deleted in between.
      if (!user) throw new UnauthenticatedError('the signed-in user no longer exists');
      return user;
    },
    signInOptions: (_p, _a, ctx) => {
      const { localPasswords, ssoProviderName } = ctx.engine.options.sessions;
      return {
        localPasswords,
        singleSignOn: ssoProviderName === null ? null : { providerName: ssoProviderName, loginPath: LOGIN_PATH },
      };
    },
  },
  Mutation: sessionMutations,
};
