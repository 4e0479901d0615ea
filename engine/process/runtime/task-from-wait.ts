import type { EngineContext } from '../../core/context/index.ts';
import { newId } from '../../core/ids/index.ts';
import { TaskState, type InstanceRecord, type TaskRecord } from '../../../models/index.ts';
import { elementVariable, type WaitInfo } from './run-collector.ts';
import { newTask } from './new-task.ts';
import { resolve, toBool, toChannel, toInstant, toInt, toList, toSkills } from '../definitions/index.ts';

function documentation(behaviour: Record<string, any>): string | null {
  const docs = behaviour.documentation;
  if (Array.isArray(docs)) return docs.map((d: any) => d.text ?? '').join('\n') || null;
  return typeof docs === 'string' ? docs : null;
}

// A multi-instance iteration sees Camunda's loopCounter and its collection item under the name the
// model gives (camunda:elementVariable), e.g. camunda:assignee="${reviewer}".
function iterationVariables(wait: WaitInfo): Record<string, unknown> {
  const name = elementVariable(wait.api);
  return { ...wait.variables, loopCounter: wait.loopIndex, ...(wait.item === undefined ? {} : { [name]: wait.item }) };
}

/**
 * Builds the work item for a waiting user-task execution. Expressions in its attributes are resolved
 * now, against the variables the execution saw when it began to wait (plus `loopCounter` for
 * multi-instance iterations), as Camunda does at task creation.
 */
export function taskFromWait(
  ctx: EngineContext,
  instance: Pick<InstanceRecord, 'id' | 'definitionId' | 'definitionKey'>,
  wait: WaitInfo,
): TaskRecord {
  const now = ctx.clock.now();
  const vars = wait.loopIndex === null ? wait.variables : iterationVariables(wait);
  const b = wait.behaviour;
  // The engine's serialized source carries camunda: and crossdesk: attributes without their prefix.
  const attr = (name: string) => resolve(b[name], vars);
  const assignee = attr('assignee');
  const sla = attr('sla');
  return newTask({
    id: newId('tk'),
    instanceId: instance.id,
    definitionId: instance.definitionId,
    definitionKey: instance.definitionKey,
    elementId: wait.elementId,
    executionId: wait.executionId,
    name: wait.name ? String(resolve(wait.name, vars)) : wait.elementId,
    documentation: documentation(b),
    state: assignee ? TaskState.ASSIGNED : TaskState.QUEUED,
    channel: toChannel(attr('channel')),
    assigneeId: assignee ? String(assignee) : null,
    candidateGroups: toList(attr('candidateGroups')),
    candidateUsers: toList(attr('candidateUsers')),
    priority: toInt(attr('priority'), 50, 0, 1000, 'camunda:priority'),
    businessValue: toInt(attr('businessValue'), 0, 0, 100, 'crossdesk:businessValue'),
    skills: toSkills(attr('skills')),
    queue: (attr('queue') as string | undefined) || null,
    // crossdesk:site overrides the queue's site (e.g. "${customerSite}" from what the capture found).
    siteId: (attr('site') as string | undefined) || null,
    interruptible: toBool(attr('interruptible')),
    formKey: (attr('formKey') as string | undefined) || null,
    loopIndex: wait.loopIndex,
    dueAt: toInstant(attr('dueDate'), now, 'camunda:dueDate'),
    followUpAt: toInstant(attr('followUpDate'), now, 'camunda:followUpDate'),
    slaDueAt: toInstant(sla, now, 'crossdesk:sla'),
    createdAt: now,
    claimedAt: assignee ? now : null,
    enqueuedAt: now,
    workStartedAt: assignee ? now : null,
  });
}
