import type { Knex } from 'knex';
import {
  appendHistory,
  cancelTasks,
  deleteJobs,
  deleteSubscriptions,
  findOpenJobsOfInstance,
  findSubscriptionsOfInstance,
  findTasksOfInstance,
  insertJobs,
  insertSubscriptions,
  insertTasks,
  JobState,
  JobType,
  SubscriptionKind,
  type HistoryRecord,
  type InstanceRecord,
  type JobRecord,
  type SubscriptionRecord,
  type TaskRecord,
} from '../../models/index.ts';
import type { EngineContext } from '../context.ts';
import { newId } from '../ids/index.ts';
import { taskFromWait } from '../tasks/task-from-wait.ts';
import type { Actor } from '../users/actor.ts';
import type { RunOutcome } from './engine-run.ts';
import { WaitKind } from './run-collector.ts';

/** What a command changed besides the instance row; published as events after commit. */
export interface PersistedEffects {
  createdTasks: TaskRecord[];
  cancelledTasks: TaskRecord[];
}

interface Scope {
  ctx: EngineContext;
  trx: Knex.Transaction;
  instance: Pick<InstanceRecord, 'id' | 'definitionId' | 'definitionKey' | 'businessKey'>;
  outcome: RunOutcome;
  actor: Actor;
  /** True for a brand-new instance: nothing of it is stored yet, so nothing needs diffing. */
  fresh: boolean;
}

async function syncTasks(s: Scope, history: HistoryRecord[]): Promise<PersistedEffects> {
  const now = s.ctx.clock.now();
  const open = s.fresh ? [] : await findTasksOfInstance(s.trx, s.instance.id, true);
  const waiting = s.outcome.waits.filter((w) => w.kind === WaitKind.USER_TASK);
  const known = new Set(open.map((t) => t.executionId));
  const stillWaiting = new Set(waiting.map((w) => w.executionId));
  const createdTasks = waiting.filter((w) => !known.has(w.executionId)).map((w) => taskFromWait(s.ctx, s.instance, w));
  const cancelledTasks = open.filter((t) => !stillWaiting.has(t.executionId));
  await insertTasks(s.trx, createdTasks);
  await cancelTasks(s.trx, cancelledTasks.map((t) => t.id), now);
  const row = (task: TaskRecord, type: string, data: Record<string, unknown>): HistoryRecord => ({
    instanceId: s.instance.id, taskId: task.id, type, elementId: task.elementId, actorId: s.actor.userId, onBehalfOf: s.actor.onBehalfOf, at: now, data,
  });
  for (const t of createdTasks) history.push(row(t, 'task.created', { after: { state: t.state, assignee: t.assigneeId, candidateGroups: t.candidateGroups } }));
  for (const t of cancelledTasks) history.push(row(t, 'task.cancelled', { before: { state: t.state }, after: { state: 'CANCELLED' } }));
  return { createdTasks, cancelledTasks: cancelledTasks.map((t) => ({ ...t, state: 'CANCELLED', completedAt: now, version: t.version + 1 })) };
}

function correlationKey(s: Scope, behaviour: Record<string, any>): string | null {
  const explicit = behaviour.correlationKey ?? behaviour['crossdesk:correlationKey'] ?? behaviour.$attrs?.['crossdesk:correlationKey'];
  return explicit ? String(explicit) : s.instance.businessKey;
}

async function syncSubscriptions(s: Scope): Promise<void> {
  const existing = s.fresh ? [] : await findSubscriptionsOfInstance(s.trx, s.instance.id);
  const wanted = s.outcome.waits.filter((w) => w.kind === WaitKind.MESSAGE || w.kind === WaitKind.SIGNAL);
  const keyOf = (executionId: string, kind: string, name: string) => `${executionId}|${kind}|${name}`;
  const have = new Set(existing.map((e) => keyOf(e.executionId, e.kind, e.name)));
  const want = new Set(wanted.map((w) => keyOf(w.executionId, w.kind, w.eventName ?? '')));
  const created: SubscriptionRecord[] = wanted
    .filter((w) => !have.has(keyOf(w.executionId, w.kind, w.eventName ?? '')))
    .map((w) => ({
      id: newId('sb'),
      instanceId: s.instance.id,
      kind: w.kind === WaitKind.MESSAGE ? SubscriptionKind.MESSAGE : SubscriptionKind.SIGNAL,
      name: w.eventName ?? '',
      correlationKey: w.kind === WaitKind.MESSAGE ? correlationKey(s, w.behaviour) : null,
      elementId: w.elementId,
      executionId: w.executionId,
      createdAt: s.ctx.clock.now(),
    }));
  await insertSubscriptions(s.trx, created);
  await deleteSubscriptions(s.trx, existing.filter((e) => !want.has(keyOf(e.executionId, e.kind, e.name))).map((e) => e.id));
}

async function syncTimers(s: Scope): Promise<void> {
  const existing = s.fresh ? [] : (await findOpenJobsOfInstance(s.trx, s.instance.id)).filter((j) => j.type === JobType.TIMER);
  const have = new Set(existing.map((j) => j.executionId ?? ''));
  const want = new Set(s.outcome.timers.map((t) => t.executionId));
  const created: JobRecord[] = s.outcome.timers
    .filter((t) => !have.has(t.executionId))
    .map((t) => ({
      id: newId('jb'), type: JobType.TIMER, state: JobState.READY, instanceId: s.instance.id, elementId: t.elementId, executionId: t.executionId,
      topic: null, dueAt: t.dueAt, retries: 3, lockedBy: null, lockExpiresAt: null, payload: t.content, errorMessage: null, createdAt: s.ctx.clock.now(),
    }));
  await insertJobs(s.trx, created);
  await deleteJobs(s.trx, existing.filter((j) => !want.has(j.executionId ?? '')).map((j) => j.id));
}

/**
 * Writes everything a settled run implies besides the instance row: new and cancelled tasks, message
 * and signal subscriptions, timer jobs, and history. Diffing against what is stored keeps this
 * idempotent, which matters because a resumed engine re-announces every waiting execution.
 */
export async function persistOutcome(s: Scope, extraHistory: HistoryRecord[] = []): Promise<PersistedEffects> {
  const history: HistoryRecord[] = [...extraHistory, ...s.outcome.collector.history.map((h) => ({ ...h, actorId: s.actor.userId, onBehalfOf: s.actor.onBehalfOf }))];
  const effects = await syncTasks(s, history);
  await syncSubscriptions(s);
  await syncTimers(s);
  await appendHistory(s.trx, history);
  return effects;
}
