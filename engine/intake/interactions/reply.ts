import {
  Direction,
  findCustomers,
  findInteractions,
  findTask,
  InteractionOutcome,
  linkInteraction,
  insertInteractionOnce,
  type InteractionRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError, NotFoundError } from '../../core/errors/index.ts';
import { assertMayReadInteraction } from '../customers/index.ts';
import { newId } from '../../core/ids/index.ts';
import { Role, type Actor, requireRole } from '../../core/access/index.ts';
import { replySubject } from './case-reference.ts';

/** Input of replyToInteraction. */
export interface ReplyInput {
  interactionId: string;
  /** The task the reply is written from; the reply is listed on it. */
  taskId?: string | null;
  body: string;
  /** Default: `Re: <subject> [<case reference>]`. */
  subject?: string | null;
}

const domainOf = (address: string) => /@([^>\s]+)>?\s*$/.exec(address)?.[1] ?? 'crossdesk';

async function recipientOf(ctx: EngineContext, original: InteractionRecord): Promise<string> {
  const [customer] = original.customerId ? await findCustomers(ctx.db, [original.customerId]) : [];
  if (!customer?.email)
    throw new BadInputError('the customer of this interaction has no e-mail address', { field: 'interactionId' });
  return customer.email;
}

/**
 * Answers a customer's contact by mail (experts, agents, supervisors): In-Reply-To and References point
 * at the customer's message and the subject carries `[<case reference>]`, so the customer's next reply
 * threads back into the same case. The reply is stored as an OUTBOUND interaction of the case (its
 * Message-ID is how that threading finds it) only once the mail server accepted it.
 */
export async function replyToInteraction(
  ctx: EngineContext,
  actor: Actor,
  input: ReplyInput,
): Promise<InteractionRecord> {
  requireRole(actor, Role.EXPERT, Role.AGENT, Role.SUPERVISOR);
  if (!input.body?.trim()) throw new BadInputError('body is required', { field: 'body' });
  const [original] = await findInteractions(ctx.db, [input.interactionId]);
  if (!original) throw new NotFoundError('Interaction', input.interactionId);
  // Answering needs reading: an agent replies only to contacts of work they hold or may take.
  await assertMayReadInteraction(ctx, actor, original);
  const task = input.taskId ? await findTask(ctx.db, input.taskId) : null;
  if (input.taskId && !task) throw new NotFoundError('Task', input.taskId);
  const to = await recipientOf(ctx, original);
  if (!ctx.mail)
    throw new BadInputError('no outbound mail server is configured (CROSSDESK_SMTP_OUT)', { field: 'interactionId' });
  const messageId = `<${newId('re')}@${domainOf(ctx.mail.from)}>`;
  const subject = input.subject?.trim() || replySubject(original.subject, original.caseReference);
  const references = [...original.threadRefs, ...(original.messageId ? [original.messageId] : [])];
  const headers: Record<string, string> = original.messageId
    ? { 'In-Reply-To': original.messageId, References: references.join(' ') }
    : {};
  await ctx.mail.send({ from: ctx.mail.from, to, subject, text: input.body, messageId, headers });
  const now = ctx.clock.now();
  const reply: InteractionRecord = {
    ...original,
    id: newId('ia'),
    externalId: null,
    direction: Direction.OUTBOUND,
    channel: 'EMAIL',
    subject,
    body: input.body,
    attributes: { to },
    attachments: [],
    messageId,
    threadRefs: references,
    outcome: InteractionOutcome.SENT,
    ruleId: null,
    capturedBy: actor.userId,
    createdAt: now,
  };
  await insertInteractionOnce(ctx.db, reply);
  if (reply.caseInstanceId) await linkInteraction(ctx.db, reply.id, { instanceId: reply.caseInstanceId }, now);
  if (task) await linkInteraction(ctx.db, reply.id, { instanceId: task.instanceId, taskId: task.id }, now);
  return reply;
}
