/**
 * Limits of live chat (configured by the CROSSDESK_CHAT_* settings; docs/routing.md "Live chat").
 * Every one has a safe default: a public page must not let a visitor fill the database.
 */
export interface ChatSettings {
  /** Longest chat message, in characters (either side). */
  readonly maxMessageChars: number;
  /** Messages one conversation's customer may send per minute. */
  readonly messagesPerMinute: number;
  /** Messages one conversation may hold; the customer is refused beyond that, the agent closes it. */
  readonly maxMessages: number;
  /** A customer neither writing nor listening (no open stream) this long has left: the chat ends. */
  readonly idleTimeoutSeconds: number;
}

export const DEFAULT_CHAT_SETTINGS: ChatSettings = {
  maxMessageChars: 2000,
  messagesPerMinute: 30,
  maxMessages: 500,
  idleTimeoutSeconds: 120,
};
