import { customerCard, dispositionCodesOf, sendCallCommand, setDisposition, wrapUpTasks } from '../../engine/index.ts';
import type {
  AgentResolvers,
  CustomerCardResolvers,
  MutationResolvers,
  QueryResolvers,
  Resolvers,
  TaskResolvers,
} from '../generated/resolvers-types.ts';
import { actorOf } from './guard.ts';

const desktopQueries: QueryResolvers = {
  presenceReasons: (_p, _a, ctx) => {
    actorOf(ctx);
    return [...ctx.engine.options.presenceReasons];
  },
};

const desktopMutations: MutationResolvers = {
  setDisposition: (_p, { taskId, code, note }, ctx) =>
    setDisposition(ctx.engine, actorOf(ctx), { taskId, code, note: note ?? null }),
  callCommand: (_p, { taskId, command, target }, ctx) =>
    sendCallCommand(ctx.engine, actorOf(ctx), { taskId, command, target: target ?? null }),
};

const taskDesktopFields: TaskResolvers = {
  customerCard: (t, _a, ctx) => customerCard(ctx.engine, actorOf(ctx), t.id),
  dispositionBy: (t, _a, ctx) => (t.dispositionBy ? ctx.loaders.users.load(t.dispositionBy) : null),
  dispositionCodes: (t, _a, ctx) => dispositionCodesOf(ctx.engine, t),
  cannedResponses: async (t, _a, ctx) =>
    t.queue ? ((await ctx.loaders.queueSettings.load(t.queue))?.cannedResponses ?? []) : [],
  onHold: (t) => Boolean(t.call?.heldAt != null),
  holdSeconds: (t, _a, ctx) => {
    const call = t.call;
    if (!call) return 0;
    const running = call.heldAt == null ? 0 : Math.max(0, ctx.engine.clock.now() - call.heldAt);
    return Math.floor((call.holdMs + running) / 1000);
  },
  waitSeconds: (t, _a, ctx) => {
    const until = t.call?.answeredAt ?? t.claimedAt ?? t.completedAt ?? ctx.engine.clock.now();
    return Math.max(0, Math.floor((until - t.enqueuedAt) / 1000));
  },
};

const agentDesktopFields: AgentResolvers = {
  wrapUp: (a, _x, ctx) => (a.presence === 'WRAP_UP' ? wrapUpTasks(ctx.engine, a.id, a.presenceSince) : []),
};

const CustomerCard: CustomerCardResolvers = {
  customerId: (c) => c.customer?.id ?? null,
  email: (c) => c.customer?.email ?? null,
  recentContacts: (c) =>
    c.recentContacts.map((i) => ({
      id: i.id,
      channel: i.channel,
      direction: i.direction,
      subject: i.subject,
      at: i.createdAt,
    })),
  openCases: (c) =>
    c.openCases.map((p) => ({
      id: p.id,
      definitionKey: p.definitionKey,
      businessKey: p.businessKey,
      startedAt: p.startedAt,
    })),
};

/** graphql/schema/desktop.graphql: the call card, call commands, dispositions, presence reasons. */
export const desktopResolvers: Resolvers = {
  Query: desktopQueries,
  Mutation: desktopMutations,
  Task: taskDesktopFields,
  Agent: agentDesktopFields,
  CustomerCard,
};
