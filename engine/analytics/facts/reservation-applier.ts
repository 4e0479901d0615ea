import { addAgentRollup, bucketOf, ReservationState, type FeedRecord } from '../../../models/index.ts';
import { timeOf, type ApplyScope, type FactApplier } from './applier.ts';

const COLUMN: Record<string, string> = {
  [ReservationState.ACCEPTED]: 'accepted',
  [ReservationState.REJECTED]: 'rejected',
  [ReservationState.TIMED_OUT]: 'missed',
};

/** Offers that ended: accepted, rejected or missed (timed out), per agent and channel when they ended. */
export const reservationApplier: FactApplier = {
  entity: 'reservation',
  async apply(record: FeedRecord, scope: ApplyScope) {
    const row = record.row;
    const column = COLUMN[String(row.state)];
    if (!column || record.prevState === row.state) return;
    const at = timeOf(row, 'ended_at') ?? timeOf(row, 'created_at') ?? 0;
    const fact = await scope.taskFact(String(row.task_id));
    await addAgentRollup(scope.trx, bucketOf(at), String(row.agent_id), fact?.channel ?? '', { [column]: 1 });
  },
};
