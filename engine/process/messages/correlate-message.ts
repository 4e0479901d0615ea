import {
  findLatestStartedBy,
  findSubscriptions,
  insertBufferedMessage,
  SubscriptionKind,
  type InstanceRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError, CrossdeskError, ErrorCode } from '../../core/errors/index.ts';
import { newId } from '../../core/ids/index.ts';
import { checkVariables, startInstance } from '../instances/index.ts';
import { runInstanceCommand } from '../runtime/index.ts';
import { Role, type Actor, requireRole } from '../../core/access/index.ts';

/** What a correlation did. */
export const CorrelationOutcome = {
  CORRELATED: 'CORRELATED',
  STARTED: 'STARTED',
  BUFFERED: 'BUFFERED',
  NO_MATCH: 'NO_MATCH',
} as const;
export type CorrelationOutcome = (typeof CorrelationOutcome)[keyof typeof CorrelationOutcome];

/** Input of correlateMessage. */
export interface CorrelateMessageInput {
  name: string;
  correlationKey?: string | null;
  variables?: unknown;
  /** Keep an unmatched message this long for a wait that appears later (BUFFERED); default: drop it. */
  ttlSeconds?: number | null;
}

/** Result of correlateMessage: the outcome and the instance it reached or started. */
export interface CorrelationResult {
  outcome: CorrelationOutcome;
  instance: InstanceRecord | null;
}

async function bufferOrDrop(
  ctx: EngineContext,
  input: CorrelateMessageInput,
  key: string | null,
  variables: Record<string, unknown>,
): Promise<CorrelationResult> {
  const ttl = input.ttlSeconds ?? 0;
  if (ttl < 0 || !Number.isFinite(ttl))
    throw new BadInputError('ttlSeconds cannot be negative', { field: 'ttlSeconds' });
  if (ttl === 0) return { outcome: CorrelationOutcome.NO_MATCH, instance: null };
  const now = ctx.clock.now();
  await insertBufferedMessage(ctx.db, {
    id: newId('msg'),
    name: input.name,
    correlationKey: key,
    variables,
    expiresAt: now + ttl * 1000,
    createdAt: now,
  });
  return { outcome: CorrelationOutcome.BUFFERED, instance: null };
}

/**
 * Delivers a named message: to the one instance execution waiting for it under the correlation key
 * (the business key unless the element names another), else it starts the latest process with a
 * matching message start event. Two waiting instances are AMBIGUOUS (an error: nothing happens). With
 * `ttlSeconds`, a message nothing waits for yet is kept (BUFFERED) for the first matching wait to appear.
 */
export async function correlateMessage(
  ctx: EngineContext,
  actor: Actor,
  input: CorrelateMessageInput,
): Promise<CorrelationResult> {
  requireRole(actor, Role.INTEGRATOR, Role.SUPERVISOR);
  if (!input.name?.trim()) throw new BadInputError('message name is required', { field: 'name' });
  const variables = checkVariables(input.variables, 'variables', ctx.options);
  const key = input.correlationKey ?? null;
  const subs = await findSubscriptions(ctx.db, SubscriptionKind.MESSAGE, input.name, key);
  const instances = new Set(subs.map((s) => s.instanceId));
  if (instances.size > 1)
    throw new CrossdeskError(
      ErrorCode.AMBIGUOUS,
      `message "${input.name}" matches ${instances.size} waiting instances`,
      { name: input.name, correlationKey: key },
    );
  if (subs.length) {
    const sub = subs[0];
    const instance = await runInstanceCommand(ctx, sub.instanceId, actor, async (run) => {
      const wait = run.collector.waits.get(sub.executionId);
      run.rootEnvironment()?.assignVariables(variables);
      run.engine.execution.signal({ id: wait?.eventRefId ?? input.name, executionId: sub.executionId, variables });
      return { result: (next) => next };
    });
    return { outcome: CorrelationOutcome.CORRELATED, instance };
  }
  const startable = await findLatestStartedBy(ctx.db, 'message', input.name);
  if (startable.length > 1)
    throw new CrossdeskError(ErrorCode.AMBIGUOUS, `message "${input.name}" starts ${startable.length} processes`, {
      name: input.name,
    });
  if (!startable.length) return bufferOrDrop(ctx, input, key, variables);
  const instance = await startInstance(ctx, actor, startable[0], key, variables, (run) => {
    const wait = [...run.collector.waits.values()].find((w) => w.eventName === input.name);
    run.engine.execution.signal({ id: wait?.eventRefId ?? input.name, variables });
  });
  return { outcome: CorrelationOutcome.STARTED, instance };
}
