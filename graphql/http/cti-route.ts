import type Koa from 'koa';
import {
  applyCtiEvent,
  CrossdeskError,
  Role,
  verifyCtiSignature,
  type Actor,
  type CtiEventInput,
  type EngineContext,
} from '../../engine/index.ts';
import { readBody } from './read-body.ts';

/** A webhook delivery is small: a batch of events, never a file. */
const MAX_CTI_BYTES = 1024 * 1024;

/** Events arriving through the webhook act as this integrator (recorded in history). */
const CTI_ACTOR: Actor = { userId: 'cti-webhook', roles: [Role.INTEGRATOR], groups: [], onBehalfOf: null };

function toInput(raw: any): CtiEventInput {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { type: undefined as never };
  const at =
    raw.at === undefined || raw.at === null ? null : typeof raw.at === 'number' ? raw.at : Date.parse(String(raw.at));
  return {
    eventId: raw.eventId ?? null,
    type: raw.type,
    agentId: raw.agentId ?? null,
    callId: raw.callId ?? null,
    queue: raw.queue ?? null,
    skills: raw.skills ?? null,
    customer: raw.customer ?? null,
    at,
  };
}

/**
 * `POST /cti/events`: the telephony platform's webhook. The body is one event or an array of events
 * (the fields of CtiEventInput); the request is signed with HMAC-SHA256 over `timestamp.body` in
 * `X-Crossdesk-Signature` with `X-Crossdesk-Timestamp` (see docs/routing.md). Answers 200 with one
 * result per event: `{eventId, outcome}` or `{error: {code, message}}`; 401 for a bad signature, 503
 * when no secret is configured.
 */
export function ctiWebhook(engine: EngineContext, secret: string | undefined) {
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
    const results = [];
    // In order: a call's events depend on the ones before them.
    for (const raw of events) {
      try {
        const r = await applyCtiEvent(engine, CTI_ACTOR, toInput(raw));
        results.push({ eventId: r.eventId, outcome: r.outcome, taskId: r.task?.id ?? null });
      } catch (err) {
        if (!(err instanceof CrossdeskError)) throw err;
        results.push({ error: { code: err.code, message: err.message, ...err.fields } });
      }
    }
    ctx.body = { results };
  };
}
