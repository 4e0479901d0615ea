import {
  findByMessageIds,
  findCaseIdsOfCustomer,
  findInstances,
  findLatestStartedBy,
  InstanceState,
  listInstances,
  type ClassificationRuleRecord,
  type CustomerRecord,
  type InstanceRecord,
  type InteractionRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { findCaseReference } from './case-reference.ts';

/** Why a contact joined an open case. */
export const CorrelationReason = { REFERENCE: 'REFERENCE', THREAD: 'THREAD', CUSTOMER: 'CUSTOMER' } as const;
export type CorrelationReason = (typeof CorrelationReason)[keyof typeof CorrelationReason];

/** An open case a contact belongs to, and how it was found. */
export interface OpenCase {
  instance: InstanceRecord;
  reason: CorrelationReason;
}

async function byReference(ctx: EngineContext, reference: string | null): Promise<InstanceRecord | null> {
  if (!reference) return null;
  const { rows } = await listInstances(ctx.db, { businessKey: reference, state: InstanceState.ACTIVE }, 0, 2);
  return rows.length === 1 ? rows[0] : null;
}

async function byThread(ctx: EngineContext, interaction: InteractionRecord): Promise<InstanceRecord | null> {
  const earlier = (await findByMessageIds(ctx.db, interaction.threadRefs)).filter(
    (i) => i.caseInstanceId && i.id !== interaction.id,
  );
  const cases = await findInstances(ctx.db, [...new Set(earlier.map((i) => i.caseInstanceId as string))]);
  const open = new Map(cases.filter((c) => c.state === InstanceState.ACTIVE).map((c) => [c.id, c]));
  // The newest message of the thread that belongs to a still-open case decides.
  const hit = earlier.find((i) => open.has(i.caseInstanceId as string));
  return hit ? (open.get(hit.caseInstanceId as string) ?? null) : null;
}

/** The process key a rule would start (a message rule: the process whose start event takes that message). */
export async function ruleProcessKey(ctx: EngineContext, rule: ClassificationRuleRecord): Promise<string | null> {
  if (rule.action.processKey) return rule.action.processKey;
  const started = await findLatestStartedBy(ctx.db, 'message', rule.action.messageName ?? '');
  return started.length === 1 ? started[0].key : null;
}

async function byCustomer(
  ctx: EngineContext,
  customer: CustomerRecord | null,
  rule: ClassificationRuleRecord | null,
): Promise<InstanceRecord | null> {
  if (!customer || !rule) return null;
  const key = await ruleProcessKey(ctx, rule);
  if (!key) return null;
  const cases = await findInstances(ctx.db, await findCaseIdsOfCustomer(ctx.db, customer.id));
  const open = cases.filter((c) => c.state === InstanceState.ACTIVE && c.definitionKey === key);
  // Two open cases of the same kind: which one is meant is a human decision, so a new case starts.
  return open.length === 1 ? open[0] : null;
}

/**
 * The open case a contact is about, tried in this order: a case reference (given explicitly or as
 * `[CASE-...]` in the subject), the mail thread (In-Reply-To/References naming a message of an open
 * case), then the customer's only open case of the kind the matching rule would start.
 */
export async function findOpenCase(
  ctx: EngineContext,
  interaction: InteractionRecord,
  explicitReference: string | null,
  customer: CustomerRecord | null,
  rule: ClassificationRuleRecord | null,
): Promise<OpenCase | null> {
  const referenced =
    (await byReference(ctx, explicitReference)) ?? (await byReference(ctx, findCaseReference(interaction.subject)));
  if (referenced) return { instance: referenced, reason: CorrelationReason.REFERENCE };
  const threaded = await byThread(ctx, interaction);
  if (threaded) return { instance: threaded, reason: CorrelationReason.THREAD };
  const same = await byCustomer(ctx, customer, rule);
  return same ? { instance: same, reason: CorrelationReason.CUSTOMER } : null;
}
