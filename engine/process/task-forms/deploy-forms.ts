import { createHash } from 'node:crypto';
import {
  insertTaskForms,
  latestTaskForms,
  withTransaction,
  type Db,
  type TaskFormRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError } from '../../core/errors/index.ts';
import { formFields } from './form-schema.ts';
import { Role, requireRole, type Actor } from '../../core/access/index.ts';

/** A form to deploy: the key user tasks name in `camunda:formKey`, and its form-js schema. */
export interface TaskFormInput {
  key: string;
  schema: unknown;
}

/** Largest form schema accepted. */
const MAX_SCHEMA_BYTES = 256 * 1024;

/** Checks forms before anything is written: keys, one each, and form-js schemas with keyed input fields. */
export function checkTaskForms(inputs: readonly TaskFormInput[]): void {
  const seen = new Set<string>();
  for (const [i, form] of inputs.entries()) {
    const field = `forms[${i}]`;
    if (!/^[\w.-]{1,100}$/.test(form.key ?? ''))
      throw new BadInputError(`${field}.key must be 1-100 letters, digits, _ . -`, { field: `${field}.key` });
    if (seen.has(form.key)) throw new BadInputError(`form ${form.key} is given twice`, { field: `${field}.key` });
    seen.add(form.key);
    if (Buffer.byteLength(JSON.stringify(form.schema ?? null)) > MAX_SCHEMA_BYTES)
      throw new BadInputError(`form ${form.key} is over ${MAX_SCHEMA_BYTES} bytes`, { field: `${field}.schema` });
    try {
      formFields(form.schema);
    } catch (err) {
      if (err instanceof BadInputError)
        throw new BadInputError(`form ${form.key}: ${err.message}`, { field: `${field}.schema` });
      throw err;
    }
  }
}

const hashOf = (schema: unknown) => createHash('sha256').update(JSON.stringify(schema)).digest('hex');

/**
 * Writes the forms that changed as new versions (an unchanged schema keeps its version), inside the
 * caller's transaction, so a process and its forms are deployed together or not at all.
 */
export async function writeTaskForms(
  db: Db,
  inputs: readonly TaskFormInput[],
  by: { actorId: string; definitionId: string | null; at: number },
): Promise<TaskFormRecord[]> {
  if (inputs.length === 0) return [];
  const latest = new Map(
    (
      await latestTaskForms(
        db,
        inputs.map((f) => f.key),
      )
    ).map((f) => [f.formKey, f]),
  );
  const out: TaskFormRecord[] = [];
  const fresh: TaskFormRecord[] = [];
  for (const input of inputs) {
    const previous = latest.get(input.key);
    const schemaHash = hashOf(input.schema);
    if (previous?.schemaHash === schemaHash) {
      out.push(previous);
      continue;
    }
    const form = {
      formKey: input.key,
      version: (previous?.version ?? 0) + 1,
      schema: input.schema as Record<string, unknown>,
      schemaHash,
      definitionId: by.definitionId,
      deployedBy: by.actorId,
      deployedAt: by.at,
    };
    fresh.push(form);
    out.push(form);
  }
  await insertTaskForms(db, fresh);
  return out;
}

/** Deploys forms on their own (designers): a new version for each changed form. */
export async function deployTaskForms(
  ctx: EngineContext,
  actor: Actor,
  inputs: readonly TaskFormInput[],
): Promise<TaskFormRecord[]> {
  requireRole(actor, Role.DESIGNER);
  checkTaskForms(inputs);
  return withTransaction(ctx.db, (trx) =>
    writeTaskForms(trx, inputs, { actorId: actor.userId, definitionId: null, at: ctx.clock.now() }),
  );
}

/** The latest version of forms by key (all forms when no keys are given). */
export function getTaskForms(ctx: EngineContext, keys?: readonly string[]): Promise<TaskFormRecord[]> {
  return latestTaskForms(ctx.db, keys);
}
