import { whereInteractionOfWork } from './customer-access.ts';
import { fromJson, type Db } from './db.ts';
import type { PullAgent } from './tasks/index.ts';

/** Where a contact came in (or went out). The strings are what the database stores. */
export const InteractionChannel = {
  EMAIL: 'EMAIL',
  CHAT: 'CHAT',
  WEB_FORM: 'WEB_FORM',
  VOICE: 'VOICE',
  SMS: 'SMS',
  SOCIAL: 'SOCIAL',
} as const;
export type InteractionChannel = (typeof InteractionChannel)[keyof typeof InteractionChannel];

/** INBOUND: the customer contacted us; OUTBOUND: our reply. */
export const Direction = { INBOUND: 'INBOUND', OUTBOUND: 'OUTBOUND' } as const;
export type Direction = (typeof Direction)[keyof typeof Direction];

/** What intake did with an interaction. */
export const InteractionOutcome = {
  /** A classification rule started a new case. */
  STARTED: 'STARTED',
  /** Delivered as a message into the open case that waited for it. */
  CORRELATED: 'CORRELATED',
  /** Joined an open case that was not waiting for a contact: shown on its open tasks. */
  LINKED: 'LINKED',
  /** No rule matched: a triage case was started. */
  TRIAGE: 'TRIAGE',
  /** Our own outbound message. */
  SENT: 'SENT',
  /** Stored, still being classified (a concurrent capture of the same externalId sees this). */
  PENDING: 'PENDING',
} as const;
export type InteractionOutcome = (typeof InteractionOutcome)[keyof typeof InteractionOutcome];

/** Metadata of one attachment; the content itself is not kept. */
export interface AttachmentMeta {
  filename: string | null;
  contentType: string;
  size: number;
  checksum: string | null;
}

/** One front-line contact. */
export interface InteractionRecord {
  id: string;
  externalId: string | null;
  channel: InteractionChannel;
  direction: Direction;
  customerId: string | null;
  subject: string | null;
  body: string | null;
  attributes: Record<string, unknown>;
  attachments: AttachmentMeta[];
  /** The mail's Message-ID (inbound and outbound), used to thread replies. */
  messageId: string | null;
  /** In-Reply-To and References of an inbound mail. */
  threadRefs: string[];
  caseInstanceId: string | null;
  caseReference: string | null;
  outcome: InteractionOutcome;
  ruleId: string | null;
  capturedBy: string | null;
  createdAt: number;
}

/** Filter of interaction lists. */
export interface InteractionFilter {
  text?: string;
  channel?: InteractionChannel;
  customerId?: string;
  caseInstanceId?: string;
  /** Only those of this person's work (see customer-access.ts). */
  workOf?: PullAgent;
}

const toInteraction = (r: any): InteractionRecord => ({
  id: r.id,
  externalId: r.external_id ?? null,
  channel: r.channel,
  direction: r.direction,
  customerId: r.customer_id ?? null,
  subject: r.subject ?? null,
  body: r.body ?? null,
  attributes: fromJson(r.attributes, {}),
  attachments: fromJson(r.attachments, []),
  messageId: r.message_id ?? null,
  threadRefs: fromJson(r.thread_refs, []),
  caseInstanceId: r.case_instance_id ?? null,
  caseReference: r.case_reference ?? null,
  outcome: r.outcome,
  ruleId: r.rule_id ?? null,
  capturedBy: r.captured_by ?? null,
  createdAt: Number(r.created_at),
});

const toRow = (i: InteractionRecord) => ({
  id: i.id,
  external_id: i.externalId,
  channel: i.channel,
  direction: i.direction,
  customer_id: i.customerId,
  subject: i.subject,
  body: i.body,
  attributes: JSON.stringify(i.attributes),
  attachments: JSON.stringify(i.attachments),
  message_id: i.messageId,
  thread_refs: JSON.stringify(i.threadRefs),
  case_instance_id: i.caseInstanceId,
  case_reference: i.caseReference,
  outcome: i.outcome,
  rule_id: i.ruleId,
  captured_by: i.capturedBy,
  created_at: i.createdAt,
  routing_at: i.outcome === 'PENDING' ? i.createdAt : null,
});

/**
 * Inserts an interaction unless its externalId is taken; returns the stored row for that externalId
 * (the new one, or the one that was there first). Race-safe: the unique index decides.
 */
export async function insertInteractionOnce(
  db: Db,
  i: InteractionRecord,
): Promise<{ record: InteractionRecord; created: boolean }> {
  if (!i.externalId) {
    await db('interactions').insert(toRow(i));
    return { record: i, created: true };
  }
  await db('interactions').insert(toRow(i)).onConflict('external_id').ignore();
  const stored = toInteraction(await db('interactions').where('external_id', i.externalId).first());
  return { record: stored, created: stored.id === i.id };
}

/** Records what intake did with an interaction. */
export async function updateInteractionOutcome(
  db: Db,
  id: string,
  changes: Pick<InteractionRecord, 'outcome' | 'caseInstanceId' | 'caseReference' | 'ruleId'>,
): Promise<void> {
  await db('interactions').where('id', id).update({
    outcome: changes.outcome,
    case_instance_id: changes.caseInstanceId,
    case_reference: changes.caseReference,
    rule_id: changes.ruleId,
    routing_at: null,
  });
}

