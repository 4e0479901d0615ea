import {
  appendHistory,
  Channel,
  insertTasks,
  TaskKind,
  withTransaction,
  type SkillRequirement,
  type TaskRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import {
  normalizeCustomer,
  normalizePhone,
  resolveCustomer,
  type CustomerInput,
} from '../../intake/customers/index.ts';
import { fitToSiteHours } from './site-hours.ts';
import { BadInputError } from '../../core/errors/index.ts';
import { newId } from '../../core/ids/index.ts';
import { newTask } from '../../process/runtime/index.ts';
import { toSkills } from '../../process/definitions/index.ts';
import { Role, requireRole, type Actor } from '../../core/access/index.ts';
import { DEFAULT_MAX_ATTEMPTS, type CallbackInput } from './callback-types.ts';

const MAX_WINDOW_MS = 30 * 24 * 3600_000;

function checkCustomer(value: unknown): CustomerInput | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || Array.isArray(value))
    throw new BadInputError('customer must be a JSON object', { field: 'customer' });
  const c = value as Record<string, unknown>;
  const text = (k: string) => (c[k] === undefined || c[k] === null ? null : String(c[k]));
  return normalizeCustomer({ id: text('id'), name: text('name'), email: text('email'), phone: text('phone') });
}

function checkSkills(value: readonly SkillRequirement[] | null | undefined): SkillRequirement[] {
  const skills = toSkills(value ?? []);
  for (const s of skills) {
    if (!s.name.trim() || !Number.isInteger(s.level) || s.level < 1 || s.level > 10)
      throw new BadInputError(`skill ${s.name} needs a level from 1 to 10`, { field: 'skills' });
  }
  return skills;
}

/** Everything about a request that can be wrong, checked before anything is stored. */
function check(input: CallbackInput, now: number) {
  const customer = checkCustomer(input.customer);
  const phone = normalizePhone(input.phone, 'phone') ?? customer?.phone ?? null;
  if (!phone)
    throw new BadInputError('a phone number to call back is required (phone or customer.phone)', { field: 'phone' });
  const queue = input.queue?.trim();
  if (!queue) throw new BadInputError('queue is required', { field: 'queue' });
  const windowStart = input.windowStart ?? now;
  const windowEnd = input.windowEnd;
  if (!Number.isFinite(windowStart) || !Number.isFinite(windowEnd))
    throw new BadInputError('windowStart and windowEnd must be times', { field: 'windowEnd' });
  if (windowEnd <= windowStart) throw new BadInputError('windowEnd must be after windowStart', { field: 'windowEnd' });
  if (windowEnd <= now) throw new BadInputError('the window has closed already', { field: 'windowEnd' });
  if (windowEnd - now > MAX_WINDOW_MS)
    throw new BadInputError('the window must close within 30 days', { field: 'windowEnd' });
  const maxAttempts = input.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > 10)
    throw new BadInputError('maxAttempts must be from 1 to 10', { field: 'maxAttempts' });
  return { customer, phone, queue, windowStart, windowEnd, maxAttempts, skills: checkSkills(input.skills) };
}

/**
 * A customer asks to be called back (from the web, or from CTI when a caller on hold chooses it): an
 * outbound VOICE task of kind CALLBACK that the router offers only inside its window. Its age counts
 * from the request (enqueuedAt), so it keeps the place the caller had. Bad input stores nothing.
 */
export async function requestCallback(ctx: EngineContext, actor: Actor, input: CallbackInput): Promise<TaskRecord> {
  requireRole(actor, Role.AGENT, Role.EXPERT, Role.SUPERVISOR, Role.INTEGRATOR);
  const now = ctx.clock.now();
  const valid = check(input, now);
  const fitted = await fitToSiteHours(ctx.db, input.site, valid.queue, valid.windowStart, valid.windowEnd);
  const found = await resolveCustomer(ctx, valid.customer);
  const customer = {
    ...(found ? { id: found.id, name: found.name, email: found.email } : {}),
    phone: valid.phone,
    ...(input.interactionId ? { interactionId: input.interactionId } : {}),
  };
  const id = newId('tk');
  const task: TaskRecord = newTask({
    id,
    executionId: `callback:${id}`,
    name: `Call back ${found?.name ?? valid.phone}`,
    channel: Channel.VOICE,
    skills: valid.skills,
    queue: valid.queue,
    dueAt: fitted.windowEnd,
    siteId: fitted.siteId,
    siteScope: fitted.siteId ? [fitted.siteId] : null,
    createdAt: now,
    kind: TaskKind.CALLBACK,
    enqueuedAt: now,
    customer,
    readyAt: fitted.windowStart > now ? fitted.windowStart : null,
    call: { id: newId('call'), answeredAt: null, ctiAt: null, heldAt: null, holdMs: 0 },
    callback: {
      phone: valid.phone,
      windowStart: fitted.windowStart,
      windowEnd: fitted.windowEnd,
      attempts: 0,
      maxAttempts: valid.maxAttempts,
      outcome: null,
    },
  });
  await withTransaction(ctx.db, async (trx) => {
    await insertTasks(trx, [task]);
    await appendHistory(trx, [
      {
        instanceId: null,
        taskId: id,
        type: 'task.created',
        elementId: null,
        actorId: actor.userId,
        onBehalfOf: actor.onBehalfOf,
        at: now,
        data: {
          via: 'callback',
          queue: task.queue,
          site: fitted.siteId,
          windowStart: fitted.windowStart,
          windowEnd: fitted.windowEnd,
        },
      },
    ]);
  });
  ctx.events.publish({ type: 'task.created', task });
  return task;
}
