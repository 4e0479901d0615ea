import { GraphQLScalarType } from 'graphql';
import type { GraphQLContext } from '../context.ts';
import type { MutationResolvers, Resolvers } from '../generated/resolvers-types.ts';
import { forgetLoaded } from '../loaders.ts';
import { callbackResolvers } from './callbacks.ts';
import { chatResolvers } from './chat.ts';
import { clusterResolvers } from './cluster.ts';
import { customerResolvers } from './customers.ts';
import { definitionResolvers } from './definitions.ts';
import { deskResolvers } from './desk.ts';
import { desktopResolvers } from './desktop.ts';
import { externalTaskResolvers } from './external-tasks.ts';
import { formResolvers } from './forms.ts';
import { historyResolvers } from './history.ts';
import { instanceResolvers } from './instances.ts';
import { interactionResolvers } from './interactions.ts';
import { messageResolvers } from './messages.ts';
import { peopleResolvers } from './people.ts';
import { processReportResolvers } from './process-report.ts';
import { reportResolvers } from './reports.ts';
import { rootResolvers } from './root.ts';
import { routingResolvers } from './routing.ts';
import { sessionResolvers } from './sessions.ts';
import { simulationResolvers } from './simulation.ts';
import { siteResolvers } from './sites.ts';
import { staffingResolvers } from './staffing.ts';
import { planningResolvers } from './planning.ts';
import { taskResolvers } from './tasks.ts';

// One module per file of graphql/schema/, named alike; each resolves the fields its file declares.
const modules: Resolvers[] = [
  rootResolvers,
  callbackResolvers,
  chatResolvers,
  clusterResolvers,
  customerResolvers,
  definitionResolvers,
  deskResolvers,
  desktopResolvers,
  externalTaskResolvers,
  formResolvers,
  historyResolvers,
  instanceResolvers,
  interactionResolvers,
  messageResolvers,
  peopleResolvers,
  processReportResolvers,
  reportResolvers,
  routingResolvers,
  sessionResolvers,
  simulationResolvers,
  siteResolvers,
  staffingResolvers,
  planningResolvers,
  taskResolvers,
];

type Fields = Record<string, unknown>;

/** The modules as one map; a field resolved by two modules is a mistake, refused at start. */
function merge(parts: Resolvers[]): Resolvers {
  const merged: Record<string, Fields | GraphQLScalarType> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part as Record<string, Fields | GraphQLScalarType>)) {
      const into = merged[type];
      if (fields instanceof GraphQLScalarType || into instanceof GraphQLScalarType) {
        if (into) throw new Error(`scalar ${type} is resolved twice`);
        merged[type] = fields;
        continue;
      }
      for (const field of Object.keys(fields))
        if (into && field in into) throw new Error(`${type}.${field} is resolved twice`);
      merged[type] = { ...into, ...fields };
    }
  }
  return merged as Resolvers;
}

type Resolve = (parent: unknown, args: unknown, ctx: GraphQLContext, info: unknown) => unknown;

/** Each mutation starts with empty loaders, so it and its result see what earlier mutations changed. */
function withFreshLoaders(mutations: MutationResolvers): MutationResolvers {
  const wrap =
    (resolve: Resolve): Resolve =>
    (parent, args, ctx, info) => {
      forgetLoaded(ctx.loaders);
      return resolve(parent, args, ctx, info);
    };
  return Object.fromEntries(
    Object.entries(mutations).map(([name, resolve]) => [name, wrap(resolve as Resolve)]),
  ) as MutationResolvers;
}

const merged = merge(modules);

/** Every resolver of the schema. */
export const resolvers: Resolvers = { ...merged, Mutation: withFreshLoaders(merged.Mutation ?? {}) };
