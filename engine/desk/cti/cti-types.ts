import type { AgentRecord, SkillRequirement, TaskRecord } from '../../../models/index.ts';

/** What the telephony platform reports (stored as these strings). */
export const CtiEventType = {
  AGENT_LOGIN: 'AGENT_LOGIN',
  AGENT_READY: 'AGENT_READY',
  AGENT_NOT_READY: 'AGENT_NOT_READY',
  AGENT_LOGOUT: 'AGENT_LOGOUT',
  CALL_OFFERED: 'CALL_OFFERED',
  CALL_ANSWERED: 'CALL_ANSWERED',
  CALL_ENDED: 'CALL_ENDED',
  WRAP_UP_ENDED: 'WRAP_UP_ENDED',
  /** A callback was dialled and nobody answered: it is retried later or closed (see engine/desk/callbacks). */
  CALLBACK_NO_ANSWER: 'CALLBACK_NO_ANSWER',
  /** The call went on hold (a HOLD command done, or the switch's own); hold time runs. */
  CALL_HELD: 'CALL_HELD',
  /** The call came off hold; its hold time is added to the task's. */
  CALL_RESUMED: 'CALL_RESUMED',
  /** The agent's part of the call ended by a transfer: completed like CALL_ENDED; the new leg is a new CALL_OFFERED. */
  CALL_TRANSFERRED: 'CALL_TRANSFERRED',
} as const;
export type CtiEventType = (typeof CtiEventType)[keyof typeof CtiEventType];

/** What became of an event. */
export const CtiOutcome = { APPLIED: 'APPLIED', DUPLICATE: 'DUPLICATE', STALE: 'STALE' } as const;
export type CtiOutcome = (typeof CtiOutcome)[keyof typeof CtiOutcome];

/** One CTI event. */
export interface CtiEventInput {
  eventId?: string | null;
  type: CtiEventType;
  agentId?: string | null;
  callId?: string | null;
  queue?: string | null;
  skills?: SkillRequirement[] | null;
  /** Who is calling (a JSON object: id, name, phone...). */
  customer?: unknown;
  /** When it happened at the switch (epoch ms); default now. */
  at?: number | null;
}

/** The outcome of one event. */
export interface CtiEventResult {
  eventId: string;
  outcome: CtiOutcome;
  task: TaskRecord | null;
  agent: AgentRecord | null;
}

export const AGENT_EVENTS: readonly CtiEventType[] = [
  CtiEventType.AGENT_LOGIN,
  CtiEventType.AGENT_READY,
  CtiEventType.AGENT_NOT_READY,
  CtiEventType.AGENT_LOGOUT,
  CtiEventType.WRAP_UP_ENDED,
];
export const CALL_EVENTS: readonly CtiEventType[] = [
  CtiEventType.CALL_OFFERED,
  CtiEventType.CALL_ANSWERED,
  CtiEventType.CALL_ENDED,
  CtiEventType.CALLBACK_NO_ANSWER,
  CtiEventType.CALL_HELD,
  CtiEventType.CALL_RESUMED,
  CtiEventType.CALL_TRANSFERRED,
];
