import {
  appendChatMessage,
  appendHistory,
  ChatAuthor,
  ChatState,
  Channel,
  findConversation,
  findQueue,
  insertConversation,
  insertTasks,
  linkInteraction,
  TaskKind,
  TaskState,
  withTransaction,
  type ChatConversationRecord,
  type QueueRecord,
  type TaskRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { NotFoundError } from '../../core/errors/index.ts';
import { newId } from '../../core/ids/index.ts';
import { SYSTEM_ACTOR } from '../../core/access/index.ts';
import { captureInteraction } from '../../intake/interactions/index.ts';
import { normalizeEmail } from '../../intake/customers/index.ts';
import { newTask } from '../../process/runtime/index.ts';
import { checkMessage, checkSkill, checkText } from './check-chat.ts';
import { hashChatToken, newChatToken } from './chat-types.ts';

/** What a customer gives to open a chat on a chat queue's public page. */
export interface StartChatInput {
  queue: string;
  name?: unknown;
  email?: unknown;
  /** The first message. */
  message?: unknown;
  /** A skill the answering agent needs (the widget's data-skill), level 1. */
  skill?: unknown;
}

/** A queue customers may chat with (channel CHAT); NOT_FOUND for any other name. */
export async function chatQueue(ctx: EngineContext, name: string): Promise<QueueRecord> {
  const queue = await findQueue(ctx.db, name);
  if (!queue || queue.channel !== Channel.CHAT) throw new NotFoundError('Chat queue', name);
  return queue;
}

function checkStart(ctx: EngineContext, input: StartChatInput) {
  return {
    body: checkMessage(input.message, ctx.options.chat),
    name: checkText(input.name, 'name', 200),
    email: normalizeEmail(checkText(input.email, 'email', 320), 'email'),
    skill: checkSkill(input.skill),
  };
}

/**
 * A customer opens a chat (no sign-in): the contact is taken in like a mail (a CHAT interaction that
 * starts or joins a case and lands on the customer's timeline), and a live CHAT task waits in the
 * queue for an agent with chat capacity left. Answers the conversation and its token, which is the
 * customer's only key to it (shown once; only its hash is stored). Bad input stores nothing.
 */
export async function startChat(
  ctx: EngineContext,
  input: StartChatInput,
): Promise<{ conversation: ChatConversationRecord; token: string }> {
  const queue = await chatQueue(ctx, String(input.queue ?? ''));
  const valid = checkStart(ctx, input);
  const id = newId('ch');
  const token = newChatToken();
  const interaction = await captureInteraction(ctx, SYSTEM_ACTOR, {
    channel: 'CHAT',
    externalId: `chat:${id}`,
    customer: valid.email ? { name: valid.name, email: valid.email } : null,
    subject: `Chat on ${queue.name}${valid.name ? ` with ${valid.name}` : ''}`,
    body: valid.body,
    attributes: { conversationId: id, queue: queue.name },
  });
  const now = ctx.clock.now();
  const task = newTask({
    id: newId('tk'),
    executionId: `chat:${id}`,
    name: `Chat with ${valid.name ?? valid.email ?? 'a visitor'}`,
    state: TaskState.QUEUED,
    channel: Channel.CHAT,
    skills: valid.skill ? [{ name: valid.skill, level: 1 }] : [],
    queue: queue.name,
    createdAt: now,
    kind: TaskKind.CHAT,
    enqueuedAt: now,
    customer: { id: interaction.customerId, name: valid.name, email: valid.email, conversationId: id },
  });
  const conversation: ChatConversationRecord = {
    id,
    tokenHash: hashChatToken(token),
    queue: queue.name,
    state: ChatState.OPEN,
    customerId: interaction.customerId,
    customerName: valid.name,
    customerEmail: valid.email,
    taskId: task.id,
    interactionId: interaction.id,
    caseInstanceId: interaction.caseInstanceId,
    caseReference: interaction.caseReference,
    nextSeq: 0,
    startedAt: now,
    customerSeenAt: now,
    endedAt: null,
    endReason: null,
    dispositionCode: null,
    dispositionNote: null,
  };
  await withTransaction(ctx.db, async (trx) => {
    await insertConversation(trx, conversation);
    await appendChatMessage(
      trx,
      { conversationId: id, author: ChatAuthor.CUSTOMER, agentId: null, body: valid.body, at: now },
      ctx.options.chat.maxMessages,
    );
    await insertTasks(trx, [task]);
    await linkInteraction(trx, interaction.id, { instanceId: interaction.caseInstanceId, taskId: task.id }, now);
    await appendHistory(trx, [history(task, now, id)]);
  });
  ctx.events.publish({ type: 'task.created', task: task as TaskRecord });
  return { conversation: (await findConversation(ctx.db, id)) as ChatConversationRecord, token };
}

const history = (task: TaskRecord, at: number, conversationId: string) => ({
  instanceId: null,
  taskId: task.id,
  type: 'task.created',
  elementId: null,
  actorId: null,
  onBehalfOf: null,
  at,
  data: { via: 'chat', conversationId, queue: task.queue },
});
