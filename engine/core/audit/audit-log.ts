import { listAudit, type AuditFilter, type AuditRecord } from '../../../models/index.ts';
import type { EngineContext } from '../context/index.ts';
import { BadInputError } from '../errors/index.ts';
import { Role, type Actor, requireRole } from '../access/index.ts';

/**
 * One page of the audit trail, newest first (supervisors and admins: the people who manage others).
 * `from`/`to` are epoch milliseconds, `to` exclusive.
 */
export async function auditLog(
  ctx: EngineContext,
  actor: Actor,
  filter: AuditFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: AuditRecord[]; total: number }> {
  requireRole(actor, Role.SUPERVISOR);
  if (filter.from != null && filter.to != null && filter.to < filter.from)
    throw new BadInputError('to must not be before from', { field: 'to' });
  return listAudit(ctx.db, filter, page);
}
