import {
  appendHistory,
  ChatState,
  endConversation,
  findChatMessages,
  findConversation,
  findIdleConversations,
  findTask,
  patchTask,
  pendingReservationsOfTasks,
  ReservationState,
  setInteractionTranscript,
  TaskState,
  updateTaskIf,
  withTransaction,
  type ChatConversationRecord,
  type TaskRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { ChatEndedError } from '../../core/errors/index.ts';
import type { Actor } from '../../core/access/index.ts';
import { declineReservation } from '../routing/index.ts';
import { requireDisposition, setDisposition } from '../../process/dispositions/index.ts';
import { checkText } from './check-chat.ts';
import { ChatEndReason } from './chat-types.ts';
import { conversationForActor, conversationOfToken, systemSays } from './messages.ts';
import { transcriptOf } from './transcript.ts';

/** What the desk writes into the conversation when it ends, by reason. */
const END_LINE: Record<ChatEndReason, string> = {
  CLOSED_BY_AGENT: 'The agent ended the chat.',
  CUSTOMER_LEFT: 'The customer ended the chat.',
  CUSTOMER_TIMEOUT: 'The customer left (no sign of them for a while).',
  CALLBACK: 'The chat continues as a callback.',
};

/** How a chat ends: why, who, and the agent's wrap-up (a disposition code and note, both optional). */
export interface ChatEnd {
  reason: ChatEndReason;
  actorId: string | null;
  dispositionCode?: string | null;
  dispositionNote?: string | null;
}

/**
 * Ends a conversation once (later calls return false): a last line for both sides, the conversation
 * marked ENDED, its task ended (a chat somebody held is COMPLETED by them; one still waiting was
 * abandoned and is CANCELLED, its offer rescinded), and the whole transcript written into the chat's
 * interaction, where the case and the customer's timeline show it like a mail.
 */
export async function endChat(
  ctx: EngineContext,
  conversation: ChatConversationRecord,
  end: ChatEnd,
): Promise<boolean> {
  if (conversation.state !== ChatState.OPEN) return false;
  await systemSays(ctx, conversation, END_LINE[end.reason]);
  const at = ctx.clock.now();
  if (!(await endConversation(ctx.db, conversation.id, { ...end, at }))) return false;
  const ended = (await findConversation(ctx.db, conversation.id)) as ChatConversationRecord;
  if (ended.taskId) await endTask(ctx, ended.taskId, end);
  if (ended.interactionId) {
    const messages = await findChatMessages(ctx.db, ended.id, 0, ctx.options.chat.maxMessages + 10);
    await setInteractionTranscript(ctx.db, ended.interactionId, transcriptOf(ended, messages), {
      conversationId: ended.id,
      queue: ended.queue,
      messages: messages.length,
      endReason: end.reason,
      ...(end.dispositionCode ? { dispositionCode: end.dispositionCode } : {}),
    });
  }
  ctx.events.publish({ type: 'chat.ended', chat: ended, message: null });
  return true;
}

const END_ATTEMPTS = 5;

/** Ends the chat's task; retried when the router moved it meanwhile (an offer made or rescinded). */
async function endTask(ctx: EngineContext, taskId: string, end: ChatEnd): Promise<void> {
  for (let attempt = 0; attempt < END_ATTEMPTS; attempt++) {
    const task = await findTask(ctx.db, taskId);
    if (!task || task.state === TaskState.COMPLETED || task.state === TaskState.CANCELLED) return;
    if (task.state === TaskState.RESERVED) {
      const [reservation] = await pendingReservationsOfTasks(ctx.db, [task.id]);
      if (reservation) await declineReservation(ctx, reservation, ReservationState.RESCINDED, null, 'chat ended');
      continue;
    }
    if (await endTaskOnce(ctx, task, end)) return;
  }
}

async function endTaskOnce(ctx: EngineContext, task: TaskRecord, end: ChatEnd): Promise<boolean> {
  const now = ctx.clock.now();
  const held = task.state === TaskState.ASSIGNED || task.state === TaskState.PAUSED;
  const handlingMs =
    task.handlingMs + (held && task.workStartedAt !== null ? Math.max(0, now - task.workStartedAt) : 0);
  const changes = held
    ? { state: TaskState.COMPLETED, completedAt: now, completedBy: task.assigneeId, handlingMs, workStartedAt: null }
    : { state: TaskState.CANCELLED, completedAt: now };
  const type = held ? 'task.completed' : 'task.cancelled';
  const done = await withTransaction(ctx.db, async (trx) => {
    if (!(await updateTaskIf(trx, task.id, { fromStates: [task.state], expectedVersion: task.version }, changes)))
      return null;
    // The disposition is on the task already (closeChat sets it first); history and the conversation
    // keep it beside the chat's end for the transcript.
    const data = {
      via: 'chat',
      reason: end.reason,
      ...(end.dispositionCode ? { dispositionCode: end.dispositionCode, note: end.dispositionNote ?? null } : {}),
    };
    const actorId = end.actorId ?? task.assigneeId;
    await appendHistory(trx, [
      { instanceId: null, taskId: task.id, type, elementId: null, actorId, onBehalfOf: null, at: now, data },
    ]);
    return { ...patchTask(task, changes), version: task.version + 1 };
  });
  if (done) ctx.events.publish({ type, task: done });
  return done !== null;
}

/**
 * The agent holding the chat (or a supervisor) closes it with a disposition code and note (the wrap-up:
 * stored on the task by setDisposition, and on the conversation); the code is needed when the queue has
 * disposition codes, and must be one of them.
 */
export async function closeChat(
  ctx: EngineContext,
  actor: Actor,
  conversationId: string,
  wrapUp: { dispositionCode?: unknown; note?: unknown } = {},
): Promise<ChatConversationRecord> {
  const conversation = await conversationForActor(ctx, actor, conversationId);
  const dispositionCode = checkText(wrapUp.dispositionCode, 'dispositionCode', 100);
  const dispositionNote = checkText(wrapUp.note, 'note', 2000);
  if (conversation.state !== ChatState.OPEN) throw new ChatEndedError(conversationId);
  // The wrap-up rule of every task: a queue with disposition codes ends its chats only with one of them.
  // A chat nobody took yet is withdrawn, not wrapped up.
  const task = conversation.taskId ? await findTask(ctx.db, conversation.taskId) : undefined;
  const held = task && (task.state === TaskState.ASSIGNED || task.state === TaskState.PAUSED);
  if (held && dispositionCode)
    await setDisposition(ctx, actor, { taskId: task.id, code: dispositionCode, note: dispositionNote });
  else if (held) await requireDisposition(ctx, task);
  await endChat(ctx, conversation, {
    reason: ChatEndReason.CLOSED_BY_AGENT,
    actorId: actor.userId,
    dispositionCode,
    dispositionNote,
  });
  return (await findConversation(ctx.db, conversationId)) as ChatConversationRecord;
}

/** The customer ends the chat on the page (by token). Ending an ended chat changes nothing. */
export async function customerLeaves(ctx: EngineContext, token: string): Promise<ChatConversationRecord> {
  const conversation = await conversationOfToken(ctx, token);
  await endChat(ctx, conversation, { reason: ChatEndReason.CUSTOMER_LEFT, actorId: null });
  return (await findConversation(ctx.db, conversation.id)) as ChatConversationRecord;
}

/** Chats ended per sweep at most; the rest wait for the next one. */
const SWEEP_BATCH = 100;

/**
 * Ends the chats whose customer left without saying so: no message and no open stream for the idle
 * timeout (CROSSDESK_CHAT_IDLE_SECONDS), on the engine's clock. Answers how many ended.
 */
export async function endIdleChats(ctx: EngineContext): Promise<number> {
  const before = ctx.clock.now() - ctx.options.chat.idleTimeoutSeconds * 1000;
  let ended = 0;
  for (const conversation of await findIdleConversations(ctx.db, before, SWEEP_BATCH))
    if (await endChat(ctx, conversation, { reason: ChatEndReason.CUSTOMER_TIMEOUT, actorId: null })) ended++;
  return ended;
}
