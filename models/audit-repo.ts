import { fromJson, type Db } from './db.ts';

/** One audited change a person made: to a user, group, agent, queue, classification rule or presence. */
export interface AuditRecord {
  id?: number;
  /** What happened, e.g. `user.created`, `group.members-set`, `queue.changed`. */
  type: string;
  /** The kind of thing changed: USER, GROUP, AGENT, QUEUE, CLASSIFICATION_RULE. */
  subjectType: string;
  subjectId: string;
  actorId: string | null;
  /** The admin who acted for `actorId` through X-Act-As, if any. */
  onBehalfOf: string | null;
  at: number;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** What auditLog can be narrowed to; times are epoch milliseconds, `to` exclusive. */
export interface AuditFilter {
  subjectId?: string | null;
  actorId?: string | null;
  type?: string | null;
  from?: number | null;
  to?: number | null;
}

const toAudit = (r: any): AuditRecord => ({
  id: Number(r.id),
  type: r.type,
  subjectType: r.subject_type,
  subjectId: r.subject_id,
  actorId: r.actor_id ?? null,
  onBehalfOf: r.on_behalf_of ?? null,
  at: Number(r.at),
  before: fromJson(r.before, null),
  after: fromJson(r.after, null),
});

const json = (value: Record<string, unknown> | null) => (value === null ? null : JSON.stringify(value));

/** Appends audit entries; they are never updated, and no pruning deletes them. */
export async function appendAudit(db: Db, entries: readonly AuditRecord[]): Promise<void> {
  if (entries.length === 0) return;
  await db('audit_entries').insert(
    entries.map((e) => ({
      type: e.type,
      subject_type: e.subjectType,
      subject_id: e.subjectId,
      actor_id: e.actorId,
      on_behalf_of: e.onBehalfOf,
      at: e.at,
      before: json(e.before),
      after: json(e.after),
    })),
  );
}

function filtered(db: Db, filter: AuditFilter) {
  const q = db('audit_entries');
  if (filter.subjectId) q.where('subject_id', filter.subjectId);
  if (filter.actorId) q.where((w) => w.where('actor_id', filter.actorId!).orWhere('on_behalf_of', filter.actorId!));
  if (filter.type) q.where('type', filter.type);
  if (filter.from !== null && filter.from !== undefined) q.where('at', '>=', filter.from);
  if (filter.to !== null && filter.to !== undefined) q.where('at', '<', filter.to);
  return q;
}

/** One page of audit entries, newest first, and how many match. */
export async function listAudit(
  db: Db,
  filter: AuditFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: AuditRecord[]; total: number }> {
  const [rows, count] = await Promise.all([
    filtered(db, filter).orderBy('id', 'desc').offset(page.offset).limit(page.limit),
    filtered(db, filter).count({ n: '*' }).first(),
  ]);
  return { rows: rows.map(toAudit), total: Number((count as { n: unknown } | undefined)?.n ?? 0) };
}
