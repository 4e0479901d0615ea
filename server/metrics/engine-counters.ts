import { Counter, Histogram, type Registry } from 'prom-client';
import type { EngineContext, EngineEvent } from '../../engine/index.ts';

// Tasks that became routable on this node and have no offer yet: task id -> when (performance.now()).
// Bounded: past MAX_PENDING the oldest are forgotten (a task that waits that long is not a decision time).
const MAX_PENDING = 100_000;

const OUTCOMES: Partial<Record<EngineEvent['type'], string>> = {
  'task.completed': 'completed',
  'task.cancelled': 'cancelled',
  'task.requeued': 'requeued',
  'task.escalated': 'escalated',
  'reservation.accepted': 'offer_accepted',
  'reservation.rejected': 'offer_rejected',
  'reservation.timedOut': 'offer_timed_out',
  'reservation.rescinded': 'offer_rescinded',
};

/**
 * Counters fed by the engine's committed events on this node: tasks created and by outcome, jobs
 * scheduled, and the routing decision time (a task becoming routable -> its offer). Answers a stop function.
 */
export function countEngineEvents(engine: EngineContext, registers: Registry[], buckets: number[]): () => void {
  const pending = new Map<string, number>();
  const tasks = new Counter({
    name: 'crossdesk_tasks_total',
    help: 'Task events on this node by outcome (created, completed, cancelled, requeued, escalated, offer_*)',
    labelNames: ['outcome'],
    registers,
  });
  const jobs = new Counter({
    name: 'crossdesk_jobs_scheduled_total',
    help: 'Jobs made due on this node, by kind (timer, external)',
    labelNames: ['kind'],
    registers,
  });
  const decisions = new Histogram({
    name: 'crossdesk_routing_decision_seconds',
    help: 'From a task becoming routable on this node (created, requeued, resumed) to the offer of it',
    buckets,
    registers,
  });
  const routable = (id: string) => {
    if (pending.size >= MAX_PENDING) pending.delete(pending.keys().next().value!);
    pending.set(id, performance.now());
  };
  return engine.events.subscribe((event) => {
    const outcome = OUTCOMES[event.type];
    if (outcome) tasks.inc({ outcome });
    switch (event.type) {
      case 'task.created':
        tasks.inc({ outcome: 'created' });
        if (event.task.queue) routable(event.task.id);
        break;
      case 'task.requeued':
      case 'task.resumed':
        routable(event.task.id);
        break;
      case 'reservation.offered': {
        const since = pending.get(event.task.id);
        if (since !== undefined) decisions.observe((performance.now() - since) / 1000);
        pending.delete(event.task.id);
        break;
      }
      case 'task.completed':
      case 'task.cancelled':
      case 'task.claimed':
      case 'task.assigned':
        pending.delete(event.task.id);
        break;
      case 'timers.scheduled':
        jobs.inc({ kind: 'timer' });
        break;
      case 'external.created':
        jobs.inc({ kind: 'external' });
        break;
    }
  });
}
