import {
  feedPositionAfter,
  findReportPosition,
  findTaskFacts,
  makeQueueDayWriter,
  queueThresholds,
  saveReportPosition,
  type FeedRecord,
  type TaskFact,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import type { ChangeFeed } from '../../core/feed/index.ts';
import type { Leadership } from '../../core/leadership/index.ts';
import { DEFAULT_ABANDON_GRACE_SECONDS } from '../../desk/queues/index.ts';
import { agentApplier } from './agent-applier.ts';
import type { ApplyScope, FactApplier } from './applier.ts';
import { reservationApplier } from './reservation-applier.ts';
import { taskApplier } from './task-applier.ts';

/** The consumer's checkpoint name in the change feed (and its row in report_positions). */
export const REPORTS_CONSUMER = 'reports';
/** The appliers every reporting consumer runs; others are added with `appliers` (e.g. process instances). */
export const CORE_APPLIERS: readonly FactApplier[] = [taskApplier, reservationApplier, agentApplier];
/** Live contacts of queues nobody configured: answered within 20 s (the queue figures' default). */
const DEFAULTS = { thresholdSeconds: 20, graceSeconds: DEFAULT_ABANDON_GRACE_SECONDS };

/**
 * Applies one batch in one transaction: records at or before the position applied last are skipped
 * (the feed delivers at least once), the rest go to the applier of their entity, and the position of
 * the last one is saved in the same transaction, so each record counts exactly once.
 */
export async function applyFeedBatch(
  ctx: EngineContext,
  records: readonly FeedRecord[],
  appliers: readonly FactApplier[],
  name = REPORTS_CONSUMER,
): Promise<number> {
  const byEntity = new Map<string, FactApplier[]>();
  for (const a of appliers) byEntity.set(a.entity, [...(byEntity.get(a.entity) ?? []), a]);
  return ctx.db.transaction(async (trx) => {
    const applied = await findReportPosition(trx, name);
    const fresh = records.filter((r) => !applied || feedPositionAfter(r.position, applied));
    if (fresh.length === 0) return 0;
    const taskIds = new Set<string>();
    for (const r of fresh)
      if (r.entity === 'task') taskIds.add(r.entityId);
      else if (r.entity === 'reservation' && r.row.task_id) taskIds.add(String(r.row.task_id));
    const facts = await findTaskFacts(trx, [...taskIds]);
    const queueDays = makeQueueDayWriter(trx);
    const thresholds = new Map<string, Promise<{ thresholdMs: number; graceMs: number }>>();
    const scope: ApplyScope = {
      trx,
      ctx,
      facts,
      queueDays,
      async taskFact(id) {
        if (!facts.has(id)) {
          const found = (await findTaskFacts(trx, [id])).get(id);
          if (found) facts.set(id, found);
        }
        return facts.get(id) as TaskFact | undefined;
      },
      thresholds(queue) {
        if (!thresholds.has(queue))
          thresholds.set(
            queue,
            queueThresholds(trx, [queue], DEFAULTS).then(
              (m) => m.get(queue) as { thresholdMs: number; graceMs: number },
            ),
          );
        return thresholds.get(queue) as Promise<{ thresholdMs: number; graceMs: number }>;
      },
    };
    for (const r of fresh) for (const a of byEntity.get(r.entity) ?? []) await a.apply(r, scope);
    await queueDays.flush();
    await saveReportPosition(trx, name, fresh[fresh.length - 1].position);
    return fresh.length;
  });
}

/** The reporting consumer: runs while this node leads (one writer of facts in a cluster). */
export interface ReportingConsumer {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Whether it is consuming now (this node leads). */
  running(): boolean;
}

/**
 * Makes the reporting consumer of a node: a durable `reports` reader of the change feed, opened when
 * the node becomes leader and closed when it stops leading. `appliers` extends CORE_APPLIERS.
 */
export function makeReportingConsumer(
  ctx: EngineContext,
  feed: ChangeFeed,
  leadership: Leadership,
  options: { appliers?: readonly FactApplier[]; name?: string } = {},
): ReportingConsumer {
  const appliers = [...CORE_APPLIERS, ...(options.appliers ?? [])];
  const name = options.name ?? REPORTS_CONSUMER;
  // Mutable state: the open reader, the chain of transitions, the leadership subscription.
  let stopReading: (() => Promise<void>) | null = null;
  let chain: Promise<void> = Promise.resolve();
  let unsubscribe: (() => void) | null = null;
  const follow = (): Promise<void> =>
    (chain = chain
      .then(async () => {
        const lead = leadership.role() === 'leader' && unsubscribe !== null;
        if (lead && !stopReading)
          stopReading = await feed.consume(
            name,
            async (records) => {
              await applyFeedBatch(ctx, records, appliers, name);
            },
            { durable: true },
          );
        else if (!lead && stopReading) {
          const stop = stopReading;
          stopReading = null;
          await stop();
        }
      })
      .catch((err) => ctx.logger.error('reporting consumer hand-over failed', { err: String(err) })));
  return {
    running: () => stopReading !== null,
    async start() {
      unsubscribe = leadership.onChange(() => void follow());
      await follow();
    },
    async stop() {
      unsubscribe?.();
      unsubscribe = null;
      await follow();
    },
  };
}
