import {
  eraseCustomer,
  getIntakeFormVersions,
  mergeCustomers,
  mergesInto,
  searchCustomers,
} from '../../engine/index.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { actorOf } from './guard.ts';

/** graphql/schema/customers.graphql: customer search, merge and erasure, intake form versions. */
export const customerResolvers: Resolvers = {
  Query: {
    customers: (_p, { search, first }, ctx) => searchCustomers(ctx.engine, actorOf(ctx), search, first),
  },
  Mutation: {
    mergeCustomers: (_p, { sourceId, targetId }, ctx) => mergeCustomers(ctx.engine, actorOf(ctx), sourceId, targetId),
    eraseCustomer: (_p, { id }, ctx) => eraseCustomer(ctx.engine, actorOf(ctx), id),
  },
  Customer: {
    mergedInto: (c) => c.mergedInto ?? null,
    merges: (c, _a, ctx) => mergesInto(ctx.engine, c.id),
    erasedAt: (c) => c.erasedAt ?? null,
  },
  CustomerMerge: {
    sourceName: (m) => m.source.name,
    sourceEmail: (m) => m.source.email,
    sourcePhone: (m) => m.source.phone,
    actor: (m, _a, ctx) => ctx.loaders.users.load(m.actorId),
  },
  IntakeForm: {
    versions: (f, _a, ctx) => getIntakeFormVersions(ctx.engine, f.formKey),
  },
  IntakeFormVersion: {
    actor: (v, _a, ctx) => (v.actorId ? ctx.loaders.users.load(v.actorId) : null),
  },
};
