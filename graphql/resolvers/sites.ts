import { listSites, upsertSite, type SiteRecord, type UserRecord } from '../../engine/index.ts';
import type { GraphQLContext } from '../context.ts';
import type { MutationResolvers, QueryResolvers, Resolvers, SiteResolvers } from '../generated/resolvers-types.ts';
import { actorOf } from './guard.ts';

/** Loads sites by id, in the given order, leaving out unknown ones. */
async function sitesByIds(ctx: GraphQLContext, ids: readonly string[]): Promise<SiteRecord[]> {
  return (await ctx.loaders.sites.loadMany(ids)).filter((s): s is SiteRecord => Boolean(s) && !(s instanceof Error));
}

const siteOf = (ctx: GraphQLContext, id: string | null) => (id ? ctx.loaders.sites.load(id) : null);

const siteQueries: QueryResolvers = {
  sites: (_p, _a, ctx) => {
    actorOf(ctx);
    return listSites(ctx.engine);
  },
};

const siteMutations: MutationResolvers = {
  upsertSite: (_p, { input }, ctx) => upsertSite(ctx.engine, actorOf(ctx), input),
};

const Site: SiteResolvers = {
  supervisors: async (s, _a, ctx) => {
    const ids = await ctx.loaders.siteSupervisors.load(s.id);
    return (await ctx.loaders.users.loadMany(ids)).filter((u): u is UserRecord => Boolean(u) && !(u instanceof Error));
  },
};

/** graphql/schema/sites.graphql: sites, and the site of users, agents, queues and tasks. */
export const siteResolvers: Resolvers = {
  Query: siteQueries,
  Mutation: siteMutations,
  Site,
  User: {
    site: (u, _a, ctx) => siteOf(ctx, u.siteId),
    supervisedSites: async (u, _a, ctx) => sitesByIds(ctx, await ctx.loaders.supervisedSites.load(u.id)),
  },
  Agent: { site: (a, _a, ctx) => siteOf(ctx, a.siteId) },
  Queue: {
    site: (q, _a, ctx) => siteOf(ctx, q.siteId),
    businessHoursSla: (q) => q.businessHoursSla,
  },
  Task: { site: (t, _a, ctx) => siteOf(ctx, t.siteId) },
};
