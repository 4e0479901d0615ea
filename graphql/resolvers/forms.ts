import { deployTaskForms, getTaskForms } from '../../engine/index.ts';
import type { MutationResolvers, QueryResolvers, Resolvers, TaskFormResolvers } from '../generated/resolvers-types.ts';
import { actorOf } from './guard.ts';

const formQueries: QueryResolvers = {
  taskForm: async (_p, { key }, ctx) => {
    actorOf(ctx);
    return (await getTaskForms(ctx.engine, [key]))[0] ?? null;
  },
  taskForms: (_p, _a, ctx) => {
    actorOf(ctx);
    return getTaskForms(ctx.engine);
  },
};

const formMutations: MutationResolvers = {
  deployTaskForms: (_p, { forms }, ctx) => deployTaskForms(ctx.engine, actorOf(ctx), forms),
};

const TaskForm: TaskFormResolvers = {
  key: (f) => f.formKey,
  processDefinition: (f, _a, ctx) => (f.definitionId ? ctx.loaders.definitions.load(f.definitionId) : null),
  deployedBy: (f, _a, ctx) => (f.deployedBy ? ctx.loaders.users.load(f.deployedBy) : null),
};

/** graphql/schema/forms.graphql: task forms deployed with processes. */
export const formResolvers: Resolvers = { Query: formQueries, Mutation: formMutations, TaskForm };
