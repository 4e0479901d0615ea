import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ClusterRole, EngineContext } from '../../engine/index.ts';
import type { OperationObservation } from '../../graphql/index.ts';
import { readClusterFigures } from '../../models/index.ts';
import { countEngineEvents } from './engine-counters.ts';
import { engineCacheMetrics } from './engine-cache-metrics.ts';

/**
 * This server's Prometheus metrics: a registry of its own (never prom-client's global one, so two servers
 * in one process, as in tests, do not mix), every series labelled with the node id. What each one means:
 * docs/cluster.md, "Metrics".
 */
export interface ServerMetrics {
  readonly registry: Registry;
  /** One GraphQL operation ran (graphql/operation-observer.ts calls it). */
  observeOperation(observation: OperationObservation): void;
  /** One CTI event was answered with `outcome` (POST /cti/events). */
  countCtiEvent(outcome: string): void;
  /**
   * The change feed calls this with the age of each change it applies (now minus the change's commit
   * time, seconds): crossdesk_feed_lag_seconds.
   */
  observeFeedLag(seconds: number): void;
  /** The retention job deleted these rows, per table: crossdesk_pruned_rows_total. */
  countPruned(counts: Record<string, number>): void;
  /** Stops listening to the engine's events. */
  close(): void;
}

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function makeServerMetrics(engine: EngineContext, cluster: ClusterRole): ServerMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ node: engine.nodeId });
  const registers = [registry];
  const commands = new Histogram({
    name: 'crossdesk_command_seconds',
    help: 'GraphQL operations by type and first root field, time to execute',
    labelNames: ['type', 'field'],
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const refusals = new Counter({
    name: 'crossdesk_refusals_total',
    help: 'Errors answered to GraphQL clients, by stable error code',
    labelNames: ['code'],
    registers,
  });
  const cti = new Counter({
    name: 'crossdesk_cti_events_total',
    help: 'CTI webhook events by outcome',
    labelNames: ['outcome'],
    registers,
  });
  const feedLag = new Histogram({
    name: 'crossdesk_feed_lag_seconds',
    help: 'Age of a change when the change feed applied it on this node',
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const pruned = new Counter({
    name: 'crossdesk_pruned_rows_total',
    help: 'Rows the retention job deleted on this node (the leader), by table',
    labelNames: ['table'],
    registers,
  });
  const stopCounting = countEngineEvents(engine, registers, LATENCY_BUCKETS);
  clusterGauges(engine, cluster, registers);
  engineCacheMetrics(engine, registers);
  return {
    registry,
    observeOperation(o) {
      commands.observe({ type: o.type, field: o.field }, o.seconds);
      for (const code of o.errorCodes) refusals.inc({ code });
    },
    countCtiEvent: (outcome) => cti.inc({ outcome }),
    observeFeedLag: (seconds) => feedLag.observe(Math.max(0, seconds)),
    countPruned(counts) {
      for (const [table, rows] of Object.entries(counts)) pruned.inc({ table }, rows);
    },
    close: stopCounting,
  };
}

/**
 * Queue, agent and job gauges of the whole cluster, read from the database at scrape time. Only the leader
 * answers them, so that summing over nodes does not count the cluster N times; a standby leaves them out.
 */
function clusterGauges(engine: EngineContext, cluster: ClusterRole, registers: Registry[]): void {
  let figures: Awaited<ReturnType<typeof readClusterFigures>> | undefined;
  let readAt = 0;
  // The gauges share one read per scrape: the first collect reads, the others of the same scrape reuse it.
  const read = async () => {
    if (cluster.role() !== 'leader') return undefined;
    if (!figures || Date.now() - readAt > 500) {
      figures = await readClusterFigures(engine.db);
      readAt = Date.now();
    }
    return figures;
  };
  new Gauge({
    name: 'crossdesk_queue_waiting',
    help: 'Tasks waiting in each queue (leader only)',
    labelNames: ['queue'],
    registers,
    async collect() {
      this.reset();
      for (const q of (await read())?.queues ?? []) this.set({ queue: q.queue }, q.waiting);
    },
  });
  new Gauge({
    name: 'crossdesk_queue_oldest_age_seconds',
    help: 'Age of the oldest waiting task of each queue (leader only)',
    labelNames: ['queue'],
    registers,
    async collect() {
      this.reset();
      const now = engine.clock.now();
      for (const q of (await read())?.queues ?? [])
        if (q.oldestCreatedAt !== null) this.set({ queue: q.queue }, Math.max(0, (now - q.oldestCreatedAt) / 1000));
    },
  });
  new Gauge({
    name: 'crossdesk_agents',
    help: 'Agents by presence (leader only)',
    labelNames: ['presence'],
    registers,
    async collect() {
      this.reset();
      for (const a of (await read())?.agents ?? []) this.set({ presence: a.presence }, a.count);
    },
  });
  new Gauge({
    name: 'crossdesk_jobs',
    help: 'Unfinished jobs by state; FAILED ones are open incidents (leader only)',
    labelNames: ['state'],
    registers,
    async collect() {
      this.reset();
      for (const j of (await read())?.jobs ?? []) this.set({ state: j.state }, j.count);
    },
  });
  new Gauge({
    name: 'crossdesk_node_leader',
    help: '1 on the leader, 0 on a standby',
    registers,
    collect() {
      this.set(cluster.role() === 'leader' ? 1 : 0);
    },
  });
}
