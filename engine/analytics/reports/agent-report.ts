import {
  agentIntervalSums,
  dispositionIntervalSums,
  listOpenPresences,
  presenceIntervalSums,
  Presence,
  reportAgentsOf,
} from '../../../models/index.ts';
import type { Actor } from '../../core/access/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { resolveFilter, tooManyRows, type ReportFilter, type ResolvedFilter } from './report-filter.ts';

/** One agent x interval (the AgentInterval type; docs/reports.md). */
export interface AgentIntervalRow {
  agent: string;
  start: number;
  end: number;
  handled: number;
  handledVoice: number;
  handledChat: number;
  handledEmail: number;
  handledBackoffice: number;
  averageHandleSeconds: number | null;
  occupancyPercent: number | null;
  availableSeconds: number;
  busySeconds: number;
  wrapUpSeconds: number;
  awaySeconds: number;
  offersAccepted: number;
  offersRejected: number;
  offersMissed: number;
  dispositions: { code: string; count: number }[];
}

const SECONDS: Record<string, 'availableSeconds' | 'busySeconds' | 'wrapUpSeconds' | 'awaySeconds'> = {
  [Presence.AVAILABLE]: 'availableSeconds',
  [Presence.BUSY]: 'busySeconds',
  [Presence.WRAP_UP]: 'wrapUpSeconds',
  [Presence.AWAY]: 'awaySeconds',
};
const HANDLED: Record<string, 'handledVoice' | 'handledChat' | 'handledEmail' | 'handledBackoffice'> = {
  VOICE: 'handledVoice',
  CHAT: 'handledChat',
  EMAIL: 'handledEmail',
  BACKOFFICE: 'handledBackoffice',
};

/** The agents reported on: named ones, of the groups, of the sites (the caller's scope included). */
async function agentsOf(ctx: EngineContext, r: ResolvedFilter): Promise<string[] | null> {
  const f = r.filter;
  if (!f.agents?.length && !f.groups?.length && !r.sites) return null;
  return (await reportAgentsOf(ctx.db))
    .filter((a) => !f.agents?.length || f.agents.includes(a.id))
    .filter((a) => !f.groups?.length || a.groups.some((g) => f.groups?.includes(g)))
    .filter((a) => !r.sites || r.sites.includes(a.siteId ?? ''))
    .map((a) => a.id);
}

/** Where a time falls: the interval start (the same arithmetic as intervalStartSql). */
function intervalOf(r: ResolvedFilter, t: number): number {
  const o = r.range.offsets.find((s) => s.until === null || t < s.until)?.offsetMs ?? 0;
  const i = r.range.intervalMs;
  return Math.floor((t + o) / i) * i - o;
}

/**
 * The agent report: per agent and interval, from the rollups, with the open presence intervals (an
 * agent still available now) counted up to now. Occupancy = handle time / staffed time (available, busy,
 * wrap-up). More rows than `maxRows` is BAD_USER_INPUT.
 */
export async function agentReport(
  ctx: EngineContext,
  actor: Actor,
  filter: ReportFilter,
  options: { maxRows: number },
): Promise<AgentIntervalRow[]> {
  const r = await resolveFilter(ctx, actor, filter, options.maxRows);
  const agents = await agentsOf(ctx, r);
  const [work, presence, dispositions, open] = await Promise.all([
    agentIntervalSums(ctx.db, r.range, agents),
    presenceIntervalSums(ctx.db, r.range, agents),
    dispositionIntervalSums(ctx.db, r.range, agents),
    listOpenPresences(ctx.db, agents ?? undefined),
  ]);
  const rows = new Map<string, AgentIntervalRow & { handleMs: number }>();
  const at = (agent: string, start: number) => {
    const key = `${agent}|${start}`;
    let row = rows.get(key);
    if (!row) {
      if (rows.size >= r.maxRows) throw tooManyRows(r.maxRows);
      row = {
        agent,
        start,
        end: Math.min(start + r.range.intervalMs, r.range.to),
        handled: 0,
        handledVoice: 0,
        handledChat: 0,
        handledEmail: 0,
        handledBackoffice: 0,
        averageHandleSeconds: null,
        occupancyPercent: null,
        availableSeconds: 0,
        busySeconds: 0,
        wrapUpSeconds: 0,
        awaySeconds: 0,
        offersAccepted: 0,
        offersRejected: 0,
        offersMissed: 0,
        dispositions: [],
        handleMs: 0,
      };
      rows.set(key, row);
    }
    return row;
  };
  for (const w of work) {
    const row = at(w.agentId, w.start);
    row.handled += w.handled;
    if (HANDLED[w.channel]) row[HANDLED[w.channel]] += w.handled;
    row.handleMs += w.handleMs;
    row.offersAccepted += w.accepted;
    row.offersRejected += w.rejected;
    row.offersMissed += w.missed;
  }
  for (const p of presence) if (SECONDS[p.presence]) at(p.agentId, p.start)[SECONDS[p.presence]] += p.ms / 1000;
  // Open intervals: from their start (or the range's) to now (or the range's end), interval by interval.
  const now = ctx.clock.now();
  for (const o of open) {
    if (!SECONDS[o.presence]) continue;
    const until = Math.min(now, r.range.to);
    for (let t = Math.max(o.since, r.range.from); t < until;) {
      const start = intervalOf(r, t);
      const stop = Math.min(until, start + r.range.intervalMs);
      at(o.agentId, start)[SECONDS[o.presence]] += (stop - t) / 1000;
      t = stop;
    }
  }
  for (const d of dispositions) at(d.agentId, d.start).dispositions.push({ code: d.code, count: d.count });
  return [...rows.values()]
    .sort((a, b) => a.start - b.start || a.agent.localeCompare(b.agent))
    .map(({ handleMs, ...row }) => {
      const staffed = row.availableSeconds + row.busySeconds + row.wrapUpSeconds;
      return {
        ...row,
        averageHandleSeconds: row.handled ? Math.round(handleMs / row.handled / 100) / 10 : null,
        occupancyPercent: staffed > 0 ? Math.round((handleMs / 1000 / staffed) * 1000) / 10 : null,
        dispositions: row.dispositions.sort((a, b) => a.code.localeCompare(b.code)),
      };
    });
}
