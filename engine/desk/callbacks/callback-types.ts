import type { SkillRequirement } from '../../../models/index.ts';

/** How a callback ended (stored on the task as `outcome`). */
export const CallbackOutcome = {
  ANSWERED: 'ANSWERED',
  NO_ANSWER: 'NO_ANSWER',
  WINDOW_MISSED: 'WINDOW_MISSED',
} as const;
export type CallbackOutcome = (typeof CallbackOutcome)[keyof typeof CallbackOutcome];

/** Dial attempts when the request names none. */
export const DEFAULT_MAX_ATTEMPTS = 3;
/** Pause before a callback nobody answered is offered again. */
export const CALLBACK_RETRY_DELAY_MS = 5 * 60_000;
/** The webhook topic of the dial request (a WEBHOOK job). */
export const DIAL_TOPIC = 'callback.dial';

/** A request to be called back. */
export interface CallbackInput {
  /** Who asked: a JSON object with any of id, name, phone, email. */
  customer?: unknown;
  /** The number to dial (default: the customer's phone). */
  phone?: string | null;
  queue: string;
  skills?: readonly SkillRequirement[] | null;
  /** When the customer may be called from (default: now) and until. */
  windowStart?: number | null;
  windowEnd: number;
  /** The contact the request came with, if any. */
  interactionId?: string | null;
  maxAttempts?: number | null;
  /** The site whose hours it is offered in (default: its queue's site). */
  site?: string | null;
}

/** What the telephony platform is asked to do, as POSTed to CROSSDESK_CTI_DIAL_URL. */
export interface DialRequest {
  taskId: string;
  callId: string;
  phone: string;
  agentId: string;
  attempt: number;
}
