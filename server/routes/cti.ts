import type Koa from 'koa';
import {
  applyCtiEvent,
  checkCtiEvent,
  CrossdeskError,
  Role,
  verifyCtiSignature,
  type Actor,
  type CtiEventInput,
  type EngineContext,
} from '../../engine/index.ts';
import { readBody } from '../http/index.ts';

/** A webhook delivery is small: a batch of events, never a file. */
const MAX_CTI_BYTES = 1024 * 1024;

/** Events arriving through the webhook act as this integrator (recorded in history). */
const CTI_ACTOR: Actor = { userId: 'cti-webhook', roles: [Role.INTEGRATOR], groups: [], onBehalfOf: null };

/** What the webhook answers for one event. */
type EventResult =
  | { index: number; eventId: string; outcome: string; taskId: string | null }
  | {
      index: number;
      eventId: string | null;
      outcome: 'REJECTED';
      reason: string;
      error: { code: string; message: string; [field: string]: unknown };
    };

const rejected = (index: number, raw: unknown, code: string, message: string, fields = {}): EventResult => ({
  index,
  eventId: typeof (raw as any)?.eventId === 'string' ? (raw as any).eventId : null,
  outcome: 'REJECTED',
  reason: message,
  error: { code, message, ...fields },
});

/** Applies one checked event; any failure is that event's answer, never the delivery's. */
async function applyOne(
  engine: EngineContext,
  index: number,
  raw: unknown,
  input: CtiEventInput,
): Promise<EventResult> {
  try {
    const r = await applyCtiEvent(engine, CTI_ACTOR, input);
    return { index, eventId: r.eventId, outcome: r.outcome, taskId: r.task?.id ?? null };
  } catch (err) {
    if (err instanceof CrossdeskError) return rejected(index, raw, err.code, err.message, err.fields);
    engine.logger.error('CTI event failed', { index, err: String((err as Error)?.stack ?? err) });
    return rejected(index, raw, 'INTERNAL_SERVER_ERROR', 'the event could not be applied; see the server log');
  }
}

/**
 * `POST /cti/events`: the telephony platform's webhook. The body is one event or an array of events
 * (the fields of CtiEventInput, `at` required); the request is signed with HMAC-SHA256 over
 * `timestamp.body` in `X-Crossdesk-Signature` with `X-Crossdesk-Timestamp` (see docs/routing.md).
 * Answers 200 with one result per event, in order: `{index, eventId, outcome, taskId}`, or
 * `{index, eventId, outcome: 'REJECTED', reason, error: {code, message, field}}` for an event that was
 * not applied (the others still are); 401 for a bad signature, 503 when no secret is configured.
 */
export function ctiWebhook(engine: EngineContext, secret: string | undefined, onEvent?: (outcome: string) => void) {
  return async (ctx: Koa.Context): Promise<void> => {
    if (ctx.method !== 'POST') ctx.throw(405, 'POST CTI events here');
    if (!secret) ctx.throw(503, 'the CTI webhook is off: set CROSSDESK_CTI_SECRET');
    const body = await readBody(ctx.req, MAX_CTI_BYTES);
    if (body === null) ctx.throw(413, `CTI deliveries are limited to ${MAX_CTI_BYTES} bytes`);
    const refused = verifyCtiSignature(
      secret,
      body,
      ctx.get('x-crossdesk-timestamp') || undefined,
      ctx.get('x-crossdesk-signature') || undefined,
      engine.clock.now(),
    );
    if (refused) ctx.throw(401, refused);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      ctx.throw(400, 'the body is not JSON');
    }
    const events = Array.isArray(parsed) ? parsed : [parsed];
    if (events.length > 1000) ctx.throw(413, 'at most 1000 events per delivery');
    // Every event is checked before any is applied; a bad one is answered REJECTED, the others apply.
    const checked = events.map((raw) => {
      try {
        return { ok: true as const, input: checkCtiEvent(raw, { requireAt: true }) };
      } catch (err) {
        if (err instanceof CrossdeskError) return { ok: false as const, err };
        throw err;
      }
    });
    const results: EventResult[] = [];
    // In order: a call's events depend on the ones before them.
    for (const [index, c] of checked.entries()) {
      results.push(
        c.ok
          ? await applyOne(engine, index, events[index], c.input)
          : rejected(index, events[index], c.err.code, c.err.message, c.err.fields),
      );
    }
    for (const result of results) onEvent?.(result.outcome);
    ctx.body = { results };
  };
}
