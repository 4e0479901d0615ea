import { isPostgres, type Db } from '../../models/index.ts';
import type { RunningServer } from '../../server/index.ts';

/**
 * The id of the feed's last record, committed or not yet readable: on PostgreSQL readers see only
 * records below the server's oldest running transaction, which other databases' tests can hold back.
 */
export async function lastFeedId(db: Db): Promise<number> {
  const q = db('change_feed').select('id').limit(1);
  const row = await (isPostgres(db) ? q.orderByRaw('xid DESC, id DESC') : q.orderBy('id', 'desc')).first();
  return Number(row?.id ?? 0);
}

/** Waits until the reports consumer has applied every record of the feed. */
export async function reportsCaughtUp(server: RunningServer, timeoutMs = 20_000): Promise<void> {
  const db: Db = server.engine.db;
  const until = Date.now() + timeoutMs;
  const last = await lastFeedId(db);
  for (;;) {
    await server.feed.wake();
    const applied = await db('report_positions').where({ consumer: 'reports' }).first();
    if (applied && Number(applied.position_id) === last) return;
    if (Date.now() > until) throw new Error(`reports consumer at ${applied?.position_id}, feed at ${last}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
