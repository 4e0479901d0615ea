import type { GraphQLContext } from '../context.ts';
import type { MutationResolvers, Resolvers } from '../generated/resolvers-types.ts';
import { forgetLoaded } from '../loaders.ts';
import { Callback, callbackMutations, Consultation, taskCallbackFields } from './callbacks.ts';
import { ExternalTask, externalMutations, externalQueries, Incident } from './external.ts';
import {
  ClassificationRule,
  IntakeForm,
  IntakeFormVersion,
  ClassificationRuleVersion,
  Customer,
  CustomerMerge,
  customerMutations,
  customerQueries,
  Interaction,
  interactionMutations,
  interactionQueries,
  taskInteractionFields,
} from './interactions.ts';
import { Mutation } from './mutation.ts';
import { Query } from './query.ts';
import { DateTimeScalar, JSONScalar } from './scalars.ts';
import { sessionMutations } from './sessions.ts';
import { AuditEntry, Group, peopleMutations, peopleQueries } from './people.ts';
import { staffingQueries } from './staffing.ts';
import { simulationMutations, simulationQueries } from './simulation.ts';
import { Subscription } from './subscription.ts';
import { historyDataFields, instanceDataFields, taskDataFields } from './customer-data.ts';
import { formMutations, formQueries, TaskForm } from './forms.ts';
import {
  Agent,
  Queue,
  Reservation,
  routingMutations,
  routingQueries,
  routingSubscriptions,
  taskRoutingFields,
} from './routing.ts';
import {
  definitionDeskFields,
  deskQueries,
  deskSubscriptions,
  historyDeskFields,
  ProcessInstanceEvent,
  WaitExplanation,
} from './desk.ts';
import { CorrelationResult, HistoryEntry, ProcessDefinition, ProcessInstance, Task, User } from './types.ts';

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

/** Every resolver of the schema. */
export const resolvers: Resolvers = {
  JSON: JSONScalar,
  DateTime: DateTimeScalar,
  Query: {
    ...Query,
    ...externalQueries,
    ...routingQueries,
    ...interactionQueries,
    ...customerQueries,
    ...formQueries,
    ...deskQueries,
    ...staffingQueries,
    ...simulationQueries,
    ...peopleQueries,
  },
  Mutation: withFreshLoaders({
    ...Mutation,
    ...externalMutations,
    ...routingMutations,
    ...interactionMutations,
    ...customerMutations,
    ...callbackMutations,
    ...formMutations,
    ...sessionMutations,
    ...peopleMutations,
    ...simulationMutations,
  }),
  TaskForm,
  ExternalTask,
  Incident,
  Subscription: { ...Subscription, ...routingSubscriptions, ...deskSubscriptions },
  Task: { ...Task, ...taskRoutingFields, ...taskInteractionFields, ...taskCallbackFields, ...taskDataFields },
  Callback,
  Consultation,
  Agent,
  Queue,
  Reservation,
  ProcessInstance: { ...ProcessInstance, ...instanceDataFields },
  ProcessDefinition: { ...ProcessDefinition, ...definitionDeskFields },
  HistoryEntry: { ...HistoryEntry, ...historyDeskFields, ...historyDataFields },
  ProcessInstanceEvent,
  WaitExplanation,
  User,
  CorrelationResult,
  Interaction,
  Customer,
  CustomerMerge,
  ClassificationRule,
  ClassificationRuleVersion,
  IntakeForm,
  IntakeFormVersion,
  Group,
  AuditEntry,
};
