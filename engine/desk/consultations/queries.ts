import { findConsultations, type TaskRecord } from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';

/** The consultations asked from a task, oldest first. */
export function getConsultations(ctx: EngineContext, parentTaskId: string): Promise<TaskRecord[]> {
  return findConsultations(ctx.db, parentTaskId);
}
