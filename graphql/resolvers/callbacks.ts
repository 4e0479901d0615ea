import { answerConsultation, consultTask, getConsultations, requestCallback, TaskKind } from '../../engine/index.ts';
import type {
  CallbackResolvers,
  ConsultationResolvers,
  MutationResolvers,
  Resolvers,
  TaskResolvers,
} from '../generated/resolvers-types.ts';
import { requireTaskData } from './customer-data.ts';
import { actorOf } from './guard.ts';

const skillsOf = (skills: readonly { name: string; level: number }[] | null | undefined) =>
  skills?.map((s) => ({ name: s.name, level: s.level })) ?? null;

const callbackMutations: MutationResolvers = {
  requestCallback: (_p, { input }, ctx) =>
    requestCallback(ctx.engine, actorOf(ctx), {
      ...input,
      skills: skillsOf(input.skills),
      windowStart: input.windowStart ?? null,
    }),
  consultTask: (_p, { id, input }, ctx) =>
    consultTask(ctx.engine, actorOf(ctx), id, { ...input, skills: skillsOf(input.skills) }),
  answerConsultation: (_p, { id, answer }, ctx) => answerConsultation(ctx.engine, actorOf(ctx), id, answer),
};

const taskCallbackFields: TaskResolvers = {
  // Customer data (customer-data.ts): who to call back.
  callback: async (t, _a, ctx) => {
    if (t.kind !== TaskKind.CALLBACK) return null;
    await requireTaskData(ctx, t);
    return t;
  },
  consultations: (t, _a, ctx) => getConsultations(ctx.engine, t.id),
  parentTask: async (t, _a, ctx) =>
    t.consultation ? ((await ctx.loaders.tasks.load(t.consultation.parentTaskId)) ?? null) : null,
};

const Callback: CallbackResolvers = {
  phone: (t) => t.callback?.phone ?? '',
  windowStart: (t) => t.callback?.windowStart ?? t.createdAt,
  windowEnd: (t) => t.callback?.windowEnd ?? t.createdAt,
  attempts: (t) => t.callback?.attempts ?? 0,
  maxAttempts: (t) => t.callback?.maxAttempts ?? 1,
  outcome: (t) => (t.callback?.outcome as 'ANSWERED' | 'NO_ANSWER' | 'WINDOW_MISSED' | null) ?? null,
};

const Consultation: ConsultationResolvers = {
  question: (t) => t.documentation ?? '',
  answer: (t) => (typeof t.output?.answer === 'string' ? t.output.answer : null),
  answeredBy: (t, _a, ctx) => (t.state === 'COMPLETED' && t.completedBy ? ctx.loaders.users.load(t.completedBy) : null),
  answeredAt: (t) => (t.state === 'COMPLETED' ? t.completedAt : null),
  task: (t) => t,
};

/** graphql/schema/callbacks.graphql: callbacks and consultations. */
export const callbackResolvers: Resolvers = {
  Mutation: callbackMutations,
  Task: taskCallbackFields,
  Callback,
  Consultation,
};
