import { createHash, randomBytes } from 'node:crypto';
import type { ChatConversationRecord, ChatMessageRecord } from '../../../models/index.ts';

/** Why a conversation ended (stored as `end_reason`). */
export const ChatEndReason = {
  /** The holder (or a supervisor) closed it. */
  CLOSED_BY_AGENT: 'CLOSED_BY_AGENT',
  /** The customer ended it on the chat page. */
  CUSTOMER_LEFT: 'CUSTOMER_LEFT',
  /** The customer went silent and closed the page: nothing seen for the idle timeout. */
  CUSTOMER_TIMEOUT: 'CUSTOMER_TIMEOUT',
  /** Turned into a callback request. */
  CALLBACK: 'CALLBACK',
} as const;
export type ChatEndReason = (typeof ChatEndReason)[keyof typeof ChatEndReason];

/** A conversation with its messages, as the customer page and the agent desk read it. */
export interface ChatView {
  conversation: ChatConversationRecord;
  messages: ChatMessageRecord[];
}

/** A fresh conversation token: 192 random bits, URL-safe; only its hash is stored. */
export function newChatToken(): string {
  return randomBytes(24).toString('base64url');
}

export function hashChatToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A token can only be one of ours if it has the shape newChatToken gives; anything else is not looked up. */
export const CHAT_TOKEN = /^[\w-]{32}$/;
