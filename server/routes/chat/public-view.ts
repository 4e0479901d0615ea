import type { ChatConversationRecord, ChatMessageRecord } from '../../../engine/index.ts';

/** A message as the customer sees it: who wrote it by role only (no agent ids leave the desk). */
export const publicMessage = (m: ChatMessageRecord) => ({ seq: m.seq, author: m.author, body: m.body, at: m.at });

/** The conversation as the customer sees it. */
export const publicConversation = (c: ChatConversationRecord, messages: readonly ChatMessageRecord[]) => ({
  conversationId: c.id,
  queue: c.queue,
  state: c.state,
  endReason: c.endReason,
  caseReference: c.caseReference,
  messages: messages.map(publicMessage),
});
