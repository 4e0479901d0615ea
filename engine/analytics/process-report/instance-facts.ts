import type { ElementFact, InstanceFact, InstanceTrail, RollupCell } from '../../../models/index.ts';
import { bucketOf } from './histogram.ts';

const DAY = 86_400_000;
const USER_TASK = /UserTask$|ManualTask$/;
// Elements whose time is spent waiting for the outside (a timer, a message, a signal).
const WAITING = /Event$|ReceiveTask$|EventBasedGateway$/;

/** The instance row as the change feed carries it (process_instances, without variables and state). */
export interface InstanceRow {
  id: string;
  definition_id: string;
  definition_key: string;
  business_key: string | null;
  state: string;
  started_at: number | string;
  ended_at: number | string | null;
}

/** The fact of a start (no end, no figures yet). */
export function startFact(row: InstanceRow, definitionVersion: number): InstanceFact {
  return {
    instanceId: row.id,
    definitionKey: row.definition_key,
    definitionVersion,
    businessKey: row.business_key ?? null,
    state: row.state,
    startedAt: Number(row.started_at),
    endedAt: null,
    durationMs: null,
    incidents: 0,
    slaBreachElementId: null,
    slaBreachedAt: null,
  };
}

/**
 * An ended instance's facts from its trail: element visits are paired element.started/completed
 * history entries (one execution id each; a visit still open at the end closes then). A user task
 * waits from its creation to its answer (claim or accepted offer) and works from there to its end;
 * events and receive tasks only wait; every other element only works.
 */
export function endFacts(row: InstanceRow, trail: InstanceTrail) {
  const endedAt = Number(row.ended_at ?? row.started_at);
  const fact: InstanceFact = {
    ...startFact(row, trail.definitionVersion),
    endedAt,
    durationMs: endedAt - Number(row.started_at),
    incidents: trail.history.filter((h) => h.type === 'incident.created').length,
  };
  const firstBreach = trail.tasks
    .filter((t) => t.slaBreachedAt !== null)
    .sort((a, b) => a.slaBreachedAt! - b.slaBreachedAt!)[0];
  if (firstBreach) {
    fact.slaBreachElementId = firstBreach.elementId;
    fact.slaBreachedAt = firstBreach.slaBreachedAt;
  }
  const tasks = new Map(trail.tasks.map((t) => [t.executionId, t]));
  const open = new Map<string, { elementId: string; type: string; at: number }>();
  const elements: ElementFact[] = [];
  const close = (executionId: string, leftAt: number) => {
    const visit = open.get(executionId);
    if (!visit) return;
    open.delete(executionId);
    const totalMs = Math.max(0, leftAt - visit.at);
    let waitingMs = 0;
    if (USER_TASK.test(visit.type)) {
      const answeredAt = tasks.get(executionId)?.answeredAt ?? leftAt;
      waitingMs = Math.min(totalMs, Math.max(0, answeredAt - visit.at));
    } else if (WAITING.test(visit.type)) waitingMs = totalMs;
    elements.push({
      instanceId: row.id,
      executionId,
      definitionKey: row.definition_key,
      elementId: visit.elementId,
      elementType: visit.type,
      enteredAt: visit.at,
      leftAt,
      waitingMs,
      workingMs: totalMs - waitingMs,
      totalMs,
      instanceEndedAt: endedAt,
    });
  };
  for (const h of trail.history) {
    const executionId = typeof h.data?.executionId === 'string' ? h.data.executionId : null;
    if (!executionId || !h.elementId) continue;
    if (h.type === 'element.started')
      open.set(executionId, { elementId: h.elementId, type: String(h.data?.elementType ?? ''), at: h.at });
    else if (h.type === 'element.completed') close(executionId, h.at);
  }
  for (const executionId of [...open.keys()]) close(executionId, endedAt);
  return { fact, elements, cells: cellsOf(fact, elements) };
}

/** What one ended instance adds to its day's histograms. */
function cellsOf(fact: InstanceFact, elements: readonly ElementFact[]): RollupCell[] {
  const day = Math.floor(fact.endedAt! / DAY) * DAY;
  const cells = new Map<string, RollupCell>();
  const add = (elementId: string, metric: string, ms: number, bucket = bucketOf(ms)) => {
    const key = `${elementId}\u0000${metric}\u0000${bucket}`;
    const cell = cells.get(key);
    if (cell) {
      cell.n += 1;
      cell.sumMs += ms;
    } else cells.set(key, { definitionKey: fact.definitionKey, day, elementId, metric, bucket, n: 1, sumMs: ms });
  };
  for (const e of elements) {
    add(e.elementId, 'wait', e.waitingMs);
    add(e.elementId, 'work', e.workingMs);
    add(e.elementId, 'total', e.totalMs);
  }
  if (fact.state === 'COMPLETED') add('', 'duration', fact.durationMs!);
  else add('', 'cancelled', 0, 0);
  if (fact.slaBreachElementId !== null) add(fact.slaBreachElementId, 'breach', 0, 0);
  // Instances with incidents (n) and their incidents (the sum).
  if (fact.incidents > 0) add('', 'incidents', fact.incidents, 0);
  return [...cells.values()];
}
