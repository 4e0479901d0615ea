import { findChatMessages, findConversationsOfAgent, type ChatConversationRecord } from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import type { Actor } from '../../core/access/index.ts';
import type { ChatView } from './chat-types.ts';
import { conversationForActor } from './messages.ts';

/** The chats an agent holds now (open tasks of kind CHAT), oldest first, each with its messages. */
export async function chatsOfAgent(ctx: EngineContext, agentId: string): Promise<ChatConversationRecord[]> {
  return findConversationsOfAgent(ctx.db, agentId);
}

/** One chat with its messages after `afterSeq`, for its holder or a supervisor. */
export async function readChat(ctx: EngineContext, actor: Actor, id: string, afterSeq = 0): Promise<ChatView> {
  const conversation = await conversationForActor(ctx, actor, id);
  return { conversation, messages: await findChatMessages(ctx.db, id, afterSeq) };
}

/** Messages of a conversation the caller has already been allowed to see. */
export function chatMessages(ctx: EngineContext, conversationId: string, afterSeq = 0) {
  return findChatMessages(ctx.db, conversationId, afterSeq);
}
