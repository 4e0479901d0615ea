import { placeInSites } from '../../core/sites/index.ts';
import type { Knex } from 'knex';
import {
  appendHistory,
  cancelTasks,
  deleteSubscriptionsOfExecutions,
  deleteTimersOfExecutions,
  deleteExternalOfExecutions,
  findTasksByExecutions,
  insertJobs,
  insertSubscriptions,
  insertTasks,
  JobState,
  JobType,
  OPEN_TASK_STATES,
  SubscriptionKind,
  type HistoryRecord,
  type InstanceRecord,
  type JobRecord,
  type SubscriptionRecord,
  type TaskRecord,
  type WaitSummary,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import type { EngineEvent } from '../../core/events/index.ts';
import { newId } from '../../core/ids/index.ts';
import { taskFromWait } from './task-from-wait.ts';
import type { Actor } from '../../core/access/index.ts';
import type { RunOutcome } from './engine-run.ts';
import { correlationKeyOf } from './correlation-key.ts';
import { WaitKind, type WaitInfo } from './run-collector.ts';
import { raiseStuck } from './stuck-incidents.ts';

/** What a command changed besides the instance row; published as events after commit. */
export interface PersistedEffects {
  createdTasks: TaskRecord[];
  cancelledTasks: TaskRecord[];
  /** Events of what task-cancellation hooks changed (rescinded offers), published before the tasks' own. */
  hookEvents: EngineEvent[];
  /** Due time of the earliest timer this command armed, so a sleeping scheduler can wake for it. */
  earliestTimer: number | null;
  /** Topics that got new external work, so long-polling workers can be woken. */
  externalTopics: string[];
}

export interface Scope {
  ctx: EngineContext;
  trx: Knex.Transaction;
  instance: Pick<InstanceRecord, 'id' | 'definitionId' | 'definitionKey' | 'businessKey'>;
  outcome: RunOutcome;
  actor: Actor;
  /** What the stored instance waited on before this command (empty for a new instance). */
  previous: WaitSummary;
  /** Task executions whose task the command's own writes closed (CommandPlan.closedTasks). */
  closed?: readonly string[];
}

const EMPTY: WaitSummary = { tasks: [], subscriptions: [], timers: [], external: [] };
const subscriptionKey = (w: WaitInfo) => `${w.executionId}|${w.kind}|${w.eventName ?? ''}`;
const isSubscription = (w: WaitInfo) => w.kind === WaitKind.MESSAGE || w.kind === WaitKind.SIGNAL;

/** What an outcome waits on, to be stored with the instance for the next command's diff. */
export function summarize(outcome: RunOutcome): WaitSummary {
  if (outcome.completed) return EMPTY;
  return {
    tasks: outcome.waits.filter((w) => w.kind === WaitKind.USER_TASK).map((w) => w.executionId),
    subscriptions: outcome.waits.filter(isSubscription).map(subscriptionKey),
    timers: outcome.timers.map((t) => t.executionId),
    external: outcome.waits.filter((w) => w.kind === WaitKind.EXTERNAL).map((w) => w.executionId),
  };
}

/** Items of `next` not in `previous`, and items of `previous` not in `next`. */
function diff<T>(previous: readonly string[], next: readonly T[], key: (t: T) => string) {
  const before = new Set(previous);
  const after = new Set(next.map(key));
  return { added: next.filter((t) => !before.has(key(t))), gone: previous.filter((k) => !after.has(k)) };
}

/** The job that marks a task's SLA breached if it is still open at its deadline. */
function slaJob(task: TaskRecord, now: number): JobRecord {
  return {
    id: newId('sla'),
    type: JobType.SLA,
    state: JobState.READY,
    instanceId: task.instanceId,
    elementId: task.elementId,
    executionId: task.id,
    topic: null,
    dueAt: task.slaDueAt as number,
    retries: 3,
    lockedBy: null,
    lockExpiresAt: null,
    payload: { taskId: task.id },
    errorMessage: null,
    createdAt: now,
  };
}

async function syncTasks(
  s: Scope,
  history: HistoryRecord[],
): Promise<Omit<PersistedEffects, 'earliestTimer' | 'externalTopics'>> {
  const now = s.ctx.clock.now();
  const waiting = s.outcome.waits.filter((w) => w.kind === WaitKind.USER_TASK);
  const { added, gone } = diff(s.previous.tasks, waiting, (w) => w.executionId);
  const createdTasks = added.map((w) => taskFromWait(s.ctx, s.instance, w));
  // Tasks whose execution ended without being completed were ended by the process itself. A task the
  // command closed itself (a completion) is not open, and execution ids are unique among tasks: its
  // execution is not read again (one SELECT per completion).
  const unsettled = s.closed ? gone.filter((e) => !s.closed!.includes(e)) : gone;
  const cancelledTasks = (await findTasksByExecutions(s.trx, s.instance.id, unsettled)).filter((t) =>
    OPEN_TASK_STATES.includes(t.state),
  );
  await placeInSites(s.trx, createdTasks);
  await insertTasks(s.trx, createdTasks);
  await insertJobs(
    s.trx,
    createdTasks.filter((t) => t.slaDueAt !== null).map((t) => slaJob(t, now)),
  );
  const hookEvents = await s.ctx.taskHooks.cancelling(s.trx, cancelledTasks, now);
  await cancelTasks(
    s.trx,
    cancelledTasks.map((t) => t.id),
    now,
  );
  const row = (task: TaskRecord, type: string, data: Record<string, unknown>): HistoryRecord => ({
    instanceId: s.instance.id,
    taskId: task.id,
    type,
    elementId: task.elementId,
    actorId: s.actor.userId,
    onBehalfOf: s.actor.onBehalfOf,
    at: now,
    data,
  });
  for (const t of createdTasks)
    history.push(
      row(t, 'task.created', { after: { state: t.state, assignee: t.assigneeId, candidateGroups: t.candidateGroups } }),
    );
  for (const t of cancelledTasks)
    history.push(row(t, 'task.cancelled', { before: { state: t.state }, after: { state: 'CANCELLED' } }));
  return {
    createdTasks,
    cancelledTasks: cancelledTasks.map((t) => ({ ...t, state: 'CANCELLED', completedAt: now, version: t.version + 1 })),
    hookEvents,
  };
}

async function syncSubscriptions(s: Scope): Promise<void> {
  const { added, gone } = diff(s.previous.subscriptions, s.outcome.waits.filter(isSubscription), subscriptionKey);
  const created: SubscriptionRecord[] = added.map((w) => ({
    id: newId('sb'),
    instanceId: s.instance.id,
    kind: w.kind === WaitKind.MESSAGE ? SubscriptionKind.MESSAGE : SubscriptionKind.SIGNAL,
    name: w.eventName ?? '',
    correlationKey: w.kind === WaitKind.MESSAGE ? correlationKeyOf(w, s.instance.businessKey) : null,
    elementId: w.elementId,
    executionId: w.executionId,
    createdAt: s.ctx.clock.now(),
  }));
  await deleteSubscriptionsOfExecutions(
    s.trx,
    s.instance.id,
    gone.map((k) => k.split('|')[0]),
  );
  await insertSubscriptions(s.trx, created);
}

async function syncTimers(s: Scope): Promise<number | null> {
  const { added, gone } = diff(s.previous.timers, s.outcome.timers, (t) => t.executionId);
  const created: JobRecord[] = added.map((t) => ({
    id: newId('jb'),
    type: JobType.TIMER,
    state: JobState.READY,
    instanceId: s.instance.id,
    elementId: t.elementId,
    executionId: t.executionId,
    topic: null,
    dueAt: t.dueAt,
    retries: 3,
    lockedBy: null,
    lockExpiresAt: null,
    payload: t.content,
    errorMessage: null,
    createdAt: s.ctx.clock.now(),
  }));
  await deleteTimersOfExecutions(s.trx, s.instance.id, gone);
  await insertJobs(s.trx, created);
  return created.length ? Math.min(...created.map((j) => j.dueAt)) : null;
}

/** Camunda input parameters (`camunda:inputOutput`) of an element, unresolved: the worker resolves them. */
function inputParameters(behaviour: Record<string, any>): { name: string; value: string }[] {
  const io = (behaviour.extensionElements?.values ?? []).find((v: any) => v.$type === 'camunda:InputOutput');
  return (io?.inputParameters ?? []).map((p: any) => ({
    name: String(p.name),
    value: String(p.value ?? p.definition?.value ?? ''),
  }));
}

async function syncExternal(s: Scope): Promise<string[]> {
  const { added, gone } = diff(
    s.previous.external,
    s.outcome.waits.filter((w) => w.kind === WaitKind.EXTERNAL),
    (w) => w.executionId,
  );
  const now = s.ctx.clock.now();
  const created: JobRecord[] = added.map((w) => ({
    id: newId('ext'),
    type: JobType.EXTERNAL,
    state: JobState.READY,
    instanceId: s.instance.id,
    elementId: w.elementId,
    executionId: w.executionId,
    topic: w.eventName,
    dueAt: now,
    retries: 3,
    lockedBy: null,
    lockExpiresAt: null,
    payload: { elementName: w.name, inputs: inputParameters(w.behaviour) },
    errorMessage: null,
    createdAt: now,
  }));
  await deleteExternalOfExecutions(s.trx, s.instance.id, gone);
  await insertJobs(s.trx, created);
  return [...new Set(created.map((j) => j.topic as string))];
}

/**
 * Writes everything a settled run implies besides the instance row: new and cancelled tasks, message
 * and signal subscriptions, timer jobs, and history. It diffs against the instance's stored wait
 * summary, which keeps it idempotent (a resumed engine re-announces every waiting execution) and
 * costs no reads on the common path. With a `sink`, history rows are left there for the caller to
 * append (a batch of commands appends all of theirs in one statement).
 */
export async function persistOutcome(
  s: Scope,
  extraHistory: HistoryRecord[] = [],
  sink?: HistoryRecord[],
): Promise<PersistedEffects> {
  const history: HistoryRecord[] = [
    ...extraHistory,
    ...s.outcome.history.map((h) => ({ ...h, actorId: s.actor.userId, onBehalfOf: s.actor.onBehalfOf })),
  ];
  // What the command did comes first, then what the engine did in consequence; the end of the
  // instance is the last thing that happened, so it is recorded last.
  if (s.outcome.completed)
    history.push({
      instanceId: s.instance.id,
      taskId: null,
      type: 'instance.completed',
      elementId: null,
      actorId: s.actor.userId,
      onBehalfOf: s.actor.onBehalfOf,
      at: s.ctx.clock.now(),
      data: null,
    });
  const tasks = await syncTasks(s, history);
  await syncSubscriptions(s);
  const earliestTimer = await syncTimers(s);
  const externalTopics = await syncExternal(s);
  await raiseStuck(s, history);
  if (sink) sink.push(...history);
  else await appendHistory(s.trx, history);
  const slaDue = tasks.createdTasks.map((t) => t.slaDueAt).filter((d): d is number => d !== null);
  const earliest = [earliestTimer, ...slaDue].filter((d): d is number => d !== null);
  return { ...tasks, earliestTimer: earliest.length ? Math.min(...earliest) : null, externalTopics };
}

export { EMPTY as NO_WAITS };
