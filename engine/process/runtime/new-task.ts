import { TaskKind, TaskState, type TaskRecord } from '../../../models/index.ts';

/** What every new task must be given; the rest has a default below. */
export type NewTaskFields = Pick<TaskRecord, 'id' | 'executionId' | 'name' | 'channel' | 'createdAt'> &
  Partial<TaskRecord>;

/**
 * A task that has just entered its queue: unassigned, never routed, no sub-record of a kind, first
 * enqueued when created. Creators (user tasks, calls, callbacks, consultations, the simulator) give
 * only what differs, so a new column gets its default here once.
 */
export function newTask(fields: NewTaskFields): TaskRecord {
  return {
    kind: TaskKind.USER_TASK,
    instanceId: null,
    definitionId: null,
    definitionKey: null,
    elementId: null,
    documentation: null,
    state: TaskState.QUEUED,
    assigneeId: null,
    candidateGroups: [],
    candidateUsers: [],
    priority: 50,
    businessValue: 0,
    skills: [],
    queue: null,
    interruptible: false,
    formKey: null,
    loopIndex: null,
    dueAt: null,
    followUpAt: null,
    slaDueAt: null,
    slaBreachedAt: null,
    claimedAt: null,
    completedAt: null,
    completedBy: null,
    output: null,
    enqueuedAt: fields.createdAt,
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
    version: 0,
    ...fields,
  };
}
