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
}
