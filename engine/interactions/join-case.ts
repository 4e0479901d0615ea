import { findSubscriptionsOfInstance, findTasksOfInstance, linkInteraction, SubscriptionKind, type InstanceRecord, type InteractionRecord } from '../../models/index.ts';
import type { EngineContext } from '../context.ts';
import { correlateMessage } from '../messages/index.ts';
import { SYSTEM_ACTOR } from '../users/actor.ts';

/**
 * The message a running case receives when its customer gets in touch again. A process that wants to
 * react waits for it (an intermediate message catch event or a message boundary event); its
 * correlation key is the case's business key unless the element names another.
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
 * Brings a contact into its open case: delivered as the `customerContact` message when the case waits
 * for one (CORRELATED: the task it wakes lists the interaction), else only linked to the case and its
 * open tasks (LINKED). Either way no second case starts.
 */
export async function joinCase(ctx: EngineContext, interaction: InteractionRecord, instance: InstanceRecord): Promise<'CORRELATED' | 'LINKED'> {
  const subs = (await findSubscriptionsOfInstance(ctx.db, instance.id)).filter((s) => s.kind === SubscriptionKind.MESSAGE && s.name === CUSTOMER_CONTACT_MESSAGE);
  let outcome: 'CORRELATED' | 'LINKED' = 'LINKED';
  if (subs.length) {
    const variables = { lastInteractionId: interaction.id, lastContactChannel: interaction.channel, lastContactSubject: interaction.subject ?? '' };
    await correlateMessage(ctx, SYSTEM_ACTOR, { name: CUSTOMER_CONTACT_MESSAGE, correlationKey: subs[0].correlationKey, variables });
    outcome = 'CORRELATED';
  }
  await linkToCase(ctx, interaction.id, instance.id);
  return outcome;
}
