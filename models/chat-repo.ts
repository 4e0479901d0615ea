import type { Db } from './db.ts';

/** OPEN while the customer and the desk talk; ENDED once either side ended it (kept for the transcript). */
export const ChatState = { OPEN: 'OPEN', ENDED: 'ENDED' } as const;
export type ChatState = (typeof ChatState)[keyof typeof ChatState];

/** Who wrote a chat message. */
export const ChatAuthor = { CUSTOMER: 'CUSTOMER', AGENT: 'AGENT', SYSTEM: 'SYSTEM' } as const;
export type ChatAuthor = (typeof ChatAuthor)[keyof typeof ChatAuthor];

/** One chat conversation as stored (the token itself is never stored, only its hash). */
export interface ChatConversationRecord {
  id: string;
  tokenHash: string;
  queue: string;
  state: ChatState;
  customerId: string | null;
  customerName: string | null;
  customerEmail: string | null;
  taskId: string | null;
  interactionId: string | null;
  caseInstanceId: string | null;
  caseReference: string | null;
  /** Number of messages so far (the last one's seq). */
  nextSeq: number;
  startedAt: number;
  customerSeenAt: number;
  endedAt: number | null;
  endReason: string | null;
  dispositionCode: string | null;
  dispositionNote: string | null;
}

/** One message of a conversation; `seq` counts from 1 within it. */
export interface ChatMessageRecord {
  conversationId: string;
  seq: number;
  author: ChatAuthor;
  agentId: string | null;
  body: string;
  at: number;
}

const toConversation = (r: any): ChatConversationRecord => ({
  id: r.id,
  tokenHash: r.token_hash,
  queue: r.queue,
  state: r.state,
  customerId: r.customer_id ?? null,
  customerName: r.customer_name ?? null,
  customerEmail: r.customer_email ?? null,
  taskId: r.task_id ?? null,
  interactionId: r.interaction_id ?? null,
  caseInstanceId: r.case_instance_id ?? null,
  caseReference: r.case_reference ?? null,
  nextSeq: Number(r.next_seq),
  startedAt: Number(r.started_at),
  customerSeenAt: Number(r.customer_seen_at),
  endedAt: r.ended_at === null || r.ended_at === undefined ? null : Number(r.ended_at),
  endReason: r.end_reason ?? null,
  dispositionCode: r.disposition_code ?? null,
  dispositionNote: r.disposition_note ?? null,
});

const toMessage = (r: any): ChatMessageRecord => ({
  conversationId: r.conversation_id,
  seq: Number(r.seq),
  author: r.author,
  agentId: r.agent_id ?? null,
  body: r.body,
  at: Number(r.at),
});

/** Stores a new conversation. */
export async function insertConversation(db: Db, c: ChatConversationRecord): Promise<void> {
  await db('chat_conversations').insert({
    id: c.id,
    token_hash: c.tokenHash,
    queue: c.queue,
    state: c.state,
    customer_id: c.customerId,
    customer_name: c.customerName,
    customer_email: c.customerEmail,
    task_id: c.taskId,
    interaction_id: c.interactionId,
    case_instance_id: c.caseInstanceId,
    case_reference: c.caseReference,
    next_seq: c.nextSeq,
    started_at: c.startedAt,
    customer_seen_at: c.customerSeenAt,
  });
}

/** Fields set once the conversation's task and case exist. */
export async function linkConversation(
  db: Db,
  id: string,
  links: Pick<ChatConversationRecord, 'taskId' | 'interactionId' | 'caseInstanceId' | 'caseReference'>,
): Promise<void> {
  await db('chat_conversations').where({ id }).update({
    task_id: links.taskId,
    interaction_id: links.interactionId,
    case_instance_id: links.caseInstanceId,
    case_reference: links.caseReference,
  });
}

export async function findConversation(db: Db, id: string): Promise<ChatConversationRecord | undefined> {
  const row = await db('chat_conversations').where({ id }).first();
  return row ? toConversation(row) : undefined;
}

export async function findConversationByToken(db: Db, tokenHash: string): Promise<ChatConversationRecord | undefined> {
  const row = await db('chat_conversations').where({ token_hash: tokenHash }).first();
  return row ? toConversation(row) : undefined;
}

