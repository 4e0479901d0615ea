import type Koa from 'koa';
import {
  CrossdeskError,
  ErrorCode,
  FormInvalidError,
  getPublicIntakeForm,
  submitIntakeForm,
  type EngineContext,
} from '../../engine/index.ts';
import type { ClientAddressOf } from '../../graphql/index.ts';
import { makeAddressRateLimit, readBody } from '../http/index.ts';

/** A web form submission is small; anything bigger is not a form. */
const MAX_FORM_BYTES = 64 * 1024;
export const INTAKE_PATH = /^\/intake\/([\w-]{1,100})$/;

type Fields = Record<string, unknown>;

function parseFields(ctx: Koa.Context, body: Buffer): Fields | null {
  const type = String(ctx.get('content-type')).split(';')[0].trim().toLowerCase();
  if (type === 'application/json') {
    const parsed = JSON.parse(body.toString('utf8')) as unknown;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Fields) : null;
  }
  if (type === 'application/x-www-form-urlencoded') {
    const fields: Fields = {};
    for (const [key, value] of new URLSearchParams(body.toString('utf8'))) {
      const seen = fields[key];
      fields[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
    }
    return fields;
  }
  return null;
}

function answer(ctx: Koa.Context, status: number, body: Record<string, unknown>): void {
  ctx.status = status;
  ctx.body = body;
}

async function submit(engine: EngineContext, ctx: Koa.Context, formKey: string, address: string): Promise<void> {
  const body = await readBody(ctx.req, MAX_FORM_BYTES);
  if (body === null)
    return answer(ctx, 413, {
      error: ErrorCode.PAYLOAD_TOO_LARGE,
      message: `a form submission is at most ${MAX_FORM_BYTES} bytes`,
    });
  let fields: Fields | null;
  try {
    fields = parseFields(ctx, body);
  } catch {
    return answer(ctx, 400, { error: ErrorCode.BAD_USER_INPUT, message: 'the body is not valid JSON', fields: [] });
  }
  if (!fields)
    return answer(ctx, 415, {
      error: ErrorCode.BAD_USER_INPUT,
      message: 'send a JSON object or application/x-www-form-urlencoded fields',
    });
  const interaction = await submitIntakeForm(engine, formKey, fields, {
    address,
    idempotencyKey: ctx.get('idempotency-key') || null,
  });
  answer(ctx, 201, {
    interactionId: interaction.id,
    caseReference: interaction.caseReference,
    outcome: interaction.outcome,
  });
}

/** `GET /intake/:formKey` asking for JSON: the form's title and schema, which the public page renders. */
async function describe(engine: EngineContext, ctx: Koa.Context, formKey: string): Promise<void> {
  try {
    ctx.set('cache-control', 'no-cache');
    answer(ctx, 200, await getPublicIntakeForm(engine, formKey));
  } catch (err) {
    if (err instanceof CrossdeskError && err.code === ErrorCode.NOT_FOUND)
      return answer(ctx, 404, { error: err.code, message: `no form ${formKey}` });
    throw err;
  }
}

/**
 * `POST /intake/:formKey`: a public web form in (no sign-in). A GET asking for JSON answers the form
 * (a browser's page load, asking for HTML, gets the web app, which renders it: see app.ts). Rate-limited per client address (shared by
 * every node); answers 201 with the case reference, 400 naming every invalid field (nothing stored),
 * 404 for an unknown form, 429 with Retry-After and `retryAfterSeconds` when the client sent too many.
 */
export function intakeHandler(engine: EngineContext, perMinute: number, clientAddress: ClientAddressOf) {
  const limiter = makeAddressRateLimit(engine, 'form', perMinute);
  return async (ctx: Koa.Context, formKey: string): Promise<void> => {
    if (ctx.method === 'GET' || ctx.method === 'HEAD') return describe(engine, ctx, formKey);
    if (ctx.method !== 'POST') {
      ctx.set('allow', 'GET, POST');
      return answer(ctx, 405, { error: ErrorCode.BAD_USER_INPUT, message: 'POST the form fields' });
    }
    const address = clientAddress(ctx.req);
    const wait = await limiter.hit(address);
    if (wait > 0) {
      ctx.set('retry-after', String(wait));
      return answer(ctx, 429, {
        error: ErrorCode.RATE_LIMITED,
        message: `too many submissions; try again in ${wait} s`,
        retryAfterSeconds: wait,
      });
    }
    try {
      await submit(engine, ctx, formKey, address);
    } catch (err) {
      if (err instanceof FormInvalidError)
        return answer(ctx, 400, { error: err.code, message: err.message, fields: err.problems });
      if (err instanceof CrossdeskError && err.code === ErrorCode.NOT_FOUND)
        return answer(ctx, 404, { error: err.code, message: `no form ${formKey}` });
      if (err instanceof CrossdeskError && err.code === ErrorCode.BAD_USER_INPUT)
        return answer(ctx, 400, {
          error: err.code,
          message: err.message,
          fields: [{ field: err.fields.field ?? null, message: err.message }],
        });
      engine.logger.error('web form intake failed', { formKey, err: String(err) });
      answer(ctx, 500, { error: 'INTERNAL_SERVER_ERROR', message: 'the form could not be taken in; try again' });
    }
  };
}
