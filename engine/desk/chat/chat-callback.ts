import { findConversation, type ChatConversationRecord, type TaskRecord } from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { ChatEndedError } from '../../core/errors/index.ts';
import type { Actor } from '../../core/access/index.ts';
import { requestCallback } from '../callbacks/index.ts';
import { ChatEndReason } from './chat-types.ts';
import { endChat } from './end-chat.ts';
import { conversationForActor } from './messages.ts';

/** What turning a chat into a callback needs beyond the chat: where to call, and when by. */
export interface ChatCallbackInput {
  phone: string;
  /** The VOICE queue whose agents call back. */
  queue: string;
  windowStart?: number | null;
  windowEnd: number;
}

/**
 * The chat becomes a callback (the customer would rather talk): a CALLBACK task for the same customer
 * and contact (requestCallback checks the input; bad input changes nothing), then the chat ends with
 * reason CALLBACK, its transcript on the case as usual. Answers the callback task.
 */
export async function chatToCallback(
  ctx: EngineContext,
  actor: Actor,
  conversationId: string,
  input: ChatCallbackInput,
): Promise<TaskRecord> {
  const conversation = await conversationForActor(ctx, actor, conversationId);
  if (conversation.state !== 'OPEN') throw new ChatEndedError(conversationId);
  const callback = await requestCallback(ctx, actor, {
    customer: customerOf(conversation, input.phone),
    phone: input.phone,
    queue: input.queue,
    windowStart: input.windowStart ?? null,
    windowEnd: input.windowEnd,
    interactionId: conversation.interactionId,
  });
  const fresh = (await findConversation(ctx.db, conversationId)) as ChatConversationRecord;
  await endChat(ctx, fresh, { reason: ChatEndReason.CALLBACK, actorId: actor.userId });
  return callback;
}

const customerOf = (c: ChatConversationRecord, phone: string) => ({
  ...(c.customerId ? { id: c.customerId } : {}),
  name: c.customerName,
  email: c.customerEmail,
  phone,
});
