import {
  findCaseIdsOfCustomer,
  findCustomers,
  findInstances,
  findTask,
  InstanceState,
  listInteractions,
  pendingReservationsOfTasks,
  type CustomerRecord,
  type InstanceRecord,
  type InteractionRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { ErrorCode, NotFoundError, TaskStateError } from '../../core/errors/index.ts';
import { hasRole, Role, type Actor } from '../../core/access/index.ts';

/** Contacts and cases a card shows: enough to recognise the caller, not a timeline. */
export const CARD_CONTACTS = 5;
export const CARD_CASES = 5;

/** Who the live contact is with, as the desk's call card shows it. */
export interface CustomerCard {
  /** The customer record, when the contact names one (calls from CTI and callbacks are matched on arrival). */
  customer: CustomerRecord | null;
  /** The name and number as the contact gave them, when there is no record. */
  name: string | null;
  phone: string | null;
  recentContacts: InteractionRecord[];
  openCases: InstanceRecord[];
}

/** The holder of the task, the agent it is offered to, or a supervisor. */
async function assertMayRead(ctx: EngineContext, actor: Actor, taskId: string, assigneeId: string | null) {
  if (assigneeId === actor.userId || hasRole(actor, Role.SUPERVISOR)) return;
  const [offer] = await pendingReservationsOfTasks(ctx.db, [taskId]);
  if (offer?.agentId === actor.userId) return;
  throw new TaskStateError(ErrorCode.TASK_NOT_ASSIGNEE, taskId, `task ${taskId} is not yours`);
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);

/**
 * The customer card of a task (`Task.customerCard`): the person its `customer` names, their latest
 * contacts and their open cases. The agent handling (or offered) the contact sees the whole card:
 * recognising the caller is the point of it, so it reaches past the agent's usual work-only scope,
 * but only for the customer of the contact in hand, and only while it is theirs.
 */
export async function customerCard(ctx: EngineContext, actor: Actor, taskId: string): Promise<CustomerCard | null> {
  const task = await findTask(ctx.db, taskId);
  if (!task) throw new NotFoundError('Task', taskId);
  await assertMayRead(ctx, actor, task.id, task.assigneeId);
  const given = task.customer ?? {};
  const id = text(given.id);
  const [record] = id ? await findCustomers(ctx.db, [id]) : [];
  if (!record && !text(given.name) && !text(given.phone)) return null;
  const card: CustomerCard = {
    customer: record ?? null,
    name: record?.name ?? text(given.name),
    phone: record?.phone ?? text(given.phone),
    recentContacts: [],
    openCases: [],
  };
  if (!record) return card;
  card.recentContacts = (await listInteractions(ctx.db, { customerId: record.id }, 0, CARD_CONTACTS)).rows;
  const cases = await findInstances(ctx.db, await findCaseIdsOfCustomer(ctx.db, record.id));
  card.openCases = cases
    .filter((c) => c.state === InstanceState.ACTIVE)
    .sort((a, b) => b.startedAt - a.startedAt)
    .slice(0, CARD_CASES);
  return card;
}
