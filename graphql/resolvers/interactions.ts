import {
  captureInteraction,
  casesOfCustomer,
  deleteClassificationRule,
  formProblem,
  ruleProblem,
  getClassificationRule,
  getClassificationRules,
  getClassificationRuleVersions,
  getIntakeForms,
  interactionsOfTask,
  queryInteractions,
  readCustomer,
  readForbidden,
  readInteraction,
  replyToInteraction,
  tasksOfCustomer,
  upsertClassificationRule,
  upsertIntakeForm,
  type InteractionFilter as EngineInteractionFilter,
} from '../../engine/index.ts';
import type {
  ClassificationRuleResolvers,
  ClassificationRuleVersionResolvers,
  IntakeFormResolvers,
  CustomerResolvers,
  InteractionFilter,
  InteractionResolvers,
  MutationResolvers,
  QueryResolvers,
  Resolvers,
  TaskResolvers,
} from '../generated/resolvers-types.ts';
import { connection, pageWindow } from '../pagination.ts';
import { actorOf } from './guard.ts';

const filterOf = (f: InteractionFilter | null | undefined): Omit<EngineInteractionFilter, 'workOf'> => ({
  text: f?.text?.trim() || undefined,
  channel: f?.channel ?? undefined,
  customerId: f?.customerId ?? undefined,
  caseInstanceId: f?.processInstanceId ?? undefined,
});

/**
 * Reads of interactions, customers, rules and forms. Interactions and customers follow the read rules
 * of customer data (the engine's, see docs/api.md); rules and forms any signed-in user may read.
 */
const interactionQueries: QueryResolvers = {
  interaction: (_p, { id }, ctx) => readInteraction(ctx.engine, actorOf(ctx), id),
  interactions: async (_p, { filter, first, after }, ctx) => {
    const actor = actorOf(ctx);
    const { offset, limit } = pageWindow(first, after);
    const { rows, total } = await queryInteractions(ctx.engine, actor, filterOf(filter), offset, limit);
    return connection(rows, total, offset);
  },
  customer: async (_p, { id }, ctx) => {
    const customer = await readCustomer(ctx.engine, actorOf(ctx), id);
    if (customer) ctx.loaders.customers.prime(id, customer);
    return customer;
  },
  classificationRules: (_p, _a, ctx) => {
    actorOf(ctx);
    return getClassificationRules(ctx.engine);
  },
  intakeForms: (_p, _a, ctx) => {
    actorOf(ctx);
    return getIntakeForms(ctx.engine);
  },
};

/** Commands; the engine decides who may do what. */
const interactionMutations: MutationResolvers = {
  captureInteraction: (_p, { input }, ctx) => captureInteraction(ctx.engine, actorOf(ctx), input),
  replyToInteraction: (_p, { input }, ctx) => replyToInteraction(ctx.engine, actorOf(ctx), input),
  upsertClassificationRule: (_p, { input }, ctx) => upsertClassificationRule(ctx.engine, actorOf(ctx), input),
  deleteClassificationRule: (_p, { id }, ctx) => deleteClassificationRule(ctx.engine, actorOf(ctx), id),
  upsertIntakeForm: (_p, { input }, ctx) => upsertIntakeForm(ctx.engine, actorOf(ctx), input),
};

const Interaction: InteractionResolvers = {
  customer: async (i, _a, ctx) => {
    if (!i.customerId) return null;
    if (!(await ctx.loaders.readableCustomers.load(i.customerId)))
      throw readForbidden(actorOf(ctx), `customer ${i.customerId}`);
    return ctx.loaders.customers.load(i.customerId);
  },
  case: (i, _a, ctx) => (i.caseInstanceId ? ctx.loaders.instances.load(i.caseInstanceId) : null),
  rule: (i, _a, ctx) => (i.ruleId ? getClassificationRule(ctx.engine, i.ruleId) : null),
};

const Customer: CustomerResolvers = {
  interactions: async (c, { first, after }, ctx) => {
    const { offset, limit } = pageWindow(first, after);
    const { rows, total } = await queryInteractions(ctx.engine, actorOf(ctx), { customerId: c.id }, offset, limit);
    return connection(rows, total, offset);
  },
  cases: (c, _a, ctx) => casesOfCustomer(ctx.engine, actorOf(ctx), c.id),
  tasks: (c, _a, ctx) => tasksOfCustomer(ctx.engine, actorOf(ctx), c.id),
};

const ClassificationRule: ClassificationRuleResolvers = {
  updatedBy: (r, _a, ctx) => (r.updatedBy ? ctx.loaders.users.load(r.updatedBy) : null),
  versions: (r, _a, ctx) => getClassificationRuleVersions(ctx.engine, r.id),
  problem: (r) => ruleProblem(r),
};

const IntakeForm: IntakeFormResolvers = {
  problem: (f) => formProblem(f.schema),
};

const ClassificationRuleVersion: ClassificationRuleVersionResolvers = {
  actor: (v, _a, ctx) => (v.actorId ? ctx.loaders.users.load(v.actorId) : null),
};

/** Task fields this domain adds (`extend type Task`). */
const taskInteractionFields: TaskResolvers = {
  interactions: (t, _a, ctx) => interactionsOfTask(ctx.engine, actorOf(ctx), t),
};

/** graphql/schema/interactions.graphql: contacts, customers, classification rules and intake forms. */
export const interactionResolvers: Resolvers = {
  Query: interactionQueries,
  Mutation: interactionMutations,
  Task: taskInteractionFields,
  Interaction,
  Customer,
  ClassificationRule,
  ClassificationRuleVersion,
  IntakeForm,
};
