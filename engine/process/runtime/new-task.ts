import { TaskKind, type TaskRecord } from '../../../models/index.ts';

/** The routing fields of a task that has just entered its queue. */
export function freshRoutingFields(
  now: number,
  kind: TaskKind = TaskKind.USER_TASK,
): Pick<
  TaskRecord,
  | 'kind'
  | 'enqueuedAt'
  | 'escalationLevel'
  | 'routingDecision'
  | 'callId'
  | 'customer'
  | 'workStartedAt'
  | 'pausedAt'
  | 'handlingMs'
  | 'answeredAt'
  | 'ctiAt'
  | 'readyAt'
  | 'windowStart'
  | 'windowEnd'
  | 'phone'
  | 'attempts'
  | 'maxAttempts'
  | 'outcome'
  | 'parentTaskId'
> {
  return {
    kind,
    enqueuedAt: now,
    escalationLevel: 0,
    routingDecision: null,
    callId: null,
    customer: null,
    workStartedAt: null,
    pausedAt: null,
    handlingMs: 0,
    answeredAt: null,
    ctiAt: null,
    readyAt: null,
    windowStart: null,
    windowEnd: null,
    phone: null,
    attempts: 0,
    maxAttempts: null,
    outcome: null,
    parentTaskId: null,
  };
}
