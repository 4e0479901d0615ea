import { fromJson, type Db } from './db.ts';

/** One version of a task form (a form-js schema). */
export interface TaskFormRecord {
  formKey: string;
  version: number;
  schema: Record<string, unknown>;
  schemaHash: string;
  /** The process definition it was deployed with, if any. */
  definitionId: string | null;
  deployedBy: string | null;
  deployedAt: number;
}

const toForm = (r: any): TaskFormRecord => ({
  formKey: r.form_key,
  version: Number(r.version),
  schema: fromJson(r.schema, {}),
  schemaHash: r.schema_hash,
  definitionId: r.definition_id ?? null,
  deployedBy: r.deployed_by ?? null,
  deployedAt: Number(r.deployed_at),
});

/** Stores new form versions. */
export async function insertTaskForms(db: Db, forms: readonly TaskFormRecord[]): Promise<void> {
  if (forms.length === 0) return;
  await db('task_forms').insert(
    forms.map((f) => ({
      form_key: f.formKey,
      version: f.version,
      schema: JSON.stringify(f.schema),
      schema_hash: f.schemaHash,
      definition_id: f.definitionId,
      deployed_by: f.deployedBy,
      deployed_at: f.deployedAt,
    })),
  );
}

/** The latest version of each named form (all forms when no keys are given). */
export async function latestTaskForms(db: Db, keys?: readonly string[]): Promise<TaskFormRecord[]> {
  const latest = db('task_forms').select('form_key').max({ v: 'version' }).groupBy('form_key').as('latest');
  const q = db('task_forms')
    .join(latest, function () {
      this.on('latest.form_key', '=', 'task_forms.form_key').andOn('latest.v', '=', 'task_forms.version');
    })
    .select('task_forms.*')
    .orderBy('task_forms.form_key');
  if (keys) q.whereIn('task_forms.form_key', [...keys]);
  return (await q).map(toForm);
}
