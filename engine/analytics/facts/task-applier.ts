import {
  addAgentRollup,
  addDispositionRollup,
  addQueueRollup,
  bucketOf,
  LIVE_CONTACT_KINDS,
  saveTaskFact,
  TaskState,
  waitColumn,
  type FeedRecord,
  type TaskFact,
} from '../../../models/index.ts';
import { latestTimeOf, timeOf, type ApplyScope, type FactApplier } from './applier.ts';

type Row = Record<string, unknown>;
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const ENDED: readonly unknown[] = [TaskState.COMPLETED, TaskState.CANCELLED];
const WORKED: readonly unknown[] = [TaskState.ASSIGNED, TaskState.PAUSED, TaskState.COMPLETED];

/** The rollup key of a fact at a time (null without a queue: such work is in no queue's figures). */
const keyOf = (f: TaskFact, at: number) =>
  f.queue ? { bucket: bucketOf(at), queue: f.queue, channel: f.channel ?? '', siteId: f.siteId } : null;

async function add(scope: ApplyScope, f: TaskFact, at: number, deltas: Record<string, number>) {
  const key = keyOf(f, at);
  if (!key) return;
  await addQueueRollup(scope.trx, key, deltas);
  await scope.queueDays.add(key, deltas);
}

function newFact(id: string, row: Row): TaskFact {
  const kind = str(row.kind);
  return {
    taskId: id,
    queue: str(row.queue),
    channel: str(row.channel),
    kind,
    live: LIVE_CONTACT_KINDS.includes(kind as never),
    siteId: str(row.site_id),
    skills: str(row.skills),
    definitionKey: str(row.definition_key),
    agentId: str(row.assignee_id),
    arrivedAt: timeOf(row, 'enqueued_at') ?? timeOf(row, 'created_at') ?? 0,
    answeredAt: null,
    waitMs: null,
    endedAt: null,
    outcome: null,
    handleMs: null,
    holdMs: null,
    wrapMs: null,
    slaDueAt: timeOf(row, 'sla_due_at'),
    slaMet: null,
    disposition: str(row.disposition_code),
    transfers: 0,
    escalations: 0,
    escalationLevel: Number(row.escalation_level ?? 0),
  };
}

/** A queue change is a transfer: out of the old queue's backlog, into the new one's. */
async function transfer(scope: ApplyScope, f: TaskFact, row: Row) {
  const to = str(row.queue);
  if (!to || to === f.queue) return;
  const at = latestTimeOf(row);
  await add(scope, f, at, { transfers_out: 1 });
  f.queue = to;
  f.channel = str(row.channel) ?? f.channel;
  f.transfers += 1;
  await add(scope, f, at, { transfers_in: 1 });
}

/** A live contact answered: its wait, against the queue's threshold. */
async function answer(scope: ApplyScope, f: TaskFact, row: Row) {
  if (!f.live || f.answeredAt !== null || !WORKED.includes(row.state)) return;
  const at = timeOf(row, 'answered_at') ?? timeOf(row, 'claimed_at');
  if (at === null) return;
  const wait = Math.max(0, at - f.arrivedAt);
  const { thresholdMs } = f.queue ? await scope.thresholds(f.queue) : { thresholdMs: 0 };
  f.answeredAt = at;
  f.waitMs = wait;
  f.outcome = 'ANSWERED';
  await add(scope, f, at, {
    answered: 1,
    answered_within: wait <= thresholdMs ? 1 : 0,
    wait_ms: wait,
    [waitColumn(wait)]: 1,
  });
}

/** The end of a task: abandoned, completed (against its SLA deadline) or cancelled. */
async function end(scope: ApplyScope, f: TaskFact, row: Row) {
  if (f.endedAt !== null || !ENDED.includes(row.state)) return;
  const completed = row.state === TaskState.COMPLETED;
  const abandoned = f.live && f.answeredAt === null && !completed;
  const at = (abandoned ? timeOf(row, 'cti_at') : null) ?? timeOf(row, 'completed_at') ?? latestTimeOf(row);
  const handled = completed || (f.live && f.answeredAt !== null);
  f.endedAt = at;
  f.agentId = str(row.completed_by) ?? str(row.assignee_id) ?? f.agentId;
  f.handleMs = handled ? Number(row.handling_ms ?? 0) : null;
  f.holdMs = Number(row.hold_ms ?? 0);
  const deltas: Record<string, number> = { ended: 1, hold_ms: f.holdMs };
  if (abandoned) {
    const { thresholdMs, graceMs } = f.queue ? await scope.thresholds(f.queue) : { thresholdMs: 0, graceMs: 0 };
    const waited = at - f.arrivedAt;
    f.outcome = 'ABANDONED';
    Object.assign(deltas, {
      abandoned: 1,
      abandoned_short: +(waited <= graceMs),
      abandoned_within: +(waited <= thresholdMs),
    });
  } else if (handled) {
    f.outcome = 'COMPLETED';
    Object.assign(deltas, { handled: 1, handle_ms: f.handleMs ?? 0 });
    if (!f.live) {
      f.slaDueAt = timeOf(row, 'sla_due_at');
      f.slaMet = f.slaDueAt === null || at <= f.slaDueAt;
      Object.assign(deltas, { completed: 1, completed_within: +f.slaMet });
    }
  } else f.outcome = 'CANCELLED';
  await add(scope, f, at, deltas);
  if (handled && f.agentId)
    await addAgentRollup(scope.trx, bucketOf(at), f.agentId, f.channel ?? '', {
      handled: 1,
      handle_ms: f.handleMs ?? 0,
      hold_ms: f.holdMs,
    });
}

/** Dispositions count at the task's end, by its agent; a code changed after the end moves the count. */
async function disposition(scope: ApplyScope, f: TaskFact, row: Row, endedBefore: boolean) {
  const code = str(row.disposition_code);
  const before = endedBefore ? f.disposition : null;
  f.disposition = code;
  if (f.endedAt === null || (endedBefore && code === before)) return;
  const at = bucketOf(f.endedAt);
  const agent = f.agentId ?? '';
  if (before) await addDispositionRollup(scope.trx, at, agent, f.queue ?? '', before, -1);
  if (code) await addDispositionRollup(scope.trx, at, agent, f.queue ?? '', code, 1);
}

/** Task records: arrival (offered), transfers, escalations, answer, end, disposition. */
export const taskApplier: FactApplier = {
  entity: 'task',
  async apply(record: FeedRecord, scope: ApplyScope) {
    const row = record.row;
    let f = await scope.taskFact(record.entityId);
    if (!f) {
      f = newFact(record.entityId, row);
      await add(scope, f, f.arrivedAt, { offered: 1 });
    } else await transfer(scope, f, row);
    const level = Number(row.escalation_level ?? 0);
    if (level > f.escalationLevel) {
      await add(scope, f, latestTimeOf(row), { escalations: level - f.escalationLevel });
      f.escalations += level - f.escalationLevel;
      f.escalationLevel = level;
    }
    if (!f.agentId) f.agentId = str(row.assignee_id);
    await answer(scope, f, row);
    const endedBefore = f.endedAt !== null;
    await end(scope, f, row);
    await disposition(scope, f, row, endedBefore);
    scope.facts.set(f.taskId, f);
    await saveTaskFact(scope.trx, f);
  },
};
