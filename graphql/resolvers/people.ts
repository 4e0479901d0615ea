import {
  auditLog,
  createGroup,
  createUser,
  deactivateUser,
  deleteGroup,
  groups,
  setGroupMembers,
  setUserRoles,
  updateGroup,
  updateUser,
  users,
  type UserRecord,
} from '../../engine/index.ts';
import type { GraphQLContext } from '../context.ts';
import type {
  AuditEntryResolvers,
  GroupResolvers,
  MutationResolvers,
  QueryResolvers,
  Resolvers,
} from '../generated/resolvers-types.ts';
import { connection, pageWindow } from '../pagination.ts';
import { actorOf } from './guard.ts';

/** Users, groups and the audit trail. */
const peopleQueries: QueryResolvers = {
  users: async (_p, { filter, first, after }, ctx) => {
    const page = pageWindow(first, after);
    const { rows, total } = await users(ctx.engine, actorOf(ctx), filter ?? {}, page);
    return connection(rows, total, page.offset);
  },
  groups: (_p, _a, ctx) => {
    actorOf(ctx);
    return groups(ctx.engine);
  },
  auditLog: async (_p, { filter, first, after }, ctx) => {
    const page = pageWindow(first, after);
    const { rows, total } = await auditLog(ctx.engine, actorOf(ctx), filter ?? {}, page);
    return connection(rows, total, page.offset);
  },
};

/** Ends the open subscriptions of tokens a change revoked (deactivation). */
async function afterAccessChange<T>(ctx: GraphQLContext, done: Promise<T>): Promise<T> {
  const result = await done;
  await ctx.sessions.check();
  return result;
}

const peopleMutations: MutationResolvers = {
  createUser: (_p, { input }, ctx) => createUser(ctx.engine, actorOf(ctx), input),
  updateUser: (_p, { input }, ctx) => afterAccessChange(ctx, updateUser(ctx.engine, actorOf(ctx), input)),
  setUserRoles: (_p, { userId, roles }, ctx) => setUserRoles(ctx.engine, actorOf(ctx), userId, roles),
  deactivateUser: (_p, { userId }, ctx) => afterAccessChange(ctx, deactivateUser(ctx.engine, actorOf(ctx), userId)),
  createGroup: (_p, { input }, ctx) => createGroup(ctx.engine, actorOf(ctx), input),
  updateGroup: (_p, { input }, ctx) => updateGroup(ctx.engine, actorOf(ctx), input),
  setGroupMembers: (_p, { id, members }, ctx) => setGroupMembers(ctx.engine, actorOf(ctx), id, members),
  deleteGroup: (_p, { id }, ctx) => deleteGroup(ctx.engine, actorOf(ctx), id),
};

const Group: GroupResolvers = {
  members: async (g, _a, ctx) => {
    const ids = await ctx.loaders.groupMembers.load(g.id);
    return (await ctx.loaders.users.loadMany(ids)).filter((u): u is UserRecord => Boolean(u) && !(u instanceof Error));
  },
};

const AuditEntry: AuditEntryResolvers = {
  id: (e) => String(e.id),
  actor: (e, _a, ctx) => (e.actorId ? ctx.loaders.users.load(e.actorId) : null),
};

/** graphql/schema/people.graphql: users, groups and the audit trail. */
export const peopleResolvers: Resolvers = {
  Query: peopleQueries,
  Mutation: peopleMutations,
  User: {},
  Group,
  AuditEntry,
};
