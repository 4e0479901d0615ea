import {
  blankChats,
  blankCustomers,
  blankInteractions,
  blankMergeSnapshots,
  findCustomerFamily,
  historyDataOf,
  instancesForErasure,
  interactionTextsOf,
  linkedInstanceIds,
  rewriteHistoryData,
  rewriteInstanceDataIf,
  rewriteTaskPersonalData,
  tasksForErasure,
  withTransaction,
  fromJson,
  type Db,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { ConflictError, NotFoundError } from '../../core/errors/index.ts';
import { Role, requireRole, type Actor } from '../../core/access/index.ts';
import { AuditSubject, recordAudit } from '../../core/audit/index.ts';
import { PERSONAL_CASE_VARIABLES, personalValues, scrub } from './personal-values.ts';

/** What one erasure changed, by kind (the audit entry's `after`: counts only, no personal data). */
type Erased = Record<string, number>;

/**
 * Erases a customer's personal data (admins; docs/retention.md "Erasure"), in one transaction: the
 * record and every record merged into it keep their ids but lose name, e-mail and phone (so no later
 * contact matches them by either); their contacts lose subject, text, attributes and attachment names;
 * their chats lose the visitor's name and every message's text; their cases' variables (and engine state),
 * task outputs, call and callback details and history lose every value that came from them; merge
 * snapshots keep only ids. Rows stay, so counts and reports stay whole. Audited with counts; a second
 * call blanks whatever arrived since and is audited only when it changed something.
 */
export async function eraseCustomer(ctx: EngineContext, actor: Actor, id: string): Promise<boolean> {
  requireRole(actor, Role.ADMIN);
  const now = ctx.clock.now();
  return withTransaction(ctx.db, async (trx) => {
    const family = await findCustomerFamily(trx, id);
    const customer = family.find((c) => c.id === id);
    if (!customer) throw new NotFoundError('Customer', id);
    const ids = family.map((c) => c.id);
    const contacts = await interactionTextsOf(trx, ids);
    const personal = personalValues(family, contacts);
    const contactIds = contacts.map((c) => c.id);
    const caseIds = [
      ...new Set([
        ...contacts.flatMap((c) => (c.caseInstanceId ? [c.caseInstanceId] : [])),
        ...(await linkedInstanceIds(trx, contactIds)),
      ]),
    ];
    const erased: Erased = {
      instances: await eraseFromInstances(trx, caseIds, ids, personal),
      tasks: 0,
      history: 0,
    };
    const tasks = await tasksForErasure(trx, ids, caseIds);
    for (const task of tasks) if (await eraseFromTask(trx, task, ids, personal)) erased.tasks += 1;
    for (const row of await historyDataOf(
      trx,
      caseIds,
      tasks.map((t) => t.id),
    )) {
      const out = scrub(fromJson(row.data, null), personal);
      if (!out.changed) continue;
      await rewriteHistoryData(trx, row.id, JSON.stringify(out.value));
      erased.history += 1;
    }
    const chats = await blankChats(trx, ids, contactIds);
    erased.chatConversations = chats.conversations;
    erased.chatMessages = chats.messages;
    erased.interactions = await blankInteractions(trx, ids);
    erased.merges = await blankMergeSnapshots(trx, ids);
    const fresh = family.filter((c) => !c.erasedAt || c.name || c.email || c.phone).map((c) => c.id);
    erased.customers = fresh.length ? await blankCustomers(trx, fresh, now) : 0;
    if (Object.values(erased).some((n) => n > 0)) {
      await recordAudit(ctx, trx, actor, {
        type: 'customer.erased',
        subjectType: AuditSubject.CUSTOMER,
        subjectId: id,
        before: null,
        after: { records: ids.length, ...erased },
      });
      ctx.logger.info('customer erased', { customerId: id, actor: actor.userId, ...erased });
    }
    return true;
  });
}

/** Blanks the personal values of these cases' variables and engine state; returns how many changed. */
async function eraseFromInstances(
  trx: Db,
  instanceIds: readonly string[],
  customerIds: readonly string[],
  personal: ReadonlySet<string>,
): Promise<number> {
  let changed = 0;
  for (const row of await instancesForErasure(trx, instanceIds)) {
    const variables = fromJson<Record<string, unknown>>(row.variables, {});
    // The intake's own customer variables are blanked on the customer's cases, whatever they hold now.
    const own = customerIds.includes(String(variables.customerId ?? ''));
    const keys = own ? PERSONAL_CASE_VARIABLES : [];
    const vars = scrub(variables, personal, { keys });
    const state =
      row.engineState === null ? null : scrub(JSON.parse(row.engineState), personal, { onlyUnder: 'variables', keys });
    if (!vars.changed && !state?.changed) continue;
    const data = {
      variables: JSON.stringify(vars.value),
      engineState: state === null ? null : JSON.stringify(state.value),
    };
    // A command that committed meanwhile would write its own state over ours: refuse, the caller retries.
    if (!(await rewriteInstanceDataIf(trx, row.id, row.version, data)))
      throw new ConflictError(`process instance ${row.id} changed during the erasure; try again`, {
        instanceId: row.id,
      });
    changed += 1;
  }
  return changed;
}

/** Blanks a task's customer details, phone, disposition note and personal output values; true when it changed. */
async function eraseFromTask(
  trx: Db,
  task: Awaited<ReturnType<typeof tasksForErasure>>[number],
  customerIds: readonly string[],
  personal: ReadonlySet<string>,
): Promise<boolean> {
  const customer = fromJson<Record<string, unknown> | null>(task.customer, null);
  const theirs = customer !== null && customerIds.includes(String(customer.id ?? ''));
  const output = task.output === null ? null : scrub(fromJson(task.output, null), personal);
  const next = {
    id: task.id,
    customer: theirs ? JSON.stringify({ id: customer?.id, erased: true }) : task.customer,
    output: output?.changed ? JSON.stringify(output.value) : task.output,
    phone: theirs || (task.phone !== null && personal.has(task.phone)) ? null : task.phone,
    dispositionNote: theirs ? null : task.dispositionNote,
  };
  const changed =
    next.customer !== task.customer ||
    next.output !== task.output ||
    next.phone !== task.phone ||
    next.dispositionNote !== task.dispositionNote;
  if (changed) await rewriteTaskPersonalData(trx, next);
  return changed;
}
