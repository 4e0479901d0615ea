import { stringify } from 'csv-stringify';
import {
  BadInputError,
  CrossdeskError,
  ErrorCode,
  ForbiddenError,
  UnauthenticatedError,
  hasRole,
  processReport,
  Role,
  type EngineContext,
  type ProcessReportResult,
} from '../../../engine/index.ts';
import { callerOf } from '../../../graphql/index.ts';
import type { Handler } from '../handler.ts';
import { escapeCell } from './csv-cells.ts';

export const PROCESSES_CSV_PATH = '/reports/processes.csv';

const COLUMNS = [
  'kind',
  'processKey',
  'elementId',
  'start',
  'count',
  'started',
  'completed',
  'waitingMeanSeconds',
  'waitingP90Seconds',
  'workingMeanSeconds',
  'workingP90Seconds',
  'totalMeanSeconds',
  'totalP90Seconds',
];
const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
};
const s = (ms: number | null) => (ms === null ? '' : ms / 1000);

/** The report as CSV rows: the process (total = instance duration), its elements, breach starts, intervals. */
function* rowsOf(r: ProcessReportResult): Generator<unknown[]> {
  yield [
    'process',
    r.processKey,
    '',
    new Date(r.from).toISOString(),
    r.completed,
    r.started,
    r.completed,
    '',
    '',
    '',
    '',
    s(r.duration.meanMs),
    s(r.duration.p90Ms),
  ];
  for (const e of r.elements)
    yield [
      'element',
      r.processKey,
      e.elementId,
      '',
      e.count,
      '',
      '',
      s(e.waiting.meanMs),
      s(e.waiting.p90Ms),
      s(e.working.meanMs),
      s(e.working.p90Ms),
      s(e.total.meanMs),
      s(e.total.p90Ms),
    ];
  for (const b of r.slaBreachStarts) yield ['slaBreachStart', r.processKey, b.elementId, '', b.count];
  for (const i of r.intervals)
    yield ['interval', r.processKey, '', new Date(i.start).toISOString(), '', i.started, i.completed];
}

const time = (value: string | null, field: string) => {
  const ms = value ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) throw new BadInputError(`${field} must be an ISO-8601 date-time`, { field });
  return ms;
};

/**
 * GET /reports/processes.csv?processKey=&from=&to=[&intervalMinutes=]: processReport as CSV, streamed,
 * for supervisors (and admins) with `Authorization: Bearer <token>`; text cells escaped (csv-cells.ts).
 */
export function processesCsvHandler(engine: EngineContext): Handler {
  return async (ctx) => {
    if (ctx.method !== 'GET') ctx.throw(405, `GET ${PROCESSES_CSV_PATH}`);
    try {
      const headers = new Headers({ authorization: ctx.get('authorization') });
      if (ctx.get('x-act-as')) headers.set('x-act-as', ctx.get('x-act-as'));
      const caller = await callerOf(engine, headers);
      if (caller.error) throw caller.error;
      if (!caller.actor) throw new UnauthenticatedError('send Authorization: Bearer <token>');
      if (!hasRole(caller.actor, Role.SUPERVISOR))
        throw new ForbiddenError('process reports as CSV are for supervisors');
      const q = new URLSearchParams(ctx.querystring);
      const processKey = q.get('processKey');
      if (!processKey) throw new BadInputError('processKey is required', { field: 'processKey' });
      const interval = q.get('intervalMinutes');
      const report = await processReport(
        engine,
        caller.actor,
        {
          from: time(q.get('from'), 'from'),
          to: time(q.get('to'), 'to'),
          intervalMinutes: interval ? Number(interval) : null,
        },
        processKey,
      );
      const csv = stringify({ header: true, columns: COLUMNS, cast: { string: (v) => String(escapeCell(v)) } });
      ctx.set('content-type', 'text/csv; charset=utf-8');
      ctx.set('content-disposition', `attachment; filename="process-${processKey.replace(/[^\w.-]/g, '_')}.csv"`);
      ctx.set('cache-control', 'no-store');
      ctx.body = csv;
      for (const row of rowsOf(report)) csv.write(row);
      csv.end();
    } catch (err) {
      if (!(err instanceof CrossdeskError)) throw err;
      ctx.status = STATUS[err.code] ?? 400;
      ctx.body = { error: { code: err.code, message: err.message } };
    }
  };
}
