import {
  completeExternalTask,
  failExternalTask,
  fetchAndLockExternalTasks,
  getInstance,
  listIncidents,
  retryIncident,
  type InstanceRecord,
  type JobRecord,
  type LockedExternalTask,
} from '../../engine/index.ts';
import type { GraphQLContext } from '../context.ts';
import type {
  ExternalTaskResolvers,
  IncidentResolvers,
  MutationResolvers,
  QueryResolvers,
  Resolvers,
} from '../generated/resolvers-types.ts';
import { actorOf } from './guard.ts';

// A job handed back by complete/fail is shown with the variables its instance has now: read once, and
// only when the answer selects them (a worker that asks for `{ id }` costs no second instance read).
const answers = new WeakMap<LockedExternalTask, () => Promise<InstanceRecord | undefined>>();
function view(ctx: GraphQLContext, job: JobRecord): LockedExternalTask {
  const task: LockedExternalTask = { job, variables: {}, businessKey: null };
  let read: Promise<InstanceRecord | undefined> | undefined;
  answers.set(task, () => (read ??= getInstance(ctx.engine, job.instanceId as string)));
  return task;
}
const instanceNow = (t: LockedExternalTask) => answers.get(t)?.();

const instanceOf = async (instanceId: string | null, ctx: GraphQLContext) => {
  const instance = instanceId ? await ctx.loaders.instances.load(instanceId) : null;
  if (!instance) throw new Error(`instance ${instanceId} is missing`);
  return instance;
};

const externalMutations: Pick<
  MutationResolvers,
  'fetchAndLockExternalTasks' | 'completeExternalTask' | 'failExternalTask' | 'retryIncident'
> = {
  fetchAndLockExternalTasks: (_p, args, ctx) => fetchAndLockExternalTasks(ctx.engine, actorOf(ctx), args),
  completeExternalTask: async (_p, { id, workerId, variables }, ctx) =>
    view(ctx, await completeExternalTask(ctx.engine, actorOf(ctx), id, workerId, variables)),
  failExternalTask: async (_p, { id, workerId, message, retries, retryAfterSeconds }, ctx) =>
    view(ctx, await failExternalTask(ctx.engine, actorOf(ctx), id, workerId, { message, retries, retryAfterSeconds })),
  retryIncident: (_p, { id, retries }, ctx) => retryIncident(ctx.engine, actorOf(ctx), id, retries ?? 1),
};

const externalQueries: Pick<QueryResolvers, 'incidents'> = {
  incidents: (_p, { processInstanceId }, ctx) => {
    actorOf(ctx);
    return listIncidents(ctx.engine, processInstanceId ?? undefined);
  },
};

const ExternalTask: ExternalTaskResolvers = {
  id: (t) => t.job.id,
  topic: (t) => t.job.topic ?? '',
  elementId: (t) => t.job.elementId ?? '',
  state: (t) => t.job.state,
  retries: (t) => t.job.retries,
  workerId: (t) => t.job.lockedBy,
  lockExpiresAt: (t) => t.job.lockExpiresAt,
  errorMessage: (t) => t.job.errorMessage,
  createdAt: (t) => t.job.createdAt,
  processInstance: (t, _a, ctx) => instanceOf(t.job.instanceId, ctx),
  businessKey: async (t) => {
    const now = instanceNow(t);
    return now ? ((await now)?.businessKey ?? null) : t.businessKey;
  },
  variables: async (t) => {
    const now = instanceNow(t);
    return now ? ((await now)?.variables ?? {}) : t.variables;
  },
};

const Incident: IncidentResolvers = {
  message: (j) => j.errorMessage,
  processInstance: (j, _a, ctx) => instanceOf(j.instanceId, ctx),
};

/** graphql/schema/external-tasks.graphql: jobs for outside workers, and incidents. */
export const externalTaskResolvers: Resolvers = {
  Query: externalQueries,
  Mutation: externalMutations,
  ExternalTask,
  Incident,
};
