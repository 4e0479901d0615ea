import { searchHistory, type HistoryRecord, type HistorySearch } from '../../../models/index.ts';
import { Role, requireRole, type Actor } from '../../core/access/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError } from '../../core/errors/index.ts';

/**
 * One page of history across instances, newest first (supervisors and admins), narrowed by actor,
 * type, instance and time (`from`/`to` epoch milliseconds, `to` exclusive).
 */
export async function historySearch(
  ctx: EngineContext,
  actor: Actor,
  filter: HistorySearch,
  page: { offset: number; limit: number },
): Promise<{ rows: HistoryRecord[]; total: number }> {
  requireRole(actor, Role.SUPERVISOR);
  if (filter.from != null && filter.to != null && filter.to < filter.from)
    throw new BadInputError('to must not be before from', { field: 'to' });
  return searchHistory(ctx.db, filter, page);
}
