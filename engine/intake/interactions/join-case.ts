import {
  findSubscriptionsOfInstance,
  findTasksOfInstance,
  linkInteraction,
  SubscriptionKind,
  type InstanceRecord,
  type InteractionRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { runInstanceCommand, WaitKind } from '../../process/runtime/index.ts';
import { SYSTEM_ACTOR } from '../../core/access/index.ts';

/**
 * The message a running case receives when its customer gets in touch again. A process that wants to
 * react waits for it (an intermediate message catch event or a message boundary event).
 */
export const CUSTOMER_CONTACT_MESSAGE = 'customerContact';

/** Links an interaction to a case and to the case's open tasks, so each of them lists it. */
export async function linkToCase(ctx: EngineContext, interactionId: string, instanceId: string): Promise<string[]> {
  const now = ctx.clock.now();
  await linkInteraction(ctx.db, interactionId, { instanceId }, now);
  const open = await findTasksOfInstance(ctx.db, instanceId, true);
  for (const task of open) await linkInteraction(ctx.db, interactionId, { instanceId, taskId: task.id }, now);
  return open.map((t) => t.id);
}

/**
 * Delivers the customerContact message to this one instance, if it waits for it. Addressed by
 * instance rather than by correlation key: the case is already known, two cases sharing a business
 * key cannot make it ambiguous, and a contact can never start a process by that message. The wait is
 * looked up in the command's fresh state, so a concurrent contact that consumed it first makes this
 * one return false instead of signalling nothing.
 */
async function deliverContact(
  ctx: EngineContext,
  interaction: InteractionRecord,
  instanceId: string,
): Promise<boolean> {
  const variables = {
    lastInteractionId: interaction.id,
    lastContactChannel: interaction.channel,
    lastContactSubject: interaction.subject ?? '',
  };
  return runInstanceCommand(ctx, instanceId, SYSTEM_ACTOR, async (run) => {
    const wait = [...run.collector.waits.values()].find(
      (w) => w.kind === WaitKind.MESSAGE && w.eventName === CUSTOMER_CONTACT_MESSAGE,
    );
    if (!wait) return { result: () => false };
    run.rootEnvironment()?.assignVariables(variables);
    run.engine.execution.signal({
      id: wait.eventRefId ?? CUSTOMER_CONTACT_MESSAGE,
      executionId: wait.executionId,
      variables,
    });
    const at = ctx.clock.now();
    const history = [
      {
        instanceId,
        taskId: null,
        type: 'interaction.correlated',
        elementId: wait.elementId,
        actorId: interaction.capturedBy,
        onBehalfOf: null,
        at,
        data: { interactionId: interaction.id, channel: interaction.channel },
      },
    ];
    return { history, result: () => true };
  });
}

/**
 * Brings a contact into its open case: delivered as the `customerContact` message when the case waits
 * for one (CORRELATED: the task it wakes lists the interaction), else only linked to the case and its
 * open tasks (LINKED). Either way no second case starts.
 */
export async function joinCase(
  ctx: EngineContext,
  interaction: InteractionRecord,
  instance: InstanceRecord,
): Promise<'CORRELATED' | 'LINKED'> {
  // The stored subscriptions tell cheaply whether the case waits at all; only then is a command run.
  const subs = await findSubscriptionsOfInstance(ctx.db, instance.id);
  const waits = subs.some((s) => s.kind === SubscriptionKind.MESSAGE && s.name === CUSTOMER_CONTACT_MESSAGE);
  const waiting = waits && (await deliverContact(ctx, interaction, instance.id));
  await linkToCase(ctx, interaction.id, instance.id);
  return waiting ? 'CORRELATED' : 'LINKED';
}
