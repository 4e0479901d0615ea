import {
  appendHistory,
  findTask,
  insertJobs,
  JobState,
  JobType,
  TaskState,
  withTransaction,
  type TaskRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError, ErrorCode, NotFoundError, TaskStateError } from '../../core/errors/index.ts';
import { newId } from '../../core/ids/index.ts';
import { hasRole, Role, requireRole, type Actor } from '../../core/access/index.ts';

/** What an agent asks the telephony platform to do with its call. */
export const CallCommand = { HANG_UP: 'HANG_UP', HOLD: 'HOLD', UNHOLD: 'UNHOLD', TRANSFER: 'TRANSFER' } as const;
export type CallCommand = (typeof CallCommand)[keyof typeof CallCommand];

/** The webhook topic of a call command (a WEBHOOK job, like `callback.dial`). */
export const CALL_COMMAND_TOPIC = 'call.command';
/** Attempts of one command webhook before it becomes an incident. */
export const CALL_COMMAND_RETRIES = 5;
const MAX_TARGET = 200;

/** What the platform receives (POST to CROSSDESK_CTI_COMMAND_URL); `commandId` is also the Idempotency-Key. */
export interface CallCommandRequest {
  commandId: string;
  taskId: string;
  callId: string;
  agentId: string;
  command: CallCommand;
  /** TRANSFER only: a queue name, an agent id or a number, as the platform understands it. */
  target: string | null;
}

function check(task: TaskRecord, actor: Actor, command: string, target: string | null | undefined): string | null {
  if (!task.call) throw new BadInputError(`task ${task.id} is not a call`, { field: 'taskId' });
  if (task.state !== TaskState.ASSIGNED)
    throw new TaskStateError(ErrorCode.TASK_NOT_ACTIVE, task.id, `call ${task.call.id} is not in progress`);
  if (task.assigneeId !== actor.userId && !hasRole(actor, Role.SUPERVISOR))
    throw new TaskStateError(ErrorCode.TASK_NOT_ASSIGNEE, task.id, `call ${task.call.id} is not yours`, {
      assignee: task.assigneeId,
    });
  if (!(Object.values(CallCommand) as string[]).includes(command))
    throw new BadInputError(`command must be one of ${Object.values(CallCommand).join(', ')}`, { field: 'command' });
  if (command === CallCommand.HOLD && task.call.heldAt !== null)
    throw new BadInputError('the call is on hold already', { field: 'command' });
  if (command === CallCommand.UNHOLD && task.call.heldAt === null)
    throw new BadInputError('the call is not on hold', { field: 'command' });
  if (command !== CallCommand.TRANSFER) return null;
  const to = target?.trim();
  if (!to || to.length > MAX_TARGET)
    throw new BadInputError(`TRANSFER needs a target of 1-${MAX_TARGET} characters`, { field: 'target' });
  return to;
}

/**
 * Asks the telephony platform to hang up, hold, resume or transfer the actor's call (`callCommand`).
 * The request is a signed `call.command` webhook queued as a job in this command's transaction and sent
 * by the webhook worker (retried, idempotent, an incident on 4xx); nothing about the call changes here:
 * the platform's CTI events (CALL_HELD, CALL_RESUMED, CALL_TRANSFERRED, CALL_ENDED) confirm what happened.
 */
export async function sendCallCommand(
  ctx: EngineContext,
  actor: Actor,
  input: { taskId: string; command: string; target?: string | null },
): Promise<TaskRecord> {
  requireRole(actor, Role.AGENT, Role.SUPERVISOR);
  const task = await findTask(ctx.db, input.taskId);
  if (!task) throw new NotFoundError('Task', input.taskId);
  const target = check(task, actor, input.command, input.target);
  const now = ctx.clock.now();
  const body: CallCommandRequest = {
    commandId: newId('jb'),
    taskId: task.id,
    callId: task.call?.id as string,
    agentId: task.assigneeId as string,
    command: input.command as CallCommand,
    target,
  };
  await withTransaction(ctx.db, async (trx) => {
    await insertJobs(trx, [
      {
        id: body.commandId,
        type: JobType.WEBHOOK,
        state: JobState.READY,
        instanceId: null,
        elementId: null,
        executionId: null,
        topic: CALL_COMMAND_TOPIC,
        dueAt: now,
        retries: CALL_COMMAND_RETRIES,
        lockedBy: null,
        lockExpiresAt: null,
        payload: { body },
        errorMessage: null,
        createdAt: now,
      },
    ]);
    await appendHistory(trx, [
      {
        instanceId: null,
        taskId: task.id,
        type: 'call.command',
        elementId: null,
        actorId: actor.userId,
        onBehalfOf: actor.onBehalfOf,
        at: now,
        data: { command: body.command, target, jobId: body.commandId },
      },
    ]);
  });
  ctx.events.publish({ type: 'webhook.queued', topic: CALL_COMMAND_TOPIC });
  return task;
}
