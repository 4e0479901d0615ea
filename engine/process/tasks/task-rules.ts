import { TaskState, type TaskRecord } from '../../../models/index.ts';
import { ErrorCode, TaskStateError } from '../../core/errors/index.ts';
import { hasRole, Role, type Actor } from '../../core/access/index.ts';

/** True when the actor may take the task: a named candidate user, in a candidate group, or no candidates named. */
export function isCandidate(task: Pick<TaskRecord, 'candidateUsers' | 'candidateGroups'>, actor: Actor): boolean {
  if (task.candidateUsers.length === 0 && task.candidateGroups.length === 0) return true;
  return task.candidateUsers.includes(actor.userId) || task.candidateGroups.some((g) => actor.groups.includes(g));
}

/** Refuses commands on tasks that are finished. */
export function assertOpen(task: TaskRecord): void {
  if (task.state === TaskState.COMPLETED) {
    throw new TaskStateError(ErrorCode.TASK_ALREADY_COMPLETED, task.id, `task ${task.id} is already completed`, {
      completedBy: task.completedBy,
    });
  }
  if (task.state === TaskState.CANCELLED) {
    throw new TaskStateError(ErrorCode.TASK_NOT_ACTIVE, task.id, `task ${task.id} was cancelled by its process`);
  }
}

/** Checks that the actor may claim the task now. */
export function assertClaimable(task: TaskRecord, actor: Actor): void {
  assertOpen(task);
  if (task.assigneeId && task.assigneeId !== actor.userId) {
    throw new TaskStateError(
      ErrorCode.TASK_NOT_CLAIMABLE,
      task.id,
      `task ${task.id} is already claimed by ${task.assigneeId}`,
      { reason: 'CLAIMED', assignee: task.assigneeId },
    );
  }
  if (!hasRole(actor, Role.SUPERVISOR) && !isCandidate(task, actor)) {
    throw new TaskStateError(
      ErrorCode.TASK_NOT_CLAIMABLE,
      task.id,
      `${actor.userId} is not a candidate for task ${task.id}`,
      { reason: 'NOT_A_CANDIDATE' },
    );
  }
}

/** Checks that the actor holds the task and may complete it. */
export function assertAssignee(task: TaskRecord, actor: Actor): void {
  assertOpen(task);
  if (task.assigneeId !== actor.userId) {
    const why = task.assigneeId ? `it is assigned to ${task.assigneeId}` : 'claim it first';
    throw new TaskStateError(
      ErrorCode.TASK_NOT_ASSIGNEE,
      task.id,
      `only the assignee completes task ${task.id}: ${why}`,
      { assignee: task.assigneeId },
    );
  }
}
