import {
  acceptReservation,
  applyCtiEvent,
  effectivePriority,
  getAgent,
  getAgents,
  getPendingReservationsOfAgent,
  getQueuesWithStats,
  getWaitingToday,
  nextTask,
  rejectReservation,
  resumeTask,
  setPresence,
  upsertAgent,
  upsertQueue,
  queryTasks,
  TaskSort,
  DEFAULT_PRIORITY_QUEUE,
  hasRole,
  Role,
  type QueueWithStats,
  actorSiteScope,
  inSiteScope,
} from '../../engine/index.ts';
import { scopedQueues } from './scoped.ts';
import type {
  AgentResolvers,
  MutationResolvers,
  QueryResolvers,
  QueueResolvers,
  ReservationResolvers,
  Resolvers,
  TaskResolvers,
} from '../generated/resolvers-types.ts';
import { requireTaskData } from './customer-data.ts';
import { actorOf } from './guard.ts';
import { routingSubscriptions } from './routing-streams.ts';

const OPEN_STATES = ['RESERVED', 'ASSIGNED', 'PAUSED'] as const;

const routingQueries: QueryResolvers = {
  // A supervisor of particular sites sees the agents, queues and figures of those sites only.
  agents: async (_p, { filter }, ctx) => {
    const scope = await actorSiteScope(ctx.engine, actorOf(ctx));
    return getAgents(ctx.engine, {
      presence: filter?.presence ?? undefined,
      skill: filter?.skill ?? undefined,
      group: filter?.group ?? undefined,
      sites: scope ?? undefined,
    });
  },
  agent: async (_p, { id }, ctx) => {
    const actor = actorOf(ctx);
    const agent = await getAgent(ctx.engine, id);
    if (!agent) return null;
    const own = agent.id === actor.userId;
    return own || inSiteScope(await actorSiteScope(ctx.engine, actor), agent.siteId) ? agent : null;
  },
  queues: async (_p, _a, ctx) => scopedQueues(ctx, actorOf(ctx)),
  queue: async (_p, { name }, ctx) => (await scopedQueues(ctx, actorOf(ctx))).find((q) => q.name === name) ?? null,
};

const routingMutations: MutationResolvers = {
  nextTask: (_p, _a, ctx) => nextTask(ctx.engine, actorOf(ctx)),
  upsertAgent: (_p, { input }, ctx) => upsertAgent(ctx.engine, actorOf(ctx), input),
  upsertQueue: async (_p, { input }, ctx) => {
    const queue = await upsertQueue(ctx.engine, actorOf(ctx), input);
    return (await getQueuesWithStats(ctx.engine)).find((q) => q.name === queue.name) as QueueWithStats;
  },
  setPresence: (_p, { input }, ctx) => setPresence(ctx.engine, actorOf(ctx), input),
  acceptReservation: (_p, { id }, ctx) => acceptReservation(ctx.engine, actorOf(ctx), id),
  rejectReservation: (_p, { id, reason }, ctx) => rejectReservation(ctx.engine, actorOf(ctx), id, reason ?? null),
  resumeTask: (_p, { id }, ctx) => resumeTask(ctx.engine, actorOf(ctx), id),
  ctiEvent: (_p, { input }, ctx) => applyCtiEvent(ctx.engine, actorOf(ctx), { ...input, at: input.at ?? null }),
};

const Agent: AgentResolvers = {
  user: async (a, _x, ctx) =>
    (await ctx.loaders.users.load(a.id)) as NonNullable<Awaited<ReturnType<typeof ctx.loaders.users.load>>>,
  load: async (a, _x, ctx) => {
    const load = await ctx.loaders.agentLoads.load(a.id);
    return { ...load.byChannel, total: load.active };
  },
  tasks: async (a, _x, ctx) =>
    (await queryTasks(ctx.engine, { assigneeId: a.id, states: [...OPEN_STATES] }, TaskSort.CREATED, 0, 200)).rows,
  reservations: (a, _x, ctx) => {
    const viewer = actorOf(ctx);
    if (viewer.userId !== a.id && !hasRole(viewer, Role.SUPERVISOR)) return [];
    return getPendingReservationsOfAgent(ctx.engine, a.id);
  },
};

const Queue: QueueResolvers = {
  // Read only when asked for: the board loads it once, the pushed figures leave it out.
  waitingToday: (q, _x, ctx) => getWaitingToday(ctx.engine, q.name),
};

const Reservation: ReservationResolvers = {
  task: async (r, _x, ctx) =>
    (await ctx.loaders.tasks.load(r.taskId)) as NonNullable<Awaited<ReturnType<typeof ctx.loaders.tasks.load>>>,
  agent: async (r, _x, ctx) =>
    (await ctx.loaders.users.load(r.agentId)) as NonNullable<Awaited<ReturnType<typeof ctx.loaders.users.load>>>,
};

/** Routing fields of a task. */
const taskRoutingFields: TaskResolvers = {
  // Customer data (customer-data.ts): who the live work or callback is with.
  customer: async (t, _a, ctx) => {
    if (!t.customer) return null;
    await requireTaskData(ctx, t);
    return t.customer;
  },
  reservation: (t, _x, ctx) => (t.state === 'RESERVED' ? ctx.loaders.taskReservations.load(t.id) : null),
  effectivePriority: (t, _x, ctx) =>
    ctx.loaders.queueSettings
      .load(t.queue ?? '')
      .then((q) => effectivePriority(t, q ?? DEFAULT_PRIORITY_QUEUE, ctx.engine.clock.now())),
  handlingSeconds: (t, _x, ctx) =>
    Math.floor(
      (t.handlingMs + (t.workStartedAt === null ? 0 : Math.max(0, ctx.engine.clock.now() - t.workStartedAt))) / 1000,
    ),
  callId: (t) => t.call?.id ?? null,
  answeredAt: (t) => t.call?.answeredAt ?? null,
};

/** graphql/schema/routing.graphql: agents, queues, offers and live routing figures. */
export const routingResolvers: Resolvers = {
  Query: routingQueries,
  Mutation: routingMutations,
  Subscription: routingSubscriptions,
  Task: taskRoutingFields,
  Agent,
  Queue,
  Reservation,
};
