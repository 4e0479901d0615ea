import { TaskKind, type TaskRecord } from '../../../models/index.ts';

/** The routing fields of a task that has just entered its queue, with no sub-record of a kind. */
export function freshRoutingFields(
  now: number,
  kind: TaskKind = TaskKind.USER_TASK,
): Pick<
  TaskRecord,
  | 'kind'
  | 'enqueuedAt'
  | 'escalationLevel'
  | 'routingDecision'
  | 'customer'
  | 'workStartedAt'
  | 'pausedAt'
  | 'handlingMs'
  | 'readyAt'
  | 'call'
  | 'callback'
  | 'consultation'
> {
  return {
    kind,
    enqueuedAt: now,
    escalationLevel: 0,
    routingDecision: null,
    customer: null,
    workStartedAt: null,
    pausedAt: null,
    handlingMs: 0,
    readyAt: null,
    call: null,
    callback: null,
    consultation: null,
  };
}
