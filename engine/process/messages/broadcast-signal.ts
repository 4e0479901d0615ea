import { findLatestStartedBy, findSubscriptions, SubscriptionKind } from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError, CrossdeskError, ErrorCode } from '../../core/errors/index.ts';
import { checkVariables, startInstance } from '../instances/index.ts';
import { runInstanceCommand } from '../runtime/index.ts';
import { Role, type Actor, requireRole } from '../../core/access/index.ts';

/** Instances signalled before yielding to other requests. */
export const SIGNAL_BATCH = 50;

const yieldToOthers = () => new Promise((resolve) => setImmediate(resolve));

async function deliver(
  ctx: EngineContext,
  actor: Actor,
  instanceId: string,
  executionId: string,
  name: string,
  variables: Record<string, unknown>,
): Promise<boolean> {
  try {
    await runInstanceCommand(ctx, instanceId, actor, async (run) => {
      const wait = run.collector.waits.get(executionId);
      run.rootEnvironment()?.assignVariables(variables);
      run.engine.execution.signal({ id: wait?.eventRefId ?? name, variables });
      return { result: () => undefined };
    });
    return true;
  } catch (err) {
    // An instance that ended since the subscriptions were read is simply not reached.
    if (
      err instanceof CrossdeskError &&
      (err.code === ErrorCode.INSTANCE_NOT_ACTIVE || err.code === ErrorCode.NOT_FOUND)
    )
      return false;
    throw err;
  }
}

/**
 * Broadcasts a named signal: every instance waiting on a signal catch of that name gets it (one
 * command per instance), and every process whose start event listens for it starts. Instances are
 * signalled in batches of SIGNAL_BATCH with a yield between, so thousands of waiting instances do not
 * starve other requests. Returns how many instances it reached (signalled or started).
 */
export async function broadcastSignal(
  ctx: EngineContext,
  actor: Actor,
  name: string,
  input?: unknown,
): Promise<number> {
  requireRole(actor, Role.INTEGRATOR, Role.SUPERVISOR);
  if (!name?.trim()) throw new BadInputError('signal name is required', { field: 'name' });
  const variables = checkVariables(input, 'variables', ctx.options);
  const byInstance = new Map<string, string>();
  for (const s of await findSubscriptions(ctx.db, SubscriptionKind.SIGNAL, name))
    byInstance.set(s.instanceId, s.executionId);
  let reached = 0;
  const entries = [...byInstance];
  for (let i = 0; i < entries.length; i += SIGNAL_BATCH) {
    for (const [instanceId, executionId] of entries.slice(i, i + SIGNAL_BATCH))
      if (await deliver(ctx, actor, instanceId, executionId, name, variables)) reached++;
    await yieldToOthers();
  }
  for (const definition of await findLatestStartedBy(ctx.db, 'signal', name)) {
    await startInstance(ctx, actor, definition, null, variables, (run) => {
      const wait = [...run.collector.waits.values()].find((w) => w.eventName === name);
      run.engine.execution.signal({ id: wait?.eventRefId ?? name, variables });
    });
    reached++;
  }
  return reached;
}