/** The conversations of these tasks (an agent's chat tasks). */
export async function findConversationsOfTasks(db: Db, taskIds: readonly string[]): Promise<ChatConversationRecord[]> {
  if (!taskIds.length) return [];
  return (await db('chat_conversations').whereIn('task_id', taskIds).orderBy('started_at')).map(toConversation);
}

/** Open conversations whose customer was last seen before `before` (they left), oldest first. */
export async function findIdleConversations(db: Db, before: number, limit: number): Promise<ChatConversationRecord[]> {
  const rows = await db('chat_conversations')
    .where({ state: ChatState.OPEN })
    .where('customer_seen_at', '<', before)
    .orderBy('customer_seen_at')
    .limit(limit);
  return rows.map(toConversation);
}

/** The customer was seen (a message, an open stream); only moves forward. */
export async function touchConversation(db: Db, id: string, at: number): Promise<void> {
  await db('chat_conversations')
    .where({ id, state: ChatState.OPEN })
    .where('customer_seen_at', '<', at)
    .update({ customer_seen_at: at });
}

/**
 * Appends a message to an open conversation: its seq comes from the conversation row's counter, whose
 * update also locks the row, so messages commit in seq order. Null when the conversation is not open.
 */
export async function appendChatMessage(
  trx: Db,
  message: Omit<ChatMessageRecord, 'seq'>,
  maxMessages: number,
): Promise<ChatMessageRecord | null> {
  const bumped = await trx('chat_conversations')
    .where({ id: message.conversationId, state: ChatState.OPEN })
    .where('next_seq', '<', maxMessages)
    .increment('next_seq', 1);
  if (!bumped) return null;
  const row = await trx('chat_conversations').where({ id: message.conversationId }).first('next_seq');
  const seq = Number(row.next_seq);
  await trx('chat_messages').insert({
    conversation_id: message.conversationId,
    seq,
    author: message.author,
    agent_id: message.agentId,
    body: message.body,
    at: message.at,
  });
  return { ...message, seq };
}

/** Messages after `afterSeq`, in order (at most `limit`). */
export async function findChatMessages(
  db: Db,
  conversationId: string,
  afterSeq = 0,
  limit = 1000,
): Promise<ChatMessageRecord[]> {
  const rows = await db('chat_messages')
    .where({ conversation_id: conversationId })
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit);
  return rows.map(toMessage);
}

/** Ends an open conversation (once: false when it had ended already). */
export async function endConversation(
  db: Db,
  id: string,
  end: { at: number; reason: string; dispositionCode?: string | null; dispositionNote?: string | null },
): Promise<boolean> {
  const n = await db('chat_conversations')
    .where({ id, state: ChatState.OPEN })
    .update({
      state: ChatState.ENDED,
      ended_at: end.at,
      end_reason: end.reason,
      disposition_code: end.dispositionCode ?? null,
      disposition_note: end.dispositionNote ?? null,
    });
  return n > 0;
}

/** Writes the transcript into the conversation's interaction, so the case and the timeline show it whole. */
export async function setInteractionTranscript(
  db: Db,
  interactionId: string,
  body: string,
  attributes: Record<string, unknown>,
): Promise<void> {
  await db('interactions')
    .where({ id: interactionId })
    .update({ body, attributes: JSON.stringify(attributes) });
}

/** The conversations of an agent's open chat tasks (held or paused), oldest first. */
export async function findConversationsOfAgent(db: Db, agentId: string): Promise<ChatConversationRecord[]> {
  const rows = await db('chat_conversations as c')
    .join('tasks as t', 't.id', 'c.task_id')
    .where('t.assignee_id', agentId)
    .whereIn('t.state', ['ASSIGNED', 'PAUSED'])
    .orderBy('c.started_at')
    .select('c.*');
  return rows.map(toConversation);
}

/** The conversation of a CHAT task. */
export async function findConversationOfTask(db: Db, taskId: string): Promise<ChatConversationRecord | undefined> {
  const row = await db('chat_conversations').where({ task_id: taskId }).first();
  return row ? toConversation(row) : undefined;
}
