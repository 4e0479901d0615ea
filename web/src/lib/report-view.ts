/** Helpers of the Reports page: default range, query strings of the CSV routes, presence totals. */

/** Yesterday (local midnight to midnight) as yyyy-mm-dd inputs. */
export function yesterday(now = new Date()): { from: string; to: string } {
  const day = (d: Date) =>
    `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  return { from: day(new Date(today.getTime() - 86_400_000)), to: day(today) };
}

/** A yyyy-mm-dd day's local midnight as an ISO instant. */
export const dayStart = (day: string): string => new Date(`${day}T00:00:00`).toISOString();

/** Comma-separated names as a list (null when empty: every queue). */
export function names(text: string): string[] | null {
  const list = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return list.length ? list : null;
}

/** The query string of /reports/*.csv for a filter. */
export function csvQuery(f: {
  from: string;
  to: string;
  intervalMinutes: number;
  queues: string[] | null;
  timeZone: string;
}): string {
  const q = new URLSearchParams({ from: f.from, to: f.to, intervalMinutes: String(f.intervalMinutes) });
  if (f.queues) q.set('queues', f.queues.join(','));
  if (f.timeZone) q.set('timeZone', f.timeZone);
  return q.toString();
}

export interface PresenceRow {
  agent: string;
  availableSeconds: number;
  busySeconds: number;
  wrapUpSeconds: number;
  awaySeconds: number;
}

/** Presence time per agent over the whole range (hours, one decimal). */
export function presenceHours(rows: readonly PresenceRow[]): {
  agent: string;
  available: number;
  busy: number;
  wrapUp: number;
  away: number;
}[] {
  const by = new Map<string, { agent: string; available: number; busy: number; wrapUp: number; away: number }>();
  for (const r of rows) {
    const a = by.get(r.agent) ?? { agent: r.agent, available: 0, busy: 0, wrapUp: 0, away: 0 };
    a.available += r.availableSeconds;
    a.busy += r.busySeconds;
    a.wrapUp += r.wrapUpSeconds;
    a.away += r.awaySeconds;
    by.set(r.agent, a);
  }
  const h = (s: number) => Math.round(s / 360) / 10;
  return [...by.values()]
    .sort((a, b) => a.agent.localeCompare(b.agent))
    .map((a) => ({ agent: a.agent, available: h(a.available), busy: h(a.busy), wrapUp: h(a.wrapUp), away: h(a.away) }));
}
