import { saveRosterShift, withTransaction, type RosterShiftRecord } from '../../../models/index.ts';
import type { Actor } from '../../core/access/index.ts';
import { AuditSubject, recordAudit } from '../../core/audit/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError, CrossdeskError } from '../../core/errors/index.ts';
import { requirePlanner } from '../forecast/index.ts';
import { shiftRecord } from './roster.ts';
import type { RosterShiftInput } from './shift-input.ts';

/** Bounds of one CSV import: a month of a mid-size centre fits; a runaway file does not. */
export const ROSTER_CSV_LIMITS = { maxBytes: 256 * 1024, maxRows: 5000, maxErrorsListed: 20 };
const COLUMNS = ['agent', 'date', 'start', 'end', 'breaks', 'queue', 'site'];
const REQUIRED = ['agent', 'date', 'start', 'end'];

/** One line that could not be imported. */
export interface RosterCsvError {
  line: number;
  message: string;
}

/**
 * Parses a roster CSV: a header naming columns among agent,date,start,end,breaks,queue,site (any order;
 * the first four required), then one shift per line; breaks as `12:00-12:30;15:00-15:15`. Plain commas
 * only (no quoting: no field of a roster holds a comma). Returns shifts or line-numbered errors.
 */
export function parseRosterCsv(csv: string): {
  shifts: { line: number; input: RosterShiftInput }[];
  errors: RosterCsvError[];
} {
  if (Buffer.byteLength(csv, 'utf8') > ROSTER_CSV_LIMITS.maxBytes)
    throw new BadInputError(`the roster CSV is larger than ${ROSTER_CSV_LIMITS.maxBytes} bytes`, { field: 'csv' });
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split(',').map((h) => h.trim().toLowerCase());
  const unknown = header.filter((h) => !COLUMNS.includes(h));
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (unknown.length || missing.length)
    throw new BadInputError(
      `line 1: the header must name ${REQUIRED.join(', ')} (and may name breaks, queue, site)` +
        (unknown.length ? `; unknown: ${unknown.join(', ')}` : '') +
        (missing.length ? `; missing: ${missing.join(', ')}` : ''),
      { field: 'csv', errors: [{ line: 1, message: 'bad header' }] },
    );
  const shifts: { line: number; input: RosterShiftInput }[] = [];
  const errors: RosterCsvError[] = [];
  lines.slice(1).forEach((text, i) => {
    const line = i + 2;
    if (!text.trim()) return;
    if (shifts.length + errors.length >= ROSTER_CSV_LIMITS.maxRows) {
      if (errors.at(-1)?.message !== 'too many rows')
        errors.push({ line, message: `too many rows (at most ${ROSTER_CSV_LIMITS.maxRows})` });
      return;
    }
    const cells = text.split(',').map((c) => c.trim());
    if (cells.length !== header.length) {
      errors.push({ line, message: `expected ${header.length} fields, found ${cells.length}` });
      return;
    }
    const get = (name: string) => cells[header.indexOf(name)] ?? '';
    const breaks = get('breaks')
      .split(';')
      .filter((b) => b.trim())
      .map((b) => {
        const [start = '', end = ''] = b.split('-').map((t) => t.trim());
        return { start, end };
      });
    shifts.push({
      line,
      input: {
        agentId: get('agent'),
        date: get('date'),
        start: get('start'),
        end: get('end'),
        breaks,
        queue: get('queue') || null,
        site: get('site') || null,
      },
    });
  });
  return { shifts, errors };
}

/**
 * Imports a roster CSV all or nothing: every line is checked (agent, site, date and times, breaks inside
 * the shift, one shift per agent and day); any error refuses the whole file with BAD_USER_INPUT listing
 * the lines (`extensions.errors: [{ line, message }]`). Returns the number of shifts stored.
 */
export async function importRoster(ctx: EngineContext, actor: Actor, csv: string): Promise<number> {
  await requirePlanner(ctx.db, actor, null);
  const { shifts, errors } = parseRosterCsv(csv);
  const records: RosterShiftRecord[] = [];
  const seen = new Map<string, number>();
  for (const { line, input } of shifts) {
    try {
      const key = `${input.agentId}|${input.date}`;
      if (seen.has(key))
        throw new BadInputError(`a second shift of ${input.agentId} on ${input.date} (line ${seen.get(key)})`);
      seen.set(key, line);
      const record = await shiftRecord(ctx, ctx.db, input);
      await requirePlanner(ctx.db, actor, record.siteId);
      records.push(record);
    } catch (e) {
      if (!(e instanceof CrossdeskError)) throw e;
      errors.push({ line, message: e.message });
    }
  }
  if (errors.length) {
    errors.sort((a, b) => a.line - b.line);
    const listed = errors.slice(0, ROSTER_CSV_LIMITS.maxErrorsListed);
    throw new BadInputError(
      `the roster was not imported: ${errors.length} line(s) with errors: ` +
        listed.map((e) => `line ${e.line}: ${e.message}`).join('; '),
      { field: 'csv', errors: listed },
    );
  }
  await withTransaction(ctx.db, async (trx) => {
    for (const record of records) await saveRosterShift(trx, record);
    await recordAudit(ctx, trx, actor, {
      type: 'roster.imported',
      subjectType: AuditSubject.ROSTER,
      subjectId: 'csv',
      before: null,
      after: { shifts: records.length, agents: [...new Set(records.map((r) => r.agentId))].length },
    });
  });
  return records.length;
}
