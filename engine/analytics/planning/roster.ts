import {
  deleteRosterShift as deleteShiftRow,
  findAgent,
  findRosterShift,
  findShiftOf,
  findUser,
  listRosterShifts,
  saveRosterShift,
  withTransaction,
  type Db,
  type RosterShiftRecord,
} from '../../../models/index.ts';
import { inSiteScope, siteScopeOf, type Actor } from '../../core/access/index.ts';
import { AuditSubject, recordAudit } from '../../core/audit/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError, NotFoundError } from '../../core/errors/index.ts';
import { newId } from '../../core/ids/index.ts';
import { requireKnownSite } from '../../core/sites/index.ts';
import { calendarOfSite, requirePlanner } from '../forecast/index.ts';
import { shiftTimes, type RosterShiftInput } from './shift-input.ts';

/** Most shifts one rosterShifts call returns (a month of a few dozen agents). */
export const MAX_LISTED_SHIFTS = 2000;

/** Shifts overlapping [from, to) (optionally of one site), for planners. */
export async function rosterShifts(
  ctx: EngineContext,
  actor: Actor,
  range: { from: number; to: number; site?: string | null },
): Promise<RosterShiftRecord[]> {
  await requirePlanner(ctx.db, actor, range.site ?? null);
  if (!(range.from < range.to)) throw new BadInputError('from must be before to', { field: 'from' });
  // A supervisor of some sites sees their shifts only (and those of no site), whatever the filter.
  const scope = await siteScopeOf(ctx.db, actor);
  const shifts = await listRosterShifts(ctx.db, { ...range, limit: MAX_LISTED_SHIFTS });
  return shifts.filter((s) => s.siteId === null || inSiteScope(scope, s.siteId));
}

/** Checks a shift and makes its record (the agent's site unless the input names one). */
export async function shiftRecord(ctx: EngineContext, db: Db, input: RosterShiftInput): Promise<RosterShiftRecord> {
  const agent = (await findAgent(db, input.agentId)) ?? (await findUser(db, input.agentId));
  if (!agent) throw new NotFoundError('Agent', input.agentId);
  const siteId = input.site ?? agent.siteId ?? null;
  await requireKnownSite(db, siteId);
  const times = shiftTimes(await calendarOfSite(db, siteId), input);
  const existing = await findShiftOf(db, input.agentId, input.date);
  return {
    id: existing?.id ?? input.id ?? newId('shift'),
    agentId: input.agentId,
    siteId,
    queue: input.queue || null,
    date: input.date,
    start: input.start,
    end: input.end,
    ...times,
    updatedAt: ctx.clock.now(),
  };
}

/** Adds or replaces the agent's shift of that date; audited. */
export async function upsertRosterShift(
  ctx: EngineContext,
  actor: Actor,
  input: RosterShiftInput,
): Promise<RosterShiftRecord> {
  await requirePlanner(ctx.db, actor, input.site ?? null);
  return withTransaction(ctx.db, async (trx) => {
    if (input.id) {
      const old = await findRosterShift(trx, input.id);
      // Editing a shift may move it to another day: the old row goes, the agent-and-date row takes its place.
      if (old && (old.agentId !== input.agentId || old.date !== input.date)) await deleteShiftRow(trx, old.id);
    }
    const record = await shiftRecord(ctx, trx, input);
    await requirePlanner(trx, actor, record.siteId);
    const before = await findShiftOf(trx, record.agentId, record.date);
    await saveRosterShift(trx, record);
    await recordAudit(ctx, trx, actor, {
      type: 'roster.shift-set',
      subjectType: AuditSubject.ROSTER,
      subjectId: record.agentId,
      before: before ?? null,
      after: record,
    });
    return (await findShiftOf(trx, record.agentId, record.date)) as RosterShiftRecord;
  });
}

export async function deleteRosterShift(ctx: EngineContext, actor: Actor, id: string): Promise<boolean> {
  const shift = await findRosterShift(ctx.db, id);
  if (!shift) throw new NotFoundError('RosterShift', id);
  await requirePlanner(ctx.db, actor, shift.siteId);
  return withTransaction(ctx.db, async (trx) => {
    const gone = await deleteShiftRow(trx, id);
    await recordAudit(ctx, trx, actor, {
      type: 'roster.shift-deleted',
      subjectType: AuditSubject.ROSTER,
      subjectId: shift.agentId,
      before: shift,
      after: null,
    });
    return gone;
  });
}
