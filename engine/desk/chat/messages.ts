import {
  appendChatMessage,
  ChatAuthor,
  ChatState,
  findChatMessages,
  findConversation,
  findConversationByToken,
  findTask,
  touchConversation,
  withTransaction,
  type ChatConversationRecord,
  type ChatMessageRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import {
  BadInputError,
  ChatEndedError,
  CrossdeskError,
  ErrorCode,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
} from '../../core/errors/index.ts';
import { hasRole, Role, type Actor } from '../../core/access/index.ts';
import { makeRateLimit } from '../../core/rate-limits/index.ts';
import { checkMessage } from './check-chat.ts';
import { CHAT_TOKEN, hashChatToken, type ChatView } from './chat-types.ts';

/** The conversation a customer's token opens; NOT_FOUND for anything else (a wrong token says nothing more). */
export async function conversationOfToken(ctx: EngineContext, token: string): Promise<ChatConversationRecord> {
  const found = CHAT_TOKEN.test(token) ? await findConversationByToken(ctx.db, hashChatToken(token)) : undefined;
  if (!found) throw new NotFoundError('Chat', 'by this token');
  return found;
}

/** The customer's view after a reload: the conversation and every message after `afterSeq`. */
export async function readChatByToken(ctx: EngineContext, token: string, afterSeq = 0): Promise<ChatView> {
  const conversation = await conversationOfToken(ctx, token);
  return { conversation, messages: await findChatMessages(ctx.db, conversation.id, afterSeq) };
}

/** The customer is still there (an open stream, a message): postpones the idle timeout. */
export async function customerSeen(ctx: EngineContext, conversation: ChatConversationRecord): Promise<void> {
  if (conversation.state === ChatState.OPEN) await touchConversation(ctx.db, conversation.id, ctx.clock.now());
}

async function append(
  ctx: EngineContext,
  conversation: ChatConversationRecord,
  author: ChatAuthor,
  agentId: string | null,
  body: string,
): Promise<ChatMessageRecord> {
  if (conversation.state !== ChatState.OPEN) throw new ChatEndedError(conversation.id);
  const at = ctx.clock.now();
  const message = await withTransaction(ctx.db, (trx) =>
    appendChatMessage(
      trx,
      { conversationId: conversation.id, author, agentId, body, at },
      ctx.options.chat.maxMessages,
    ),
  );
  if (!message) {
    const fresh = (await findConversation(ctx.db, conversation.id)) as ChatConversationRecord;
    if (fresh.state !== ChatState.OPEN) throw new ChatEndedError(conversation.id);
    throw new CrossdeskError(
      ErrorCode.PAYLOAD_TOO_LARGE,
      `a chat holds at most ${ctx.options.chat.maxMessages} messages; the agent will close this one`,
      { field: 'body', maxMessages: ctx.options.chat.maxMessages },
    );
  }
  ctx.events.publish({ type: 'chat.message', chat: { ...conversation, nextSeq: message.seq }, message });
  return message;
}

/**
 * The customer writes (by token). Limited per conversation (CROSSDESK_CHAT_MESSAGES_PER_MINUTE) and
 * in size (CROSSDESK_CHAT_MAX_MESSAGE_CHARS); refused messages store nothing.
 */
export async function customerSays(ctx: EngineContext, token: string, body: unknown): Promise<ChatMessageRecord> {
  const conversation = await conversationOfToken(ctx, token);
  if (conversation.state !== ChatState.OPEN) throw new ChatEndedError(conversation.id);
  const text = checkMessage(body, ctx.options.chat);
  const wait = await makeRateLimit(ctx, 'chat-message', ctx.options.chat.messagesPerMinute, 60).hit(conversation.id);
  if (wait > 0) throw new RateLimitedError(`too many messages; try again in ${wait} s`, wait);
  const message = await append(ctx, conversation, ChatAuthor.CUSTOMER, null, text);
  await touchConversation(ctx.db, conversation.id, message.at);
  return message;
}

/** The conversation an actor may act on: its task's holder, or a supervisor. */
export async function conversationForActor(
  ctx: EngineContext,
  actor: Actor,
  conversationId: string,
): Promise<ChatConversationRecord> {
  const conversation = await findConversation(ctx.db, conversationId);
  if (!conversation) throw new NotFoundError('Chat', conversationId);
  if (hasRole(actor, Role.SUPERVISOR)) return conversation;
  const task = conversation.taskId ? await findTask(ctx.db, conversation.taskId) : undefined;
  if (task?.assigneeId !== actor.userId)
    throw new ForbiddenError('only the agent holding this chat (or a supervisor) may do that', { conversationId });
  return conversation;
}

/** The agent holding the chat's task answers. */
export async function agentSays(
  ctx: EngineContext,
  actor: Actor,
  conversationId: string,
  body: unknown,
): Promise<ChatMessageRecord> {
  const conversation = await conversationForActor(ctx, actor, conversationId);
  const text = checkMessage(body, ctx.options.chat);
  if (conversation.state !== ChatState.OPEN) throw new ChatEndedError(conversationId);
  if (!conversation.taskId) throw new BadInputError('this chat has no task', { field: 'conversationId' });
  return append(ctx, conversation, ChatAuthor.AGENT, actor.userId, text);
}

/** A line the desk itself writes into the conversation (the customer left, the agent closed it). */
export async function systemSays(
  ctx: EngineContext,
  conversation: ChatConversationRecord,
  body: string,
): Promise<ChatMessageRecord | null> {
  try {
    return await append(ctx, conversation, ChatAuthor.SYSTEM, null, body);
  } catch (err) {
    // Ended meanwhile, or full: the end itself still happens.
    if (err instanceof CrossdeskError) return null;
    throw err;
  }
}
