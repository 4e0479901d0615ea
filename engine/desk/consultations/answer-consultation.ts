import { findTask, TaskKind, type TaskRecord } from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError, NotFoundError } from '../../core/errors/index.ts';
import { completeTask } from '../../process/tasks/index.ts';
import type { Actor } from '../../core/access/index.ts';

const MAX_ANSWER = 10_000;

/**
 * The colleague holding a consultation answers it: the consultation completes with `{ answer }` and
 * the answer returns to the parent task. Completing the consultation with variables `{ answer }` does
 * the same.
 */
export async function answerConsultation(
  ctx: EngineContext,
  actor: Actor,
  id: string,
  answer: string,
): Promise<TaskRecord> {
  const text = answer?.trim();
  if (!text) throw new BadInputError('answer is required', { field: 'answer' });
  if (text.length > MAX_ANSWER)
    throw new BadInputError(`answer is longer than ${MAX_ANSWER} characters`, { field: 'answer' });
  const task = await findTask(ctx.db, id);
  if (!task || task.kind !== TaskKind.CONSULT) throw new NotFoundError('Consultation', id);
  return completeTask(ctx, actor, id, { answer: text });
}
