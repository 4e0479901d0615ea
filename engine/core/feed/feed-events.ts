import {
  ChatState,
  findAgent,
  findChatMessages,
  findConversation,
  findTask,
  queueFromRow,
  reservationFromRow,
  ReservationState,
  taskFromRow,
  TaskState,
  type FeedRecord,
  type TaskRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../context/index.ts';
import type { EngineEvent } from '../events/index.ts';

type TaskEventType = Extract<EngineEvent, { task: TaskRecord; reservation?: never }>['type'];

/** The task event a committed transition amounts to (the writer's own event type is not recorded). */
function taskEventType(prev: string | null, next: string): { type: TaskEventType; viaReservation?: boolean } {
  if (prev === next) return { type: 'task.priorityRaised' };
  switch (next) {
    case TaskState.RESERVED:
      return { type: 'task.reserved' };
    case TaskState.ASSIGNED:
      if (prev === TaskState.RESERVED) return { type: 'task.assigned', viaReservation: true };
      if (prev === TaskState.PAUSED) return { type: 'task.resumed' };
      return { type: prev === TaskState.QUEUED ? 'task.claimed' : 'task.assigned' };
    case TaskState.QUEUED:
      return { type: 'task.requeued' };
    case TaskState.PAUSED:
      return { type: 'task.paused' };
    case TaskState.COMPLETED:
      return { type: 'task.completed' };
    case TaskState.CANCELLED:
      return { type: 'task.cancelled' };
  }
  return { type: 'task.priorityRaised' };
}

const RESERVATION_EVENT = {
  [ReservationState.PENDING]: 'reservation.offered',
  [ReservationState.ACCEPTED]: 'reservation.accepted',
  [ReservationState.REJECTED]: 'reservation.rejected',
  [ReservationState.TIMED_OUT]: 'reservation.timedOut',
  [ReservationState.RESCINDED]: 'reservation.rescinded',
} as const;

/**
 * Another node's committed changes as the events this node's listeners know (subscriptions, the
 * router's inbox, the session watch), stamped with `originPrefix` and the writing node. Tasks come from the records' snapshots;
 * a reservation's task is the snapshot from the same batch when there is one (the offer's transaction
 * wrote both), else read; agents are read back (their name, roles and skills live in other rows).
 */
export async function toEngineEvents(
  ctx: EngineContext,
  records: readonly FeedRecord[],
  originPrefix: string,
): Promise<EngineEvent[]> {
  const tasks = new Map<string, TaskRecord>();
  for (const r of records) if (r.entity === 'task') tasks.set(r.entityId, taskFromRow(r.row));
  const events: EngineEvent[] = [];
  for (const r of records) {
    const event = await toEngineEvent(ctx, r, tasks);
    if (event) events.push({ ...event, origin: `${originPrefix}${r.origin ?? '?'}` });
  }
  return events;
}

async function toEngineEvent(
  ctx: EngineContext,
  r: FeedRecord,
  tasks: Map<string, TaskRecord>,
): Promise<EngineEvent | null> {
  switch (r.entity) {
    case 'task': {
      const task = taskFromRow(r.row);
      if (r.op === 'I') return { type: 'task.created', task };
      return { ...taskEventType(r.prevState, task.state), task } as EngineEvent;
    }
    case 'reservation': {
      const reservation = reservationFromRow(r.row);
      const task = tasks.get(reservation.taskId) ?? (await findTask(ctx.db, reservation.taskId));
      return task ? { type: RESERVATION_EVENT[reservation.state], reservation, task } : null;
    }
    case 'agent': {
      const agent = await findAgent(ctx.db, r.entityId);
      return agent ? { type: 'agent.changed', agent } : null;
    }
    case 'queue':
      return { type: 'queue.changed', queue: queueFromRow(r.row) };
    case 'session':
      return { type: 'sessions.changed', userId: (r.row.user_id as string | undefined) ?? null };
    case 'user':
      return { type: 'sessions.changed', userId: r.entityId };
    case 'chatMessage':
      return chatMessageEvent(ctx, r.entityId, r.version ?? 0);
    case 'chat': {
      if (r.row.state !== ChatState.ENDED || r.prevState === ChatState.ENDED) return null;
      const chat = await findConversation(ctx.db, r.entityId);
      return chat ? { type: 'chat.ended', chat, message: null } : null;
    }
  }
  return null;
}

/** A chat message fed without its text: read back with its conversation (null once erased or pruned). */
async function chatMessageEvent(ctx: EngineContext, conversationId: string, seq: number): Promise<EngineEvent | null> {
  const [chat, [message]] = await Promise.all([
    findConversation(ctx.db, conversationId),
    findChatMessages(ctx.db, conversationId, seq - 1, 1),
  ]);
  if (!chat || message?.seq !== seq) return null;
  return { type: 'chat.message', chat: { ...chat, nextSeq: seq }, message };
}
