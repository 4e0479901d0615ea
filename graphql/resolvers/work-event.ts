import type { AgentRecord, ReservationRecord, TaskRecord } from '../../engine/index.ts';

/** A change in one agent's own work, as the myWork subscription delivers it. */
export interface WorkEventPayload {
  type: string;
  task: TaskRecord | null;
  reservation: ReservationRecord | null;
  agent: AgentRecord | null;
}
