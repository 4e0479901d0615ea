import { createHash } from 'node:crypto';
import {
  deleteCtiEvent,
  findAgent,
  findCallEvent,
  findCallTask,
  findCallTaskEver,
  findCtiEvent,
  findTask,
  isUniqueViolation,
  Presence,
  TaskState,
  recordCtiEvent,
  type AgentRecord,
  type TaskRecord,
} from '../../../models/index.ts';
import { changePresence, ensureAgent } from '../agents/index.ts';
import { callbackNotAnswered } from '../callbacks/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { Role, requireRole, type Actor } from '../../core/access/index.ts';
import { endCall, offerCall } from './calls.ts';
import { answerCall } from './answer-call.ts';
import { checkCtiEvent } from './check-event.ts';
import { holdCall } from './hold.ts';
import { CALL_EVENTS, CtiEventType, CtiOutcome, type CtiEventInput, type CtiEventResult } from './cti-types.ts';

const PRESENCE_OF: Partial<Record<CtiEventType, { state: Presence; reason: string }>> = {
  AGENT_LOGIN: { state: Presence.AWAY, reason: 'logged in, not ready' },
  AGENT_READY: { state: Presence.AVAILABLE, reason: 'ready (CTI)' },
  AGENT_NOT_READY: { state: Presence.AWAY, reason: 'not ready (CTI)' },
  AGENT_LOGOUT: { state: Presence.OFFLINE, reason: 'logged out (CTI)' },
  WRAP_UP_ENDED: { state: Presence.AVAILABLE, reason: 'wrap-up ended' },
};

/** The platform's event id, or one derived from the event's content (so a resent event is recognized). */
function eventIdOf(input: CtiEventInput, at: number): string {
  if (input.eventId) return String(input.eventId).slice(0, 200);
  return (
    'cti_' +
    createHash('sha256')
      .update(JSON.stringify([input.type, input.agentId ?? null, input.callId ?? null, at]))
      .digest('hex')
      .slice(0, 32)
  );
}

/**
 * A CALL_OFFERED for a call whose task is over already (completed or abandoned): the platform re-sent
 * it under another event id, or with another `at`. A call id has one task, so it is acknowledged as
 * DUPLICATE with that task and changes nothing (a call that ended before its offer arrived has no task
 * yet: offerCall records it as abandoned).
 */
async function offerOfEndedCall(ctx: EngineContext, input: CtiEventInput): Promise<TaskRecord | null> {
  if (input.type !== CtiEventType.CALL_OFFERED) return null;
  const task = await findCallTaskEver(ctx.db, input.callId as string);
  return task && (task.state === TaskState.COMPLETED || task.state === TaskState.CANCELLED) ? task : null;
}

/** True when the event is older than what was last applied to its agent or call. */
async function isStale(ctx: EngineContext, input: CtiEventInput, at: number): Promise<boolean> {
  if (CALL_EVENTS.includes(input.type)) {
    const call = await findCallTask(ctx.db, input.callId as string);
    const ctiAt = call?.call?.ctiAt ?? null;
    if (call) return ctiAt !== null && ctiAt > at;
    // An offer after the end is recorded as abandoned (offerCall); anything else from before the end is over.
    if (input.type === CtiEventType.CALL_OFFERED) return false;
    const ended = await findCallEvent(ctx.db, input.callId as string, CtiEventType.CALL_ENDED);
    return Boolean(ended && ended.at > at);
  }
  const agent = await findAgent(ctx.db, input.agentId as string);
  return Boolean(agent && agent.ctiAt !== null && agent.ctiAt > at);
}

/**
 * Applies one telephony event (integrators). A replayed event id changes nothing (DUPLICATE); an event
 * older than the last one applied to the same agent or call is ignored (STALE). Agent events move
 * presence; a call offered becomes a live VOICE task; answered and ended calls move the agent to BUSY
 * and WRAP_UP; wrap-up ended makes it AVAILABLE again and gives back paused tasks.
 */
