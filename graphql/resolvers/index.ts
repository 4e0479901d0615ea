import type { Resolvers } from '../generated/resolvers-types.ts';
import { ExternalTask, externalMutations, externalQueries, Incident } from './external.ts';
import { Mutation } from './mutation.ts';
import { Query } from './query.ts';
import { DateTimeScalar, JSONScalar } from './scalars.ts';
import { Subscription } from './subscription.ts';
import { CorrelationResult, HistoryEntry, ProcessDefinition, ProcessInstance, Task, User } from './types.ts';

/** Every resolver of the schema. */
export const resolvers: Resolvers = {
  JSON: JSONScalar,
  DateTime: DateTimeScalar,
  Query: { ...Query, ...externalQueries },
  Mutation: { ...Mutation, ...externalMutations },
  ExternalTask,
  Incident,
  Subscription,
  Task,
  ProcessInstance,
  ProcessDefinition,
  HistoryEntry,
  User,
  CorrelationResult,
};
