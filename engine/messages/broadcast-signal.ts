import { findSubscriptions, SubscriptionKind } from '../../models/index.ts';
import type { EngineContext } from '../context.ts';
import { BadInputError } from '../errors/index.ts';
import { checkVariables } from '../instances/variables.ts';
import { runInstanceCommand } from '../runtime/index.ts';
import { Role, type Actor } from '../users/actor.ts';
import { requireRole } from '../users/authorize.ts';

/**
 * Broadcasts a named signal to every waiting signal catch of every instance, one command per instance.
 * Returns how many instances it reached. An instance that ended meanwhile is skipped.
 */
export async function broadcastSignal(ctx: EngineContext, actor: Actor, name: string, input?: unknown): Promise<number> {
  requireRole(actor, Role.INTEGRATOR, Role.SUPERVISOR);
  if (!name?.trim()) throw new BadInputError('signal name is required', { field: 'name' });
  const variables = checkVariables(input);
  const subs = await findSubscriptions(ctx.db, SubscriptionKind.SIGNAL, name);
  const byInstance = new Map<string, string>();
  for (const s of subs) byInstance.set(s.instanceId, s.executionId);
  let reached = 0;
  for (const [instanceId, executionId] of byInstance) {
    try {
      await runInstanceCommand(ctx, instanceId, actor, async (run) => {
        const wait = run.collector.waits.get(executionId);
        run.rootEnvironment()?.assignVariables(variables);
        run.engine.execution.signal({ id: wait?.eventRefId ?? name, variables });
        return { result: () => undefined };
      });
      reached++;
    } catch (err) {
      if (!(err as { code?: string }).code?.startsWith('INSTANCE_NOT_ACTIVE')) throw err;
    }
  }
  return reached;
}
