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
  type Actor,
  type EngineEvent,
  type QueueWithStats,
} from '../../engine/index.ts';
import type {
  AgentResolvers,
  MutationResolvers,
  QueryResolvers,
  QueueResolvers,
  ReservationResolvers,
  SubscriptionResolvers,
  TaskResolvers,
} from '../generated/resolvers-types.ts';
import { eventStream } from '../event-stream.ts';
import { actorOf } from './guard.ts';
import type { WorkEventPayload } from './work-event.ts';

const OPEN_STATES = ['RESERVED', 'ASSIGNED', 'PAUSED'] as const;

export const routingQueries: QueryResolvers = {
  agents: (_p, { filter }, ctx) => {
    actorOf(ctx);
    return getAgents(ctx.engine, {
      presence: filter?.presence ?? undefined,
      skill: filter?.skill ?? undefined,
      group: filter?.group ?? undefined,
    });
  },
  agent: async (_p, { id }, ctx) => {
    actorOf(ctx);
    return (await getAgent(ctx.engine, id)) ?? null;
  },
  queues: (_p, _a, ctx) => {
    actorOf(ctx);
    return getQueuesWithStats(ctx.engine);
  },
  queue: async (_p, { name }, ctx) => {
    actorOf(ctx);
    return (await getQueuesWithStats(ctx.engine)).find((q) => q.name === name) ?? null;
  },
};

export const routingMutations: MutationResolvers = {
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

/** Whether a work event concerns the viewer. */
function workEventFor(actor: Actor, e: EngineEvent): WorkEventPayload | null {
  if ('reservation' in e)
    return e.reservation.agentId === actor.userId
      ? { type: e.type, task: e.task, reservation: e.reservation, agent: null }
      : null;
  if (e.type === 'agent.changed')
    return e.agent.id === actor.userId
      ? { type: 'presence.changed', task: null, reservation: null, agent: e.agent }
      : null;
  if ('task' in e && e.task.assigneeId === actor.userId && e.type !== 'task.reserved')
    return { type: e.type, task: e.task, reservation: null, agent: null };
  return null;
}

const THROTTLE_MS = 1000;

export const routingSubscriptions: SubscriptionResolvers = {
  myWork: {
    subscribe: (_p, _a, ctx) => {
      const actor = actorOf(ctx);
      return eventStream<WorkEventPayload>(ctx.shutdown, (push) =>
        ctx.engine.events.subscribe((e) => {
          const event = workEventFor(actor, e);
          if (event) push(event);
        }),
      );
    },
    resolve: (event: WorkEventPayload) => event,
  },
  queueStats: {
    subscribe: (_p, _a, ctx) => {
      actorOf(ctx);
      // Figures are recomputed at most once a second, whatever the event rate; the first push comes at once.
      return eventStream<QueueWithStats[]>(ctx.shutdown, (push) => {
        let timer: NodeJS.Timeout | null = null;
        let last = 0;
        const emit = () => {
          timer = null;
          last = Date.now();
          getQueuesWithStats(ctx.engine).then(push, (err) =>
            ctx.engine.logger.error('queue stats failed', { err: String(err) }),
          );
        };
        emit();
        const off = ctx.engine.events.subscribe((e) => {
          if (e.type.startsWith('instance.') || e.type.startsWith('timers.') || e.type.startsWith('external.') || timer)
            return;
          timer = setTimeout(emit, Math.max(0, last + THROTTLE_MS - Date.now()));
        });
        return () => {
          off();
          if (timer) clearTimeout(timer);
        };
      });
    },
    resolve: (queues: QueueWithStats[]) => queues,
  },
};

export const Agent: AgentResolvers = {
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

export const Queue: QueueResolvers = {
  // Read only when asked for: the board loads it once, the pushed figures leave it out.
  waitingToday: (q, _x, ctx) => getWaitingToday(ctx.engine, q.name),
};

export const Reservation: ReservationResolvers = {
  task: async (r, _x, ctx) =>
    (await ctx.loaders.tasks.load(r.taskId)) as NonNullable<Awaited<ReturnType<typeof ctx.loaders.tasks.load>>>,
  agent: async (r, _x, ctx) =>
    (await ctx.loaders.users.load(r.agentId)) as NonNullable<Awaited<ReturnType<typeof ctx.loaders.users.load>>>,
};

/** Routing fields of a task. */
export const taskRoutingFields: TaskResolvers = {
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
