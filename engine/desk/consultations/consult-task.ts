import {
  appendHistory,
  Channel,
  findTask,
  findUser,
  insertTasks,
  TaskKind,
  withTransaction,
  type SkillRequirement,
  type TaskRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError, ForbiddenError, NotFoundError } from '../../core/errors/index.ts';
import { newId } from '../../core/ids/index.ts';
import { newTask } from '../../process/runtime/index.ts';
import { toSkills } from '../../process/definitions/index.ts';
import { assertOpen } from '../../process/tasks/index.ts';
import { hasRole, Role, requireRole, type Actor } from '../../core/access/index.ts';

/** A question to a colleague or a group about a task. */
export interface ConsultInput {
  question: string;
  /** Who may answer: agents with these skills, members of this group, or this user (any combination). */
  skills?: readonly SkillRequirement[] | null;
  group?: string | null;
  userId?: string | null;
}

const MAX_QUESTION = 4000;

async function check(ctx: EngineContext, input: ConsultInput) {
  const question = input.question?.trim();
  if (!question) throw new BadInputError('question is required', { field: 'question' });
  if (question.length > MAX_QUESTION)
    throw new BadInputError(`question is longer than ${MAX_QUESTION} characters`, { field: 'question' });
  const skills = toSkills(input.skills ?? []);
  for (const s of skills)
    if (!s.name.trim() || !Number.isInteger(s.level) || s.level < 1 || s.level > 10)
      throw new BadInputError(`skill ${s.name} needs a level from 1 to 10`, { field: 'skills' });
  const group = input.group?.trim() || null;
  const userId = input.userId?.trim() || null;
  if (userId && !(await findUser(ctx.db, userId)))
    throw new BadInputError(`user ${userId} is not known`, { field: 'userId' });
  return { question, skills, group, userId };
}

/**
 * The holder of a task asks a colleague or a group: a child task of kind CONSULT (no process of its
 * own), routed like any back-office work by skill, group or user, push or pull. Its answer comes back
 * to the parent task (see answerConsultation). Only the parent's holder or a supervisor may ask, and
 * only while the parent is open; bad input stores nothing.
 */
export async function consultTask(
  ctx: EngineContext,
  actor: Actor,
  parentId: string,
  input: ConsultInput,
): Promise<TaskRecord> {
  requireRole(actor, Role.EXPERT, Role.AGENT, Role.SUPERVISOR);
  const parent = await findTask(ctx.db, parentId);
  if (!parent) throw new NotFoundError('Task', parentId);
  assertOpen(parent);
  if (parent.assigneeId !== actor.userId && !hasRole(actor, Role.SUPERVISOR))
    throw new ForbiddenError(`only the holder of task ${parentId} may consult on it`, {
      taskId: parentId,
      assignee: parent.assigneeId,
    });
  const valid = await check(ctx, input);
  const now = ctx.clock.now();
  const id = newId('tk');
  const task: TaskRecord = newTask({
    id,
    executionId: `consult:${id}`,
    name: `Consultation: ${parent.name ?? parent.id}`.slice(0, 300),
    documentation: valid.question,
    channel: Channel.BACKOFFICE,
    candidateGroups: valid.group ? [valid.group] : [],
    candidateUsers: valid.userId ? [valid.userId] : [],
    priority: parent.priority,
    businessValue: parent.businessValue,
    skills: valid.skills,
    queue: parent.queue,
    interruptible: true,
    dueAt: parent.dueAt,
    createdAt: now,
    kind: TaskKind.CONSULT,
    enqueuedAt: now,
    customer: parent.customer,
    consultation: { parentTaskId: parent.id },
  });
  await withTransaction(ctx.db, async (trx) => {
    await insertTasks(trx, [task]);
    await appendHistory(trx, [
      {
        instanceId: null,
        taskId: id,
        type: 'task.created',
        elementId: null,
        actorId: actor.userId,
        onBehalfOf: actor.onBehalfOf,
        at: now,
        data: { via: 'consultation', parentTaskId: parent.id },
      },
      {
        instanceId: parent.instanceId,
        taskId: parent.id,
        type: 'consultation.asked',
        elementId: parent.elementId,
        actorId: actor.userId,
        onBehalfOf: actor.onBehalfOf,
        at: now,
        data: {
          consultation: id,
          question: valid.question,
          skills: valid.skills,
          group: valid.group,
          userId: valid.userId,
        },
      },
    ]);
  });
  ctx.events.publish({ type: 'task.created', task });
  return task;
}
