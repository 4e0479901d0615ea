import { BadInputError } from '../../core/errors/index.ts';
import { AGENT_EVENTS, CALL_EVENTS, CtiEventType, type CtiEventInput } from './cti-types.ts';

// Column sizes of cti_events and tasks: longer ids would fail in the database, after other work.
const MAX_EVENT_ID = 200;
const MAX_AGENT_ID = 100;
const MAX_CALL_ID = 200;
const MAX_QUEUE = 100;
const MAX_SKILLS = 50;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function optionalText(value: unknown, field: string, max: number): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || !value.trim() || value.length > max)
    throw new BadInputError(`${field} must be a non-empty string of at most ${max} characters`, { field });
  return value;
}

function checkSkills(value: unknown): CtiEventInput['skills'] {
  if (value === undefined || value === null) return null;
  const ok =
    Array.isArray(value) &&
    value.length <= MAX_SKILLS &&
    value.every(
      (s) =>
        isObject(s) &&
        typeof s.name === 'string' &&
        s.name.length > 0 &&
        s.name.length <= 100 &&
        (s.level === undefined || (Number.isInteger(s.level) && (s.level as number) >= 1 && (s.level as number) <= 10)),
    );
  if (!ok)
    throw new BadInputError(`skills must be a list of at most ${MAX_SKILLS} { name, level (1-10) }`, {
      field: 'skills',
    });
  return value as CtiEventInput['skills'];
}

/** Epoch ms from a number or an ISO-8601 text; null when absent. */
function checkAt(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  const at = typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : NaN;
  if (!Number.isSafeInteger(Math.trunc(at)) || at < 0)
    throw new BadInputError('at must be a time (ISO-8601 text or epoch milliseconds)', { field: 'at' });
  return Math.trunc(at);
}

/**
 * One CTI event checked field by field (types, sizes, what its type requires) before anything is
 * applied; BAD_USER_INPUT naming the first field at fault. `requireAt` is the webhook's rule: without
 * the switch's time a resend without an event id could not be told from a new event.
 */
export function checkCtiEvent(raw: unknown, options: { requireAt: boolean }): CtiEventInput {
  if (!isObject(raw)) throw new BadInputError('an event must be a JSON object', { field: 'event' });
  const type = raw.type;
  if (typeof type !== 'string' || !(Object.values(CtiEventType) as string[]).includes(type))
    throw new BadInputError(`type must be one of ${Object.values(CtiEventType).join(', ')}`, { field: 'type' });
  const event: CtiEventInput = {
    eventId: optionalText(raw.eventId, 'eventId', MAX_EVENT_ID),
    type: type as CtiEventType,
    agentId: optionalText(raw.agentId, 'agentId', MAX_AGENT_ID),
    callId: optionalText(raw.callId, 'callId', MAX_CALL_ID),
    queue: optionalText(raw.queue, 'queue', MAX_QUEUE),
    skills: checkSkills(raw.skills),
    customer: raw.customer ?? null,
    at: checkAt(raw.at),
  };
  if (event.customer !== null && !isObject(event.customer))
    throw new BadInputError('customer must be a JSON object', { field: 'customer' });
  if (options.requireAt && event.at === null)
    throw new BadInputError('at is required: the time of the event at the switch (it identifies a resend)', {
      field: 'at',
    });
  if (AGENT_EVENTS.includes(event.type) && !event.agentId)
    throw new BadInputError(`${event.type} needs agentId`, { field: 'agentId' });
  if (CALL_EVENTS.includes(event.type) && !event.callId)
    throw new BadInputError(`${event.type} needs callId`, { field: 'callId' });
  if (event.type === CtiEventType.CALL_ANSWERED && !event.agentId)
    throw new BadInputError('CALL_ANSWERED needs agentId', { field: 'agentId' });
  if (event.type === CtiEventType.CALL_OFFERED && !event.queue)
    throw new BadInputError('CALL_OFFERED needs queue', { field: 'queue' });
  return event;
}
