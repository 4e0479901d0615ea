import {
  insertInstance,
  insertJobs,
  loadInstanceState,
  withTransaction,
  findOpenJobsOfInstance,
} from '../models/index.ts';
import { startProcess, type EngineContext } from '../engine/index.ts';
import { newId } from '../engine/core/ids/index.ts';

const CHUNK = 2000;

/**
 * Arms `count` timers fast: one instance is started for real (engine run, waits, timer job), and its
 * stored rows are copied `count - 1` times under fresh ids with batched inserts, a few thousand rows
 * per transaction. Every copy is exactly what a start stores (same engine state, a job of its own).
 * Starting 100,000 instances one command at a time takes ~15 minutes and measures starts, not firing.
 */
export async function armTimers(
  ctx: EngineContext,
  actor: Parameters<typeof startProcess>[1],
  count: number,
  variables: Record<string, unknown>,
): Promise<void> {
  const first = await startProcess(ctx, actor, { key: 'events', variables });
  const row = await loadInstanceState(ctx.db, first.id);
  const jobs = await findOpenJobsOfInstance(ctx.db, first.id);
  if (!row || jobs.length !== 1) throw new Error('the bench model did not arm one timer');
  for (let done = 1; done < count; done += CHUNK) {
    const n = Math.min(CHUNK, count - done);
    await withTransaction(ctx.db, async (trx) => {
      const copies = Array.from({ length: n }, () => ({ ...row, id: newId('pi') }));
      for (const copy of copies) await insertInstance(trx, copy);
      await insertJobs(
        trx,
        copies.map((copy) => ({ ...(jobs[0] as (typeof jobs)[number]), id: newId('jb'), instanceId: copy.id })),
      );
    });
  }
}
