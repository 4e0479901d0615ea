import { toCustomer, type CustomerRecord } from './customers-repo.ts';
import { fromJson, type Db } from './db.ts';

/**
 * The statements of a customer's erasure (eraseCustomer): each blanks personal fields and keeps the row,
 * so counts, links and reports stay whole. All run in the caller's transaction.
 */

/** The record and every record merged into it (at any depth): one person's records. */
export async function findCustomerFamily(db: Db, id: string): Promise<CustomerRecord[]> {
  const found = (await db('customers').where({ id })).map(toCustomer);
  for (let frontier = found.map((c) => c.id); frontier.length;) {
    const more = (await db('customers').whereIn('merged_into', frontier)).map(toCustomer);
    const fresh = more.filter((c) => !found.some((f) => f.id === c.id));
    found.push(...fresh);
    frontier = fresh.map((c) => c.id);
  }
  return found;
}

/** Interactions of these customers, with the texts erasure reads to find their values elsewhere. */
export async function interactionTextsOf(
  db: Db,
  customerIds: readonly string[],
): Promise<
  { id: string; subject: string | null; attributes: Record<string, unknown>; caseInstanceId: string | null }[]
> {
  const rows = await db('interactions')
    .select('id', 'subject', 'attributes', 'case_instance_id')
    .whereIn('customer_id', [...customerIds]);
  return rows.map((r: any) => ({
    id: r.id,
    subject: r.subject ?? null,
    attributes: fromJson(r.attributes, {}),
    caseInstanceId: r.case_instance_id ?? null,
  }));
}

/** Blanks the customer records (name, e-mail, phone) and marks them erased; returns how many. */
export async function blankCustomers(db: Db, ids: readonly string[], at: number): Promise<number> {
  return db('customers')
    .whereIn('id', [...ids])
    .update({ name: null, email: null, phone: null, erased_at: at, updated_at: at });
}

/**
 * Blanks the interactions' subject, text, attributes (form fields, mail headers) and attachment names,
 * keeping channel, direction, times, case links and attachment sizes; returns how many changed.
 */
export async function blankInteractions(db: Db, customerIds: readonly string[]): Promise<number> {
  let changed = 0;
  const rows = await db('interactions')
    .select('id', 'subject', 'body', 'attributes', 'attachments')
    .whereIn('customer_id', [...customerIds]);
  for (const r of rows) {
    const attachments = fromJson<Record<string, unknown>[]>(r.attachments, []).map((a) => ({
      ...a,
      filename: null,
      checksum: null,
    }));
    const next = { subject: null, body: null, attributes: '{}', attachments: JSON.stringify(attachments) };
    if (r.subject === null && r.body === null && r.attributes === '{}' && r.attachments === next.attachments) continue;
    changed += await db('interactions').where({ id: r.id }).update(next);
  }
  return changed;
}

/** Blanks the chats of these customers or interactions: the visitor's name and e-mail, every message's text. */
export async function blankChats(
  db: Db,
  customerIds: readonly string[],
  interactionIds: readonly string[],
): Promise<{ conversations: number; messages: number }> {
  const ids = (
    await db('chat_conversations')
      .select('id')
      .whereIn('customer_id', [...customerIds])
      .orWhereIn('interaction_id', [...interactionIds])
  ).map((r: { id: string }) => r.id);
  let conversations = 0;
  let messages = 0;
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    conversations += await db('chat_conversations')
      .whereIn('id', chunk)
      .where((w) => w.whereNotNull('customer_name').orWhereNotNull('customer_email'))
      .update({ customer_name: null, customer_email: null });
    messages += await db('chat_messages').whereIn('conversation_id', chunk).whereNot('body', '').update({ body: '' });
  }
  return { conversations, messages };
}

/** Replaces the record as it stood in merges from or into these customers with its id alone. */
export async function blankMergeSnapshots(db: Db, ids: readonly string[]): Promise<number> {
  let changed = 0;
  const rows = await db('customer_merges')
    .select('id', 'source_id', 'source_snapshot')
    .whereIn('source_id', [...ids])
    .orWhereIn('target_id', [...ids]);
  for (const r of rows) {
    const snapshot = JSON.stringify({ id: r.source_id, erased: true });
    if (r.source_snapshot !== snapshot)
      changed += await db('customer_merges').where({ id: r.id }).update({ source_snapshot: snapshot });
  }
  return changed;
}

/** Instances of these cases, with what erasure rewrites (variables, engine state) and their version. */
export async function instancesForErasure(
  db: Db,
  instanceIds: readonly string[],
): Promise<{ id: string; version: number; variables: string; engineState: string | null }[]> {
  if (!instanceIds.length) return [];
  const rows = await db('process_instances')
    .select('id', 'version', 'variables', 'engine_state')
    .whereIn('id', [...instanceIds]);
  return rows.map((r: any) => ({
    id: r.id,
    version: Number(r.version),
    variables: r.variables,
    engineState: r.engine_state ?? null,
  }));
}

/** Rewrites an instance's variables and engine state if its version is still `version`; false otherwise. */
export async function rewriteInstanceDataIf(
  db: Db,
  id: string,
  version: number,
  data: { variables: string; engineState: string | null },
): Promise<boolean> {
  const n = await db('process_instances')
    .where({ id, version })
    .update({ variables: data.variables, engine_state: data.engineState, version: version + 1 });
  return n === 1;
}

/** Instances linked to these interactions (besides their case): interaction_links. */
export async function linkedInstanceIds(db: Db, interactionIds: readonly string[]): Promise<string[]> {
  if (!interactionIds.length) return [];
  const rows = await db('interaction_links')
    .distinct('instance_id')
    .whereIn('interaction_id', [...interactionIds])
    .whereNotNull('instance_id');
  return rows.map((r: { instance_id: string }) => r.instance_id);
}

/** History rows of these instances or tasks, with their data (erasure rewrites personal values in it). */
export async function historyDataOf(
  db: Db,
  instanceIds: readonly string[],
  taskIds: readonly string[],
): Promise<{ id: number; data: string | null }[]> {
  if (!instanceIds.length && !taskIds.length) return [];
  return db('history')
    .select('id', 'data')
    .whereIn('instance_id', [...instanceIds])
    .orWhereIn('task_id', [...taskIds]);
}

/** Replaces one history row's data. */
export async function rewriteHistoryData(db: Db, id: number, data: string): Promise<void> {
  await db('history').where({ id }).update({ data });
}