export async function applyCtiEvent(ctx: EngineContext, actor: Actor, input: CtiEventInput): Promise<CtiEventResult> {
  requireRole(actor, Role.INTEGRATOR);
  input = checkCtiEvent(input, { requireAt: false });
  const at = input.at ?? ctx.clock.now();
  const eventId = eventIdOf(input, at);
  const empty = { eventId, task: null, agent: null };
  if (await findCtiEvent(ctx.db, eventId)) return { ...empty, outcome: CtiOutcome.DUPLICATE };
  const over = await offerOfEndedCall(ctx, input);
  if (over) return { eventId, outcome: CtiOutcome.DUPLICATE, task: over, agent: null };
  if (await isStale(ctx, input, at)) return { ...empty, outcome: CtiOutcome.STALE };
  try {
    await recordCtiEvent(ctx.db, {
      eventId,
      type: input.type,
      agentId: input.agentId ?? null,
      callId: input.callId ?? null,
      at,
      receivedAt: ctx.clock.now(),
      outcome: CtiOutcome.APPLIED,
    });
  } catch (err) {
    if (isUniqueViolation(err)) return { ...empty, outcome: CtiOutcome.DUPLICATE };
    throw err;
  }
  try {
    const { task, agent } = await apply(ctx, actor, input, at);
    return { eventId, outcome: CtiOutcome.APPLIED, task, agent };
  } catch (err) {
    // Not applied: forget the id so that the platform's retry is not taken for a replay.
    await deleteCtiEvent(ctx.db, eventId);
    throw err;
  }
}

async function apply(
  ctx: EngineContext,
  actor: Actor,
  input: CtiEventInput,
  at: number,
): Promise<{ task: TaskRecord | null; agent: AgentRecord | null }> {
  const agentId = input.agentId ?? null;
  const presence = PRESENCE_OF[input.type];
  if (presence && agentId) {
    await ensureAgent(ctx, agentId);
    return { task: null, agent: await changePresence(ctx, actor.userId, agentId, presence, { ctiAt: at }) };
  }
  if (input.type === CtiEventType.CALL_OFFERED) return { task: await offerCall(ctx, input, at), agent: null };
  if (input.type === CtiEventType.CALLBACK_NO_ANSWER) {
    const { task, freed } = await callbackNotAnswered(ctx, input.callId as string, at);
    // The agent who dialled is free again.
    const free = { state: Presence.AVAILABLE, reason: 'callback not answered' };
    if (freed) await changePresence(ctx, actor.userId, freed, free, { ctiAt: at });
    return { task, agent: agentId ? ((await findAgent(ctx.db, agentId)) ?? null) : null };
  }
  if (input.type === CtiEventType.CALL_ANSWERED) {
    const task = await answerCall(ctx, input, at);
    const agent = await changePresence(
      ctx,
      actor.userId,
      agentId as string,
      { state: Presence.BUSY, reason: 'on a call' },
      { ctiAt: at },
    );
    return { task, agent };
  }
  if (input.type === CtiEventType.CALL_HELD || input.type === CtiEventType.CALL_RESUMED) {
    const held = input.type === CtiEventType.CALL_HELD;
    return { task: await holdCall(ctx, input.callId as string, held, at), agent: null };
  }
  const transferred = input.type === CtiEventType.CALL_TRANSFERRED;
  const ended = await endCall(
    ctx,
    input,
    at,
    transferred ? `transferred${input.queue ? ` to ${input.queue}` : ''}` : undefined,
  );
  const holder = ended?.completedBy ?? agentId;
  const agent =
    holder && ended?.state === 'COMPLETED'
      ? await changePresence(
          ctx,
          actor.userId,
          holder,
          { state: Presence.WRAP_UP, reason: 'after call work' },
          { ctiAt: at },
        )
      : null;
  return { task: ended ? ((await findTask(ctx.db, ended.id)) as TaskRecord) : null, agent };
}
