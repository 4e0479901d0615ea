import type { Db } from './db.ts';

/** A CTI event as received. */
export interface CtiEventRow {
  eventId: string;
  type: string;
  agentId: string | null;
  callId: string | null;
  at: number;
  receivedAt: number;
  outcome: string;
}

/** Records an event id; a second delivery of the same id fails on the primary key (see isUniqueViolation). */
export async function recordCtiEvent(db: Db, e: CtiEventRow): Promise<void> {
  await db('cti_events').insert({
    event_id: e.eventId,
    type: e.type,
    agent_id: e.agentId,
    call_id: e.callId,
    at: e.at,
    received_at: e.receivedAt,
    outcome: e.outcome,
  });
}

const toRow = (r: any): CtiEventRow | undefined =>
  r
    ? {
        eventId: r.event_id,
        type: r.type,
        agentId: r.agent_id,
        callId: r.call_id,
        at: Number(r.at),
        receivedAt: Number(r.received_at),
        outcome: r.outcome,
      }
    : undefined;

/** What an earlier delivery of an event id came to. */
export async function findCtiEvent(db: Db, eventId: string): Promise<CtiEventRow | undefined> {
  return toRow(await db('cti_events').where({ event_id: eventId }).first());
}

/** The earliest recorded event of a type for a call (e.g. its CALL_ENDED), if any. */
export async function findCallEvent(db: Db, callId: string, type: string): Promise<CtiEventRow | undefined> {
  return toRow(await db('cti_events').where({ call_id: callId, type }).orderBy('at').first());
}

/** Forgets an event id (its event could not be applied). */
export async function deleteCtiEvent(db: Db, eventId: string): Promise<void> {
  await db('cti_events').where({ event_id: eventId }).delete();
}
