import { createHash } from 'node:crypto';
import { findIntakeForm, type InteractionRecord } from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { NotFoundError } from '../../core/errors/index.ts';
import { captureInteraction } from '../interactions/index.ts';
import { SYSTEM_ACTOR } from '../../core/access/index.ts';
import { formFields } from '../../process/task-forms/index.ts';
import { validateSubmission } from './validate-submission.ts';

/** Where a submission came from. */
export interface Submitter {
  /** The client's address (kept on the interaction for abuse handling). */
  address: string;
  /** The client's Idempotency-Key header: a resubmission with the same key is the same interaction. */
  idempotencyKey?: string | null;
}

const text = (v: unknown) => (v === undefined || v === null ? null : String(v));

/**
 * Takes in a public web form: validates the submission against the form's form-js schema (nothing is
 * stored when any field is bad), then captures it as a WEB_FORM interaction whose attributes are the
 * form key and the clean values; classification rules route it like any other contact.
 */
export async function submitIntakeForm(
  ctx: EngineContext,
  formKey: string,
  input: Record<string, unknown>,
  submitter: Submitter,
): Promise<InteractionRecord> {
  const form = await findIntakeForm(ctx.db, formKey);
  if (!form) throw new NotFoundError('IntakeForm', formKey);
  const values = validateSubmission(formFields(form.schema, 'stored'), input, ctx.options.patterns);
  const m = form.mapping;
  const externalId = submitter.idempotencyKey
    ? `form:${formKey}:${createHash('sha256').update(submitter.idempotencyKey).digest('hex').slice(0, 40)}`
    : null;
  return captureInteraction(ctx, SYSTEM_ACTOR, {
    channel: 'WEB_FORM',
    externalId,
    customer: {
      name: text(m.customerName && values[m.customerName]),
      email: text(m.customerEmail && values[m.customerEmail]),
      phone: text(m.customerPhone && values[m.customerPhone]),
    },
    subject: text(m.subject && values[m.subject]) ?? form.title,
    body: text(m.body && values[m.body]),
    attributes: { formKey, formVersion: form.version, clientAddress: submitter.address, fields: values },
  });
}