/**
 * Takes over routing an interaction left PENDING since before `staleBefore` (its router died): one
 * conditional update, so of several retries exactly one wins.
 */
export async function claimStalePending(db: Db, id: string, staleBefore: number, now: number): Promise<boolean> {
  const updated = await db('interactions')
    .where({ id, outcome: 'PENDING' })
    .where('routing_at', '<', staleBefore)
    .update({ routing_at: now });
  return updated === 1;
}

/** Instances an interaction is linked to (what a dead router got done before it died). */
export async function findLinkedInstanceIds(db: Db, interactionId: string): Promise<string[]> {
  const rows = await db('interaction_links')
    .distinct('instance_id')
    .where('interaction_id', interactionId)
    .whereNotNull('instance_id');
  return rows.map((r: any) => r.instance_id);
}

/** Removes an interaction whose intake failed (with its links), so that a retry starts clean. */
export async function deleteInteraction(db: Db, id: string): Promise<void> {
  await db('interaction_links').where('interaction_id', id).delete();
  await db('interactions').where('id', id).delete();
}

/** The interaction with this externalId, if any. */
export async function findByExternalId(db: Db, externalId: string): Promise<InteractionRecord | undefined> {
  const row = await db('interactions').where('external_id', externalId).first();
  return row ? toInteraction(row) : undefined;
}

/** Interactions by id. */
export async function findInteractions(db: Db, ids: readonly string[]): Promise<InteractionRecord[]> {
  if (!ids.length) return [];
  return (await db('interactions').whereIn('id', ids)).map(toInteraction);
}

/** The interaction (ours or the customer's) that carried one of these Message-IDs, newest first. */
export async function findByMessageIds(db: Db, messageIds: readonly string[]): Promise<InteractionRecord[]> {
  if (!messageIds.length) return [];
  return (await db('interactions').whereIn('message_id', messageIds).orderBy('created_at', 'desc')).map(toInteraction);
}

/** A page of interactions, newest first. */
export async function listInteractions(
  db: Db,
  filter: InteractionFilter,
  offset: number,
  limit: number,
): Promise<{ rows: InteractionRecord[]; total: number }> {
  const query = db('interactions');
  if (filter.channel) query.where('channel', filter.channel);
  if (filter.customerId) query.where('customer_id', filter.customerId);
  if (filter.caseInstanceId) query.where('case_instance_id', filter.caseInstanceId);
  if (filter.workOf) whereInteractionOfWork(db, query, filter.workOf);
  if (filter.text) {
    const like = `%${filter.text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query.where((q) =>
      q.whereRaw("LOWER(subject) LIKE ? ESCAPE '\\'", [like]).orWhereRaw("LOWER(body) LIKE ? ESCAPE '\\'", [like]),
    );
  }
  const [{ count }] = await query.clone().count({ count: '*' });
  const rows = await query
    .orderBy([
      { column: 'created_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .offset(offset)
    .limit(limit);
  return { rows: rows.map(toInteraction), total: Number(count) };
}

/** Links an interaction to a case and/or a task (idempotent). */
export async function linkInteraction(
  db: Db,
  interactionId: string,
  target: { instanceId?: string | null; taskId?: string | null },
  at: number,
): Promise<void> {
  await db('interaction_links')
    .insert({
      interaction_id: interactionId,
      instance_id: target.instanceId ?? null,
      task_id: target.taskId ?? null,
      created_at: at,
    })
    .onConflict(['interaction_id', 'instance_id', 'task_id'])
    .ignore();
}

/** Interactions shown on a task: linked to it directly, or to its case; oldest first. */
export async function findInteractionsOfTask(
  db: Db,
  taskId: string,
  instanceId: string | null,
): Promise<InteractionRecord[]> {
  const rows = await db('interactions')
    .whereIn('id', (q) => {
      q.select('interaction_id').from('interaction_links').where('task_id', taskId);
      if (instanceId) q.orWhere('instance_id', instanceId);
    })
    .orWhere((q) => (instanceId ? q.where('case_instance_id', instanceId) : q.whereRaw('1 = 0')))
    .orderBy([
      { column: 'created_at', order: 'asc' },
      { column: 'id', order: 'asc' },
    ]);
  return rows.map(toInteraction);
}

/** Ids of the cases (process instances) a customer's interactions started or joined. */
export async function findCaseIdsOfCustomer(db: Db, customerId: string): Promise<string[]> {
  const rows = await db('interactions')
    .distinct('case_instance_id')
    .where('customer_id', customerId)
    .whereNotNull('case_instance_id');
  return rows.map((r: any) => r.case_instance_id);
}

/** Task ids linked directly to a customer's interactions (tasks without a case, such as callbacks). */
export async function findLinkedTaskIdsOfCustomer(db: Db, customerId: string): Promise<string[]> {
  const rows = await db('interaction_links')
    .distinct('interaction_links.task_id')
    .join('interactions', 'interactions.id', 'interaction_links.interaction_id')
    .where('interactions.customer_id', customerId)
    .whereNotNull('interaction_links.task_id');
  return rows.map((r: any) => r.task_id);
}
