import type { Knex } from 'knex';
import {
  findLatestVersion,
  insertInstance,
  InstanceState,
  withTransaction,
  type HistoryRecord,
  type InstanceRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError, ConflictError, NotFoundError } from '../../core/errors/index.ts';
import { newId } from '../../core/ids/index.ts';
import {
  consumeBufferedMessages,
  deleteConsumed,
  NO_WAITS,
  persistOutcome,
  publishEffects,
  startRun,
  hotEnginesOf,
  summarize,
  type EngineRun,
} from '../runtime/index.ts';
import type { Actor } from '../../core/access/index.ts';
import { checkVariables } from './variables.ts';

/** Input of startProcess. */
export interface StartProcessInput {
  key: string;
  businessKey?: string | null;
  variables?: unknown;
}

/**
 * Starts the latest version of process `key` and runs it until everything in it waits (or it ends),
 * then stores the instance, its tasks, subscriptions, timers and history in one transaction. If the
 * process fails on the way, nothing is stored and the caller gets the failure.
 */
export async function startProcess(
  ctx: EngineContext,
  actor: Actor,
  input: StartProcessInput,
): Promise<InstanceRecord> {
  if (!input.key?.trim()) throw new BadInputError('key is required', { field: 'key' });
  const variables = checkVariables(input.variables, 'variables', ctx.options);
  const definition = await findLatestVersion(ctx.db, input.key);
  if (!definition) throw new NotFoundError('Process', input.key);
  return startInstance(ctx, actor, definition, input.businessKey?.trim() || null, variables);
}

/**
 * Starts an instance of a known definition. `trigger` acts on the fresh run before it settles (a
 * message start event is waiting for its message, for example); `persist` adds writes to the
 * instance's transaction (a start timer's job moves on in the same commit).
 */
export async function startInstance(
  ctx: EngineContext,
  actor: Actor,
  definition: { id: string; key: string },
  businessKey: string | null,
  variables: Record<string, unknown>,
  trigger?: (run: EngineRun) => void,
  persist?: (trx: Knex.Transaction) => Promise<void>,
): Promise<InstanceRecord> {
  const source = await ctx.sources.get(ctx.db, definition.id);
  const id = newId('pi');
  const run = await startRun(ctx, id, source, { ...variables, ...(businessKey ? { businessKey } : {}) });
  trigger?.(run);
  const { outcome, consumed } = await consumeBufferedMessages(ctx, run, await run.settle(), businessKey, []);
  const now = ctx.clock.now();
  const instance: InstanceRecord = {
    id,
    definitionId: definition.id,
    definitionKey: definition.key,
    businessKey,
    state: outcome.completed ? InstanceState.COMPLETED : InstanceState.ACTIVE,
    variables: outcome.variables,
    activeElementIds: outcome.activeElementIds,
    version: 0,
    startedBy: actor.userId,
    startedAt: now,
    updatedAt: now,
    endedAt: outcome.completed ? now : null,
    endReason: null,
  };
  const event = (type: string, data: Record<string, unknown> | null = null): HistoryRecord => ({
    instanceId: id,
    taskId: null,
    type,
    elementId: null,
    actorId: actor.userId,
    onBehalfOf: actor.onBehalfOf,
    at: now,
    data,
  });
  const effects = await withTransaction(ctx.db, async (trx) => {
    if (!(await deleteConsumed(trx, consumed)))
      throw new ConflictError('an early message was consumed by another command meanwhile; start again');
    await persist?.(trx);
    await insertInstance(trx, {
      ...instance,
      engineState: outcome.completed ? null : outcome.engineState,
      waiting: summarize(outcome),
    });
    const history = [event('instance.started', { definitionId: definition.id, businessKey, variables })];
    return persistOutcome({ ctx, trx, instance, outcome, actor, previous: NO_WAITS }, history);
  });
  // Committed: the live engine may serve the instance's next command (a claim then a completion soon after).
  if (!outcome.completed) hotEnginesOf(ctx)?.put(id, instance.version, definition.id, run);
  publishEffects(ctx, instance, effects, outcome.completed ? 'instance.completed' : 'instance.started');
  return instance;
}
