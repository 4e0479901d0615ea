import { ChatAuthor, type ChatConversationRecord, type ChatMessageRecord } from '../../../models/index.ts';

const speaker = (c: ChatConversationRecord, m: ChatMessageRecord) =>
  m.author === ChatAuthor.CUSTOMER
    ? (c.customerName ?? c.customerEmail ?? 'Customer')
    : m.author === ChatAuthor.AGENT
      ? `Agent ${m.agentId ?? ''}`.trim()
      : 'Crossdesk';

/** The conversation as plain text, one line per message with its UTC time: what the case keeps. */
export function transcriptOf(c: ChatConversationRecord, messages: readonly ChatMessageRecord[]): string {
  return messages
    .map((m) => `[${new Date(m.at).toISOString().slice(0, 19).replace('T', ' ')}] ${speaker(c, m)}: ${m.body}`)
    .join('\n');
}
