import { appendHistory, findTask, TaskKind, type TaskRecord } from '../../../models/index.ts';
import type { EngineContext, KindHooks } from '../../core/context/index.ts';

/**
 * A consultation was completed: its answer goes on the parent's history and its holder hears of it
 * (`consultation.answered` in myWork). The answer itself stays on the consultation (its output).
 */
async function noteConsultationAnswered(ctx: EngineContext, consultation: TaskRecord): Promise<void> {
  if (consultation.kind !== TaskKind.CONSULT || !consultation.consultation?.parentTaskId) return;
  const parent = await findTask(ctx.db, consultation.consultation.parentTaskId);
  if (!parent) return;
  const answer = consultation.output?.answer ?? null;
  await appendHistory(ctx.db, [
    {
      instanceId: parent.instanceId,
      taskId: parent.id,
      type: 'consultation.answered',
      elementId: parent.elementId,
      actorId: consultation.completedBy,
      onBehalfOf: null,
      at: ctx.clock.now(),
      data: { consultation: consultation.id, answer, answeredBy: consultation.completedBy },
    },
  ]);
  ctx.events.publish({ type: 'consultation.answered', task: parent, consultation });
}

/** What consultations do in the generic task commands (registered by the composition root). */
export const consultationHooks = (ctx: EngineContext): KindHooks => ({
  onCompleted: (task) => noteConsultationAnswered(ctx, task),
});
