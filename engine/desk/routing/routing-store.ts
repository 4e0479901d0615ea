import {
  findReservation,
  findTask,
  makeSqlRoutingReads,
  ReservationState,
  TaskState,
  type AgentRecord,
  type ReservationRecord,
  type RoutingReads,
  type TaskRecord,
} from '../../../models/index.ts';
import { closeMissedWindow } from '../callbacks/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { escalateIfDue } from './escalate.ts';
import { declineReservation, offerTasks, type OfferSpec } from './offers.ts';
import { pauseForLiveWork, requeueTask } from './pausing.ts';

/** An offer made: the PENDING reservation and the task, now RESERVED. */
export interface Offered {
  reservation: ReservationRecord;
  task: TaskRecord;
}

/**
 * Everything a routing pass reads and writes. Every write is guarded (state and version, capacity under
 * the agent guard) and returns null, false or nothing when the rows moved on, so the router's indexes
 * can be stale without harm. Production uses the SQL store; a simulator the in-memory one.
 */
export interface RoutingStore extends RoutingReads {
  /** Offers queued tasks to one agent, all or nothing. */
  offer(agentId: string, specs: readonly OfferSpec[]): Promise<Offered[] | null>;
  /** Pauses the agent's interruptible work for a call; null when some of it may not pause. */
  pauseForLiveWork(agentId: string, callTaskId: string): Promise<TaskRecord[] | null>;
  /** Ends a pending offer whose time is up; the task is queued again. Null when it had ended already. */
  timeOutOffer(reservationId: string): Promise<{ reservation: ReservationRecord; agent?: AgentRecord } | null>;
  /** Applies the waiting task's next escalation step if due; the changed task, or null. */
  escalateIfDue(taskId: string): Promise<TaskRecord | null>;
  /** Queues a paused task again when its holder did not resume it in time; null when it moved on. */
  returnPaused(taskId: string): Promise<TaskRecord | null>;
  /** Closes a callback whose window has passed; true when it did. */
  closeMissedWindow(taskId: string): Promise<boolean>;
}

/** The production store: SQL reads from models/, writes through the engine's guarded commands. */
export function makeSqlRoutingStore(ctx: EngineContext): RoutingStore {
  return {
    ...makeSqlRoutingReads(ctx.db),
    offer: (agentId, specs) => offerTasks(ctx, agentId, specs),
    pauseForLiveWork: (agentId, callTaskId) => pauseForLiveWork(ctx, agentId, callTaskId),
    async timeOutOffer(id) {
      const reservation = await findReservation(ctx.db, id);
      if (reservation?.state !== ReservationState.PENDING) return null;
      return declineReservation(ctx, reservation, ReservationState.TIMED_OUT, null, 'no answer in time');
    },
    escalateIfDue: (taskId) => escalateIfDue(ctx, taskId),
    async returnPaused(taskId) {
      const task = await findTask(ctx.db, taskId);
      if (task?.state !== TaskState.PAUSED || task.pausedAt === null || task.pausedAt > ctx.clock.now()) return null;
      return requeueTask(ctx, task, 'not resumed in time after live work');
    },
    closeMissedWindow: (taskId) => closeMissedWindow(ctx, taskId),
  };
}
