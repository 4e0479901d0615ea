import type {
  ClassificationRuleRecord,
  CustomerRecord,
  InstanceRecord,
  InteractionRecord,
} from '../../../models/index.ts';
import { caseVariables } from '../classification/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { CrossdeskError, ErrorCode } from '../../core/errors/index.ts';
import { startProcess } from '../../process/instances/index.ts';
import { correlateMessage } from '../../process/messages/index.ts';
import { SYSTEM_ACTOR } from '../../core/access/index.ts';
import { newCaseReference } from './case-reference.ts';
import { ensureTriageProcess, TRIAGE_PROCESS_KEY } from './triage.ts';

/** A case intake started for a contact. */
export interface StartedCase {
  instance: InstanceRecord;
  caseRef: string;
  /** False when the contact went to triage (no rule, or the rule's process could not start). */
  classified: boolean;
}

async function startByRule(
  ctx: EngineContext,
  rule: ClassificationRuleRecord,
  interaction: InteractionRecord,
  customer: CustomerRecord | null,
  caseRef: string,
): Promise<InstanceRecord | null> {
  const variables = caseVariables(rule.action, interaction, customer, caseRef);
  if (rule.action.processKey)
    return startProcess(ctx, SYSTEM_ACTOR, { key: rule.action.processKey, businessKey: caseRef, variables });
  const result = await correlateMessage(ctx, SYSTEM_ACTOR, {
    name: rule.action.messageName ?? '',
    correlationKey: caseRef,
    variables,
  });
  return result.outcome === 'STARTED' ? result.instance : null;
}

/**
 * Starts the case for a new contact: the matching rule's process, or the triage process when no rule
 * matched. A rule whose process cannot start (not deployed, a message no process or two processes
 * start, a start that fails) sends the contact to triage too, with the reason in `triageReason`: a
 * contact never ends in a void.
 */
export async function startCase(
  ctx: EngineContext,
  rule: ClassificationRuleRecord | null,
  interaction: InteractionRecord,
  customer: CustomerRecord | null,
): Promise<StartedCase> {
  const caseRef = newCaseReference();
  let triageReason = 'no classification rule matched';
  if (rule) {
    try {
      const instance = await startByRule(ctx, rule, interaction, customer, caseRef);
      if (instance) return { instance, caseRef, classified: true };
      triageReason = `rule "${rule.name}": no process starts with message ${rule.action.messageName}`;
    } catch (err) {
      // The rule cannot start its process (not deployed, two processes take the message, the start
      // fails): that is the rule's problem, not the contact's. Transient conflicts and bugs propagate.
      if (!(err instanceof CrossdeskError) || err.code === ErrorCode.CONFLICT) throw err;
      triageReason = `rule "${rule.name}": ${err.message}`;
    }
    ctx.logger.warn('classified contact sent to triage', { interactionId: interaction.id, reason: triageReason });
  }
  await ensureTriageProcess(ctx);
  const variables = {
    ...caseVariables(null, interaction, customer, caseRef),
    body: (interaction.body ?? '').slice(0, 4000),
    triageReason,
    ruleId: rule?.id ?? null,
  };
  const instance = await startProcess(ctx, SYSTEM_ACTOR, { key: TRIAGE_PROCESS_KEY, businessKey: caseRef, variables });
  return { instance, caseRef, classified: false };
}
