import { findTask, TaskState, updateTaskIf, type TaskRecord } from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError, ErrorCode, NotFoundError, TaskStateError } from '../../core/errors/index.ts';
import { checkVariables } from '../instances/index.ts';
import { LostRace, runInstanceCommand } from '../runtime/index.ts';
import { Role, type Actor, requireRole } from '../../core/access/index.ts';
import { assertAssignee } from './task-rules.ts';

/** Input of throwTaskError / throwTaskEscalation. */
export interface TaskEventInput {
  code: string;
  message?: string | null;
  variables?: unknown;
}

type Raise = (wait: any, run: any, code: string, message: string) => void;

// A BPMN error fails the task's execution; a boundary error event with a matching errorCode (or none)
// catches it, as Camunda's "handle BPMN error" does for user tasks.
// A user task turns an api `error` message into an ActivityError carrying the message's code, which
// error boundary events match against their errorCode.
const raiseError: Raise = (wait, _run, code, message) =>
  wait.api.sendApiMessage('error', { message, code, name: code });

// An escalation goes to the process, which delegates it to the catchers waiting for that escalation:
// the task's boundary events announce theirs (by id and escalationCode) when they start waiting.
const raiseEscalation: Raise = (_wait, run, code) => {
  const definition = run.engine.execution.definitions[0];
  const codeOf = (id: string) =>
    definition?.context?.definitionContext?.getActivityById?.(id)?.behaviour?.escalationCode;
  const catcher = [...run.collector.waits.values()]
    .map((w) => w.api.content?.escalation)
    .find((e) => e && (e.id === code || codeOf(e.id) === code));
  const process = definition?.getRunningProcesses?.()[0];
  process?.getApi().sendApiMessage('escalate', { message: { ...(catcher ?? { id: code }) } }, { delegate: true });
};

async function finishWith(
  ctx: EngineContext,
  actor: Actor,
  id: string,
  input: TaskEventInput,
  kind: 'error' | 'escalation',
  raise: Raise,
): Promise<TaskRecord> {
  requireRole(actor, Role.EXPERT, Role.AGENT, Role.SUPERVISOR);
  if (!input.code?.trim()) throw new BadInputError(`an ${kind} code is required`, { field: 'code' });
  const variables = checkVariables(input.variables, 'variables', ctx.options);
  const first = await findTask(ctx.db, id);
  if (!first) throw new NotFoundError('Task', id);
  assertAssignee(first, actor);
  if (!first.instanceId)
    throw new TaskStateError(
      ErrorCode.TASK_NOT_ACTIVE,
      id,
      `task ${id} is live work without a process to throw a BPMN ${kind} into`,
    );
  const instanceId = first.instanceId;
  return runInstanceCommand(ctx, instanceId, actor, async (run) => {
    const task = (await findTask(ctx.db, id)) as TaskRecord;
    assertAssignee(task, actor);
    const wait = run.collector.waits.get(task.executionId);
    if (!wait) throw new TaskStateError(ErrorCode.TASK_NOT_ACTIVE, id, `the process no longer waits for task ${id}`);
    run.rootEnvironment()?.assignVariables(variables);
    raise(wait, run, input.code, input.message ?? input.code);
    const now = ctx.clock.now();
    const output = { ...variables, [`${kind}Code`]: input.code };
    return {
      async persist(trx, outcome) {
        // An escalation nobody catches leaves the task waiting; only a task whose execution ended is done.
        if (outcome.waits.some((w) => w.executionId === task.executionId)) return;
        const won = await updateTaskIf(
          trx,
          id,
          { fromStates: [TaskState.ASSIGNED], expectedVersion: task.version },
          { state: TaskState.COMPLETED, completedAt: now, completedBy: actor.userId, output },
        );
        if (!won) throw new LostRace();
      },
      history: [
        {
          instanceId: task.instanceId,
          taskId: id,
          type: `task.${kind}`,
          elementId: task.elementId,
          actorId: actor.userId,
          onBehalfOf: actor.onBehalfOf,
          at: now,
          data: { code: input.code, message: input.message ?? null, variables },
        },
      ],
      result: () => ({ ...task, state: TaskState.COMPLETED, completedAt: now, completedBy: actor.userId, output }),
    };
  });
}

/** The assignee reports a BPMN error from the task (e.g. "documents missing"); a boundary error event takes over. */
export function throwTaskError(
  ctx: EngineContext,
  actor: Actor,
  id: string,
  input: TaskEventInput,
): Promise<TaskRecord> {
  return finishWith(ctx, actor, id, input, 'error', raiseError);
}

/** The assignee raises a BPMN escalation from the task; a boundary escalation event reacts (interrupting or not). */
export function throwTaskEscalation(
  ctx: EngineContext,
  actor: Actor,
  id: string,
  input: TaskEventInput,
): Promise<TaskRecord> {
  return finishWith(ctx, actor, id, input, 'escalation', raiseEscalation);
}
