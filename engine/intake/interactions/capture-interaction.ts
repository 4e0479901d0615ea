import {
  claimStalePending,
  deleteInteraction,
  findByExternalId,
  Direction,
  findCustomers,
  findInstances,
  findInteractions,
  findLinkedInstanceIds,
  insertInteractionOnce,
  InteractionOutcome,
  listRules,
  updateInteractionOutcome,
  type CustomerRecord,
  type InteractionRecord,
} from '../../../models/index.ts';
import { firstMatchingRule } from '../classification/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { assertMayReadInteraction, normalizeCustomer, resolveCustomer } from '../customers/index.ts';
import { newId } from '../../core/ids/index.ts';
import { Role, type Actor, requireRole } from '../../core/access/index.ts';
import { checkCaptureInput, type CaptureInteractionInput } from './check-input.ts';
import { findOpenCase } from './find-open-case.ts';
import { joinCase, linkToCase } from './join-case.ts';
import { startCase } from './start-case.ts';

/** Mail headers that thread a contact (set by the SMTP intake). */
export interface MailThreading {
  messageId: string | null;
  threadRefs: readonly string[];
}

/** A PENDING interaction older than this lost its router (a crash); the next capture of it routes it. */
export const ROUTING_TIMEOUT_MS = 2 * 60_000;

async function route(
  ctx: EngineContext,
  interaction: InteractionRecord,
  reference: string | null,
  customer: CustomerRecord | null,
) {
  const rule = firstMatchingRule(await listRules(ctx.db, true), interaction, ctx.options.patterns);
  const open = await findOpenCase(ctx, interaction, reference, customer, rule);
  if (open) {
    const outcome = await joinCase(ctx, interaction, open.instance);
    ctx.logger.info('contact joined an open case', {
      interactionId: interaction.id,
      instanceId: open.instance.id,
      reason: open.reason,
      outcome,
    });
    return {
      outcome,
      caseInstanceId: open.instance.id,
      caseReference: open.instance.businessKey,
      ruleId: rule?.id ?? null,
    };
  }
  const started = await startCase(ctx, rule, interaction, customer);
  await linkToCase(ctx, interaction.id, started.instance.id);
  return {
    outcome: started.classified ? InteractionOutcome.STARTED : InteractionOutcome.TRIAGE,
    caseInstanceId: started.instance.id,
    caseReference: started.caseRef,
    ruleId: started.classified ? (rule?.id ?? null) : null,
  };
}

/**
 * Takes in a front-line contact (agents, integrators, supervisors; the mail and web-form intakes act
 * as the system): finds or creates its customer, then either joins the open case it is about or
 * starts a new case by the first matching classification rule (triage when none matches).
 *
 * The same externalId twice is one interaction: the unique index admits one row, and every other
 * capture returns that row (PENDING while the first is still routing). If routing fails, the row is
 * removed again, so the caller's retry starts clean and nothing half-done stays behind.
 */
export async function captureInteraction(
  ctx: EngineContext,
  actor: Actor,
  input: CaptureInteractionInput,
  threading: MailThreading = { messageId: null, threadRefs: [] },
): Promise<InteractionRecord> {
  const result = await captureOnce(ctx, actor, input, threading);
  // A repeat answers with the stored row: someone else's contact only if the caller may read it, so a
  // known externalId is no way around the read rules.
  if (result.capturedBy !== actor.userId) await assertMayReadInteraction(ctx, actor, result);
  return result;
}

async function captureOnce(
  ctx: EngineContext,
  actor: Actor,
  input: CaptureInteractionInput,
  threading: MailThreading,
): Promise<InteractionRecord> {
  requireRole(actor, Role.AGENT, Role.INTEGRATOR, Role.SUPERVISOR);
  const checked = checkCaptureInput(input, ctx.options.maxJsonDepth);
  if (input.customer) normalizeCustomer(input.customer);
  // A repeat (an SMTP redelivery, a retried call) is answered from the stored row, without touching
  // customers; the unique index below still decides races between first deliveries.
  const seen = checked.externalId ? await findByExternalId(ctx.db, checked.externalId) : undefined;
  if (seen) return seen.outcome === InteractionOutcome.PENDING ? resumeStale(ctx, seen, checked.caseReference) : seen;
  const customer = await resolveCustomer(ctx, input.customer);
  const draft: InteractionRecord = {
    id: newId('ia'),
    externalId: checked.externalId,
    channel: checked.channel,
    direction: Direction.INBOUND,
    customerId: customer?.id ?? null,
    subject: checked.subject,
    body: checked.body,
    attributes: checked.attributes,
    attachments: checked.attachments,
    messageId: threading.messageId,
    threadRefs: [...threading.threadRefs],
    caseInstanceId: null,
    caseReference: null,
    outcome: InteractionOutcome.PENDING,
    ruleId: null,
    capturedBy: actor.userId,
    createdAt: ctx.clock.now(),
  };
  const { record, created } = await insertInteractionOnce(ctx.db, draft);
  if (created) return routeAndRecord(ctx, record, checked.caseReference, customer);
  return record.outcome === InteractionOutcome.PENDING ? resumeStale(ctx, record, checked.caseReference) : record;
}

/** Routes a stored interaction and records the outcome; on failure the row goes, so a retry starts clean. */
async function routeAndRecord(
  ctx: EngineContext,
  record: InteractionRecord,
  reference: string | null,
  customer: CustomerRecord | null,
): Promise<InteractionRecord> {
  try {
    const routed = await route(ctx, record, reference, customer);
    await updateInteractionOutcome(ctx.db, record.id, routed);
  } catch (err) {
    await deleteInteraction(ctx.db, record.id);
    throw err;
  }
  return (await findInteractions(ctx.db, [record.id]))[0];
}

/**
 * A capture of an interaction that is still PENDING: normally another caller is routing it right now,
 * and this one returns it as it is. If it has been PENDING for longer than ROUTING_TIMEOUT_MS its router
 * died; one caller takes it over, keeps the case the dead router had already linked, or routes it anew.
 */
async function resumeStale(
  ctx: EngineContext,
  record: InteractionRecord,
  reference: string | null,
): Promise<InteractionRecord> {
  const now = ctx.clock.now();
  if (!(await claimStalePending(ctx.db, record.id, now - ROUTING_TIMEOUT_MS, now))) return record;
  ctx.logger.warn('resuming an interaction whose routing was interrupted', { interactionId: record.id });
  const [linked] = await findInstances(ctx.db, await findLinkedInstanceIds(ctx.db, record.id));
  if (linked) {
    const outcome =
      linked.variables.interactionId === record.id ? InteractionOutcome.STARTED : InteractionOutcome.LINKED;
    await updateInteractionOutcome(ctx.db, record.id, {
      outcome,
      caseInstanceId: linked.id,
      caseReference: linked.businessKey,
      ruleId: null,
    });
    return (await findInteractions(ctx.db, [record.id]))[0];
  }
  const [customer] = record.customerId ? await findCustomers(ctx.db, [record.customerId]) : [];
  return routeAndRecord(ctx, record, reference, customer ?? null);
}
