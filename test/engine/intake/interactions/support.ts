import {
  captureInteraction,
  upsertClassificationRule,
  type CaptureInteractionInput,
  type EngineContext,
} from '../../../../engine/index.ts';
import { actors } from '../../../support/actors.ts';

/** Rules used by the interaction tests: refunds by message, support by process key, VIP mail first. */
export async function seedTestRules(ctx: EngineContext): Promise<void> {
  await upsertClassificationRule(ctx, actors.designer, {
    name: 'vip support',
    position: 10,
    match: { channels: ['EMAIL'], attributes: { tier: 'gold' } },
    action: { processKey: 'support-request', priority: 90, businessValue: 80 },
  });
  await upsertClassificationRule(ctx, actors.designer, {
    name: 'refunds',
    position: 20,
    match: { keywords: ['refund', 'money back'] },
    action: { messageName: 'refundRequested', variables: { amount: 'attributes.amount', source: { value: 'rule' } } },
  });
  await upsertClassificationRule(ctx, actors.designer, {
    name: 'support mail',
    position: 30,
    match: { channels: ['EMAIL', 'WEB_FORM'], subjectPattern: '^(help|question)\\b' },
    action: { processKey: 'support-request' },
  });
}

let counter = 0;

/** Captures a contact as the integrator; defaults: an e-mail from ada@example.com. */
export function capture(ctx: EngineContext, input: Partial<CaptureInteractionInput> = {}) {
  counter++;
  return captureInteraction(ctx, actors.integrator, {
    channel: 'EMAIL',
    customer: { email: 'ada@example.com', name: 'Ada Lovelace' },
    subject: `help ${counter}`,
    body: 'Please help',
    ...input,
  });
}
