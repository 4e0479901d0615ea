import {
  findIntakeForm,
  findIntakeFormVersions,
  listIntakeForms,
  saveIntakeForm,
  withTransaction,
  type IntakeFormVersionRecord,
  type FormMapping,
  type IntakeFormRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError, NotFoundError } from '../../core/errors/index.ts';
import { Role, SYSTEM_ACTOR, type Actor, requireRole } from '../../core/access/index.ts';
import { formFields } from '../../process/task-forms/index.ts';

/** Input of upsertIntakeForm. */
export interface IntakeFormInput {
  formKey: string;
  title: string;
  schema: unknown;
  mapping?: unknown;
}

const MAPPING_KEYS: readonly (keyof FormMapping)[] = [
  'customerName',
  'customerEmail',
  'customerPhone',
  'subject',
  'body',
];

function checkMapping(mapping: unknown, keys: readonly string[]): FormMapping {
  if (mapping === undefined || mapping === null) return {};
  if (typeof mapping !== 'object' || Array.isArray(mapping))
    throw new BadInputError('mapping must be a JSON object', { field: 'mapping' });
  const out: FormMapping = {};
  for (const [name, key] of Object.entries(mapping)) {
    if (!MAPPING_KEYS.includes(name as keyof FormMapping))
      throw new BadInputError(`mapping.${name}: use ${MAPPING_KEYS.join(', ')}`, { field: `mapping.${name}` });
    if (typeof key !== 'string' || !keys.includes(key))
      throw new BadInputError(`mapping.${name}: ${String(key)} is not a field of the form`, {
        field: `mapping.${name}`,
      });
    out[name as keyof FormMapping] = key;
  }
  return out;
}

/** Creates or replaces a public web form (designers); its schema must be a form-js schema with input fields. */
export async function upsertIntakeForm(
  ctx: EngineContext,
  actor: Actor,
  input: IntakeFormInput,
): Promise<IntakeFormRecord> {
  requireRole(actor, Role.DESIGNER);
  if (!/^[\w-]{1,100}$/.test(input.formKey ?? ''))
    throw new BadInputError('formKey must be 1-100 letters, digits, - or _', { field: 'formKey' });
  const title = input.title?.trim();
  if (!title || title.length > 300)
    throw new BadInputError('title is required (at most 300 characters)', { field: 'title' });
  const fields = formFields(input.schema);
  const mapping = checkMapping(
    input.mapping,
    fields.map((f) => f.key),
  );
  const previous = await findIntakeForm(ctx.db, input.formKey);
  const form: IntakeFormRecord = {
    formKey: input.formKey,
    title,
    schema: input.schema as IntakeFormRecord['schema'],
    mapping,
    version: (previous?.version ?? 0) + 1,
    updatedBy: actor.userId,
    updatedAt: ctx.clock.now(),
  };
  await withTransaction(ctx.db, (trx) => saveIntakeForm(trx, form));
  return form;
}

/**
 * What the public page of a form shows (no sign-in): its title and schema, never the mapping or who
 * changed it. NOT_FOUND for an unknown key.
 */
export async function getPublicIntakeForm(
  ctx: EngineContext,
  formKey: string,
): Promise<{ formKey: string; title: string; schema: unknown; version: number }> {
  const form = await findIntakeForm(ctx.db, formKey);
  if (!form) throw new NotFoundError('IntakeForm', formKey);
  return { formKey: form.formKey, title: form.title, schema: form.schema, version: form.version };
}

/** Every stored version of a web form, oldest first. */
export function getIntakeFormVersions(ctx: EngineContext, formKey: string): Promise<IntakeFormVersionRecord[]> {
  return findIntakeFormVersions(ctx.db, formKey);
}

/** Every web form. */
export function getIntakeForms(ctx: EngineContext): Promise<IntakeFormRecord[]> {
  return listIntakeForms(ctx.db);
}

/** Stores the seed forms that do not exist yet (a designer's changes survive restarts). */
export async function seedIntakeForms(ctx: EngineContext, forms: readonly IntakeFormInput[]): Promise<void> {
  for (const form of forms)
    if (!(await findIntakeForm(ctx.db, form.formKey))) await upsertIntakeForm(ctx, SYSTEM_ACTOR, form);
}
