import {
  addAgentRollup,
  addPresenceRollup,
  bucketOf,
  BUCKET_MS,
  findOpenPresence,
  insertPresenceFact,
  lastTaskEndedBy,
  Presence,
  saveOpenPresence,
  saveTaskFact,
  type Db,
  type FeedRecord,
  type OpenPresence,
} from '../../../models/index.ts';
import { WRAP_UP_SLACK_MS } from '../../process/dispositions/index.ts';
import { timeOf, type ApplyScope, type FactApplier } from './applier.ts';

/** Splits [from, to) over the 15-minute buckets it crosses. */
export function splitOverBuckets(from: number, to: number): { bucket: number; ms: number }[] {
  const parts: { bucket: number; ms: number }[] = [];
  for (let b = bucketOf(from); b < to; b += BUCKET_MS)
    parts.push({ bucket: b, ms: Math.min(to, b + BUCKET_MS) - Math.max(from, b) });
  return parts;
}

/** A closed presence interval: its fact, its time per bucket, and a wrap-up's time on its task. */
async function close(scope: ApplyScope, open: OpenPresence, end: number) {
  const trx: Db = scope.trx;
  await insertPresenceFact(trx, open, end);
  for (const { bucket, ms } of splitOverBuckets(open.since, end))
    await addPresenceRollup(trx, bucket, open.agentId, open.presence, ms);
  if (open.presence !== Presence.WRAP_UP) return;
  const task = await lastTaskEndedBy(trx, open.agentId, open.since - WRAP_UP_SLACK_MS, end);
  if (!task) return;
  const ms = end - open.since;
  task.wrapMs = (task.wrapMs ?? 0) + ms;
  scope.facts.set(task.taskId, task);
  await saveTaskFact(trx, task);
  await addAgentRollup(trx, bucketOf(task.endedAt ?? open.since), open.agentId, task.channel ?? '', { wrap_ms: ms });
}

/** Presence changes (and AWAY reasons): the interval that ended becomes a fact; the new one is kept open. */
export const agentApplier: FactApplier = {
  entity: 'agent',
  async apply(record: FeedRecord, scope: ApplyScope) {
    if (record.op === 'S') return;
    const row = record.row;
    const presence = String(row.presence);
    const reason = row.presence_reason == null ? null : String(row.presence_reason);
    const since = timeOf(row, 'presence_since') ?? 0;
    const open = await findOpenPresence(scope.trx, record.entityId);
    if (open && open.presence === presence && open.reason === reason) return;
    if (open && since < open.since) return;
    if (open && since > open.since) await close(scope, open, since);
    await saveOpenPresence(scope.trx, { agentId: record.entityId, presence, reason, since });
  },
};
