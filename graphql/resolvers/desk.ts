import { explainWaiting, getInstances, type EngineEvent } from '../../engine/index.ts';
import type {
  HistoryEntryResolvers,
  ProcessDefinitionResolvers,
  ProcessInstanceEventResolvers,
  QueryResolvers,
  Resolvers,
  SubscriptionResolvers,
  WaitExplanationResolvers,
} from '../generated/resolvers-types.ts';
import type { GraphQLContext } from '../context.ts';
import { eventStream } from '../event-stream.ts';
import { forgetLoaded } from '../loaders.ts';
import { actorOf } from './guard.ts';

/** What processInstanceEvents pushes: the last change's type; the instance is read when resolved. */
export interface InstanceEventPayload {
  type: string;
  instanceId: string;
}

// One command publishes several events (task created, instance changed, ...): pushed as one.
const COALESCE_MS = 50;

const instanceOf = (e: EngineEvent): string | null =>
  'instance' in e ? e.instance.id : 'task' in e ? e.task.instanceId : null;

const deskQueries: QueryResolvers = {
  whyWaiting: (_p, { taskId }, ctx) => explainWaiting(ctx.engine, actorOf(ctx), taskId),
};

const deskSubscriptions: SubscriptionResolvers = {
  processInstanceEvents: {
    subscribe: (_p, { id }, ctx) => {
      actorOf(ctx);
      return eventStream<InstanceEventPayload>(ctx.shutdown, (push) => {
        let timer: NodeJS.Timeout | null = null;
        let last = '';
        const off = ctx.engine.events.subscribe((e) => {
          if (instanceOf(e) !== id) return;
          last = e.type;
          timer ??= setTimeout(() => {
            timer = null;
            push({ type: last, instanceId: id });
          }, COALESCE_MS);
        });
        return () => {
          off();
          if (timer) clearTimeout(timer);
        };
      });
    },
    // A subscription keeps its context (and loaders) for its whole life: each push must read afresh.
    resolve: (event: InstanceEventPayload, _a: unknown, ctx: GraphQLContext) => {
      forgetLoaded(ctx.loaders);
      return event;
    },
  },
};

const ProcessInstanceEvent: ProcessInstanceEventResolvers = {
  instance: async (e, _a, ctx) => {
    const [instance] = await getInstances(ctx.engine, [e.instanceId]);
    if (!instance) throw new Error(`instance ${e.instanceId} is missing`);
    return instance;
  },
};

const WaitExplanation: WaitExplanationResolvers = {
  task: async (w, _a, ctx) => {
    const task = await ctx.loaders.tasks.load(w.taskId);
    if (!task) throw new Error(`task ${w.taskId} is missing`);
    return task;
  },
};

/** Deploy warnings of a definition, checked against today's agents (batched per request). */
const definitionDeskFields: ProcessDefinitionResolvers = {
  warnings: (d, _a, ctx) => ctx.loaders.definitionWarnings.load(d.id),
};

/** The element's modelled name, read from its version's cached source. */
const historyDeskFields: HistoryEntryResolvers = {
  elementName: async (h, _a, ctx) => {
    if (!h.elementId || !h.instanceId) return null;
    const instance = await ctx.loaders.instances.load(h.instanceId);
    if (!instance) return null;
    return (await ctx.loaders.elementNames.load(instance.definitionId)).get(h.elementId) ?? null;
  },
};

/** graphql/schema/desk.graphql: why a task waits, deploy warnings, live instance changes. */
export const deskResolvers: Resolvers = {
  Query: deskQueries,
  Subscription: deskSubscriptions,
  ProcessInstanceEvent,
  WaitExplanation,
  ProcessDefinition: definitionDeskFields,
  HistoryEntry: historyDeskFields,
};
