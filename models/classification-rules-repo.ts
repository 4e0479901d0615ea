import { fromJson, type Db } from './db.ts';

/** What a rule looks at; every part given must match. */
export interface RuleMatch {
  /** Any of these channels. */
  channels?: string[];
  /** Attributes that must equal these values (compared as strings). */
  attributes?: Record<string, string>;
  /** Any of these words, case-insensitive, in the subject or the body. */
  keywords?: string[];
  /** A regular expression (case-insensitive) the subject must match. */
  subjectPattern?: string;
  /** A regular expression (case-insensitive) the body must match. */
  bodyPattern?: string;
}

/** What a matching rule does. */
export interface RuleAction {
  /** Start the latest version of this process. */
  processKey?: string;
  /** Or deliver this message (a message start event starts the process). */
  messageName?: string;
  /** Process variable name -> source: `subject`, `body`, `channel`, `customer.name`, `attributes.x`, or `{ "value": literal }`. */
  variables?: Record<string, string | { value: unknown }>;
  /** Passed to the process as the variable `priority` (0-100). */
  priority?: number;
  /** Passed to the process as the variable `businessValue` (0-100). */
  businessValue?: number;
}

/** One classification rule. */
export interface ClassificationRuleRecord {
  id: string;
  name: string;
  position: number;
  enabled: boolean;
  match: RuleMatch;
  action: RuleAction;
  version: number;
  updatedBy: string | null;
  updatedAt: number;
}

/** One audited change of a rule: the rule as it was after the change. */
export interface RuleVersionRecord {
  ruleId: string;
  version: number;
  change: 'CREATED' | 'UPDATED' | 'DELETED';
  snapshot: ClassificationRuleRecord;
  actorId: string | null;
  at: number;
}

const toRule = (r: any): ClassificationRuleRecord => ({
  id: r.id,
  name: r.name,
  position: Number(r.position),
  enabled: Boolean(r.enabled),
  match: fromJson(r.match, {}),
  action: fromJson(r.action, {}),
  version: Number(r.version),
  updatedBy: r.updated_by ?? null,
  updatedAt: Number(r.updated_at),
});

const toRow = (r: ClassificationRuleRecord) => ({
  id: r.id,
  name: r.name,
  position: r.position,
  enabled: r.enabled,
  match: JSON.stringify(r.match),
  action: JSON.stringify(r.action),
  version: r.version,
  updated_by: r.updatedBy,
  updated_at: r.updatedAt,
});

/** Every rule in evaluation order (position, then name). */
export async function listRules(db: Db, enabledOnly = false): Promise<ClassificationRuleRecord[]> {
  const query = db('classification_rules').orderBy([{ column: 'position' }, { column: 'name' }]);
  if (enabledOnly) query.where('enabled', true);
  return (await query).map(toRule);
}

/** A rule by id or by name. */
export async function findRule(
  db: Db,
  by: { id?: string; name?: string },
): Promise<ClassificationRuleRecord | undefined> {
  const row = by.id
    ? await db('classification_rules').where('id', by.id).first()
    : await db('classification_rules')
        .where('name', by.name ?? '')
        .first();
  return row ? toRule(row) : undefined;
}

/** Inserts a new rule. */
export async function insertRule(db: Db, rule: ClassificationRuleRecord): Promise<void> {
  await db('classification_rules').insert(toRow(rule));
}

/** Replaces a rule if it still has `expectedVersion`; false when someone changed it first. */
export async function updateRuleIfVersion(
  db: Db,
  rule: ClassificationRuleRecord,
  expectedVersion: number,
): Promise<boolean> {
  const { id: _id, ...row } = toRow(rule);
  return (await db('classification_rules').where({ id: rule.id, version: expectedVersion }).update(row)) === 1;
}

/** Deletes a rule if it still has `expectedVersion`. */
export async function deleteRuleIfVersion(db: Db, id: string, expectedVersion: number): Promise<boolean> {
  return (await db('classification_rules').where({ id, version: expectedVersion }).delete()) === 1;
}

/** Appends one audited rule change; the unique (rule, version) refuses a lost race. */
export async function insertRuleVersion(db: Db, v: RuleVersionRecord): Promise<void> {
  await db('classification_rule_versions').insert({
    rule_id: v.ruleId,
    version: v.version,
    change: v.change,
    snapshot: JSON.stringify(v.snapshot),
    actor_id: v.actorId,
    at: v.at,
  });
}

/** The audited changes of a rule, oldest first. */
export async function listRuleVersions(db: Db, ruleId: string): Promise<RuleVersionRecord[]> {
  const rows = await db('classification_rule_versions').where('rule_id', ruleId).orderBy('version');
  return rows.map((r: any) => ({
    ruleId: r.rule_id,
    version: Number(r.version),
    change: r.change,
    snapshot: fromJson(r.snapshot, {} as ClassificationRuleRecord),
    actorId: r.actor_id ?? null,
    at: Number(r.at),
  }));
}
