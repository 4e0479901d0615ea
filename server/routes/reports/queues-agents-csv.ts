import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type Koa from 'koa';
import {
  agentReport,
  CrossdeskError,
  queueReport,
  type AgentIntervalRow,
  type EngineContext,
  type QueueIntervalRow,
  type ReportFilter,
  UnauthenticatedError,
} from '../../../engine/index.ts';
import { callerOf } from '../../../graphql/index.ts';
import { escapeCell } from './csv-cells.ts';
import type { Handler } from '../handler.ts';

/** The report CSV routes: GET /reports/queues.csv and /reports/agents.csv (docs/api.md, docs/reports.md). */
export const REPORT_PATHS = { queues: '/reports/queues.csv', agents: '/reports/agents.csv' } as const;

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400, NOT_FOUND: 404 };

const list = (v: string | undefined) =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : null;

/** The ReportFilter of a query string (from/to ISO-8601; lists comma-separated; totals on unless `totals=false`). */
export function filterOf(query: Record<string, string | string[] | undefined>): ReportFilter {
  const one = (k: string) => {
    const v = query[k];
    return Array.isArray(v) ? v[0] : v;
  };
  const time = (k: string) => {
    const t = Date.parse(one(k) ?? '');
    return Number.isNaN(t) ? NaN : t;
  };
  return {
    from: time('from'),
    to: time('to'),
    intervalMinutes: one('intervalMinutes') ? Number(one('intervalMinutes')) : null,
    queues: list(one('queues')),
    channels: list(one('channels')),
    sites: list(one('sites')),
    agents: list(one('agents')),
    groups: list(one('groups')),
    timeZone: one('timeZone') ?? null,
    totals: one('totals') !== 'false',
  };
}

const iso = (t: number) => new Date(t).toISOString();
const QUEUE_COLUMNS: (keyof QueueIntervalRow)[] = [
  'queue',
  'channel',
  'start',
  'end',
  'total',
  'overRange',
  'offered',
  'answered',
  'abandoned',
  'shortAbandoned',
  'serviceLevelPercent',
  'serviceLevelTargetPercent',
  'averageSpeedOfAnswerSeconds',
  'waitP50Seconds',
  'waitP90Seconds',
  'handled',
  'averageHandleSeconds',
  'averageHoldSeconds',
  'occupancyPercent',
  'transfers',
  'escalations',
  'backOfficeCompleted',
  'slaMet',
  'slaBreached',
  'backlog',
];
const AGENT_COLUMNS = [
  'agent',
  'start',
  'end',
  'handled',
  'handledVoice',
  'handledChat',
  'handledEmail',
  'handledBackoffice',
  'averageHandleSeconds',
  'occupancyPercent',
  'availableSeconds',
  'busySeconds',
  'wrapUpSeconds',
  'awaySeconds',
  'offersAccepted',
  'offersRejected',
  'offersMissed',
  'dispositions',
];

const queueCells = (r: QueueIntervalRow) => QUEUE_COLUMNS.map((c) => (c === 'start' || c === 'end' ? iso(r[c]) : r[c]));
const agentCells = (r: AgentIntervalRow) =>
  AGENT_COLUMNS.map((c) =>
    c === 'start' || c === 'end'
      ? iso(r[c])
      : c === 'dispositions'
        ? r.dispositions.map((d) => `${d.code}:${d.count}`).join(' ')
        : (r as unknown as Record<string, unknown>)[c],
  );

function send(ctx: Koa.Context, name: string, header: string[], rows: unknown[][]) {
  ctx.set('content-type', 'text/csv; charset=utf-8');
  ctx.set('content-disposition', `attachment; filename="${name}"`);
  ctx.set('cache-control', 'no-store');
  const csv = stringify({ header: true, columns: header, cast: { boolean: (v) => String(v) } });
  ctx.body = Readable.from(rows).pipe(csv);

  csv.on('error', () => ctx.res.destroy());
}

/** GET /reports/{queues,agents}.csv for signed-in supervisors and admins (Bearer token), streamed. */
export function reportCsvHandler(engine: EngineContext, which: 'queues' | 'agents'): Handler {
  return async (ctx) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') ctx.throw(405, `GET ${REPORT_PATHS[which]}`);
    try {
      const caller = await callerOf(engine, new Headers(ctx.headers as Record<string, string>));
      if (!caller.actor) throw caller.error ?? new UnauthenticatedError();
      const filter = filterOf(ctx.query);
      const maxRows = engine.options.reportMaxRows;
      const rows =
        which === 'queues'
          ? (await queueReport(engine, caller.actor, filter, { maxRows, occupancy: true })).map(queueCells)
          : (await agentReport(engine, caller.actor, filter, { maxRows })).map(agentCells);
      send(
        ctx,
        `${which}.csv`,
        which === 'queues' ? QUEUE_COLUMNS : AGENT_COLUMNS,
        rows.map((r) => r.map(escapeCell)),
      );
    } catch (err) {
      if (!(err instanceof CrossdeskError)) throw err;
      ctx.status = STATUS[err.code] ?? 400;
      ctx.body = { error: { code: err.code, message: err.message } };
    }
  };
}
