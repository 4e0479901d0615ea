import { fromJson, type Db } from './db.ts';

/** Which submitted fields describe the customer and the contact. */
export interface FormMapping {
  customerName?: string;
  customerEmail?: string;
  customerPhone?: string;
  subject?: string;
  body?: string;
}

/** A public web form: its form-js schema and how its fields become an interaction. */
export interface IntakeFormRecord {
  formKey: string;
  title: string;
  schema: { components?: unknown[] } & Record<string, unknown>;
  mapping: FormMapping;
  version: number;
  updatedBy: string | null;
  updatedAt: number;
}

const toForm = (r: any): IntakeFormRecord => ({
  formKey: r.form_key,
  title: r.title,
  schema: fromJson(r.schema, {}),
  mapping: fromJson(r.mapping, {}),
  version: Number(r.version),
  updatedBy: r.updated_by ?? null,
  updatedAt: Number(r.updated_at),
});

/** A form by key. */
export async function findIntakeForm(db: Db, formKey: string): Promise<IntakeFormRecord | undefined> {
  const row = await db('intake_forms').where('form_key', formKey).first();
  return row ? toForm(row) : undefined;
}

/** Every form, by key. */
export async function listIntakeForms(db: Db): Promise<IntakeFormRecord[]> {
  return (await db('intake_forms').orderBy('form_key')).map(toForm);
}

/** Inserts or replaces a form (version counted by the caller). */
export async function saveIntakeForm(db: Db, f: IntakeFormRecord): Promise<void> {
  const row = {
    form_key: f.formKey,
    title: f.title,
    schema: JSON.stringify(f.schema),
    mapping: JSON.stringify(f.mapping),
    version: f.version,
    updated_by: f.updatedBy,
    updated_at: f.updatedAt,
  };
  await db('intake_forms').insert(row).onConflict('form_key').merge();
  // Two saves racing for one version number: the version row follows the form row (last wins).
  await db('intake_form_versions')
    .insert({
      form_key: f.formKey,
      version: f.version,
      title: f.title,
      schema: row.schema,
      mapping: row.mapping,
      actor_id: f.updatedBy,
      at: f.updatedAt,
    })
    .onConflict(['form_key', 'version'])
    .merge();
}

/** One stored version of an intake form. */
export interface IntakeFormVersionRecord {
  version: number;
  title: string;
  schema: Record<string, unknown>;
  mapping: FormMapping;
  actorId: string | null;
  at: number;
}

/** Every version of a form, oldest first. */
export async function findIntakeFormVersions(db: Db, formKey: string): Promise<IntakeFormVersionRecord[]> {
  const rows = await db('intake_form_versions').where('form_key', formKey).orderBy('version');
  return rows.map((r: any) => ({
    version: Number(r.version),
    title: r.title,
    schema: fromJson(r.schema, {}),
    mapping: fromJson(r.mapping, {}),
    actorId: r.actor_id ?? null,
    at: Number(r.at),
  }));
}
