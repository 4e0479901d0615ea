/** Whole seconds left until `expiresAt` (never negative). */
export function secondsLeft(expiresAt: string, now: number): number {
  return Math.max(0, Math.ceil((Date.parse(expiresAt) - now) / 1000));
}

/** The fraction of an offer's time still left, 0-1, for the countdown bar. */
export function offerProgress(createdAt: string, expiresAt: string, now: number): number {
  const total = Date.parse(expiresAt) - Date.parse(createdAt);
  return total > 0 ? Math.min(1, Math.max(0, (Date.parse(expiresAt) - now) / total)) : 0;
}

/** "1h 05m", "4m 09s", "12s": an age for the board. */
export function formatAge(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const two = (n: number) => String(n).padStart(2, '0');
  if (s >= 3600) return `${Math.floor(s / 3600)}h ${two(Math.floor((s % 3600) / 60))}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m ${two(s % 60)}s`;
  return `${s}s`;
}

/** Service level against target: met, close (within 5 points) or missed; null without figures. */
export function serviceLevelTone(percent: number | null | undefined, target: number): 'ok' | 'warn' | 'danger' | null {
  if (percent === null || percent === undefined) return null;
  if (percent >= target) return 'ok';
  return percent >= target - 5 ? 'warn' : 'danger';
}

/** A routing decision as the engine stores it on the task. */
export interface RoutingDecision {
  rule: string;
  chosen: string | null;
  at: number;
  effectivePriority?: number;
  considered: { agentId: string; fit?: number; idleSince?: number | null; excluded?: string; detail?: string }[];
  excludedCounts: Record<string, number>;
}

/** Translates a catalogue key (the app's `t`); `has` tells whether the catalogue knows it. */
export interface Translator {
  t: (key: string, params?: Record<string, string | number>) => string;
  has: (key: string) => boolean;
}

// Without a translator the facts stay in the engine's own terms (codes), as the API returns them.
const RAW: Translator = {
  t: (key, params = {}) =>
    key === 'decision.fit'
      ? `fit ${params.fit}`
      : key === 'decision.idleSince'
        ? `idle since ${params.time}`
        : `excluded: ${params.reason}`,
  has: () => false,
};

/** One line per fact of a decision, for "why did this go to Bob?", in the viewer's language when given one. */
export function explainDecision(
  decision: RoutingDecision | null | undefined,
  translator: Translator = RAW,
): {
  chosen: string | null;
  rule: string;
  lines: { agentId: string; text: string; chosen: boolean }[];
  excluded: string[];
} | null {
  if (!decision || typeof decision !== 'object' || !Array.isArray(decision.considered)) return null;
  const { t, has } = translator;
  const named = (prefix: string, code: string) => (has(`${prefix}.${code}`) ? t(`${prefix}.${code}`) : code);
  const lines = decision.considered.map((c) => {
    const parts: string[] = [];
    if (c.fit !== undefined) parts.push(t('decision.fit', { fit: c.fit.toFixed(1) }));
    if (c.idleSince) parts.push(t('decision.idleSince', { time: new Date(c.idleSince).toISOString().slice(11, 19) }));
    if (c.excluded)
      parts.push(
        t('decision.excluded', { reason: `${named('exclusion', c.excluded)}${c.detail ? ` (${c.detail})` : ''}` }),
      );
    return { agentId: c.agentId, text: parts.join(', '), chosen: c.agentId === decision.chosen };
  });
  const excluded = Object.entries(decision.excludedCounts ?? {}).map(
    ([reason, n]) => `${named('exclusion', reason)}: ${n}`,
  );
  return { chosen: decision.chosen, rule: named('decision.rule', decision.rule), lines, excluded };
}

/** Samples of waiting counts per queue over time, for the board's chart. */
export interface Series {
  times: number[];
  waiting: Record<string, number[]>;
}

/**
 * Adds a sample of every queue's waiting count; a queue first seen gets zeros for earlier samples.
 * Keeps at most `max` samples (a day at one a minute), dropping the oldest; samples closer than
 * `minGapMs` replace the last one so bursts of pushes do not crowd the chart.
 */
export function addSample(
  series: Series,
  at: number,
  queues: readonly { name: string; waiting: number }[],
  max = 1440,
  minGapMs = 5000,
): Series {
  const replace = series.times.length > 0 && at - series.times[series.times.length - 1] < minGapMs;
  const base = replace ? series.times.length - 1 : series.times.length;
  const times = [...series.times.slice(0, base), at];
  const waiting: Record<string, number[]> = {};
  const names = new Set([...Object.keys(series.waiting), ...queues.map((q) => q.name)]);
  for (const name of names) {
    const old = (series.waiting[name] ?? []).slice(0, base);
    while (old.length < base) old.unshift(0);
    old.push(queues.find((q) => q.name === name)?.waiting ?? 0);
    waiting[name] = old;
  }
  const drop = Math.max(0, times.length - max);
  return {
    times: times.slice(drop),
    waiting: Object.fromEntries(Object.entries(waiting).map(([k, v]) => [k, v.slice(drop)])),
  };
}

/** Today's figures by hour, summed over queues (or one queue), for the board's day chart. */
export interface DayChart {
  hours: string[];
  arrived: number[];
  handled: number[];
  withinSla: number[];
}

/** Sums queues' hourly figures into one row per hour, in order; `only` limits it to one queue. */
export function dayChart(
  queues: readonly {
    name: string;
    stats: { hourly?: { hour: string; arrived: number; handled: number; withinSla: number }[] };
  }[],
  only = '',
): DayChart {
  const byHour = new Map<string, { arrived: number; handled: number; withinSla: number }>();
  for (const q of queues) {
    if (only && q.name !== only) continue;
    for (const h of q.stats.hourly ?? []) {
      const row = byHour.get(h.hour) ?? { arrived: 0, handled: 0, withinSla: 0 };
      row.arrived += h.arrived;
      row.handled += h.handled;
      row.withinSla += h.withinSla;
      byHour.set(h.hour, row);
    }
  }
  const hours = [...byHour.keys()].sort();
  return {
    hours,
    arrived: hours.map((h) => byHour.get(h)!.arrived),
    handled: hours.map((h) => byHour.get(h)!.handled),
    withinSla: hours.map((h) => byHour.get(h)!.withinSla),
  };
}
