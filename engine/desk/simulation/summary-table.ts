import type { QueueResult, SimulationResult } from './summary.ts';

const pct = (x: number | null) => (x === null ? '-' : `${(x * 100).toFixed(1)}%`);
const num = (x: number | null, digits = 1) => (x === null ? '-' : x.toFixed(digits));

function row(q: QueueResult): string[] {
  return [
    q.name,
    q.channel,
    String(q.offered),
    String(q.answered),
    String(q.abandoned),
    pct(q.serviceLevel),
    num(q.averageSpeedOfAnswerSeconds),
    String(q.completed),
    q.channel === 'VOICE' || q.channel === 'CHAT' ? '-' : String(q.completedWithinSla),
  ];
}

/** Lays out rows as aligned text columns. */
export function textTable(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The day's figures as a text table (what `npm run simulate` prints). */
export function summaryTable(r: SimulationResult): string {
  const head = ['queue', 'channel', 'offered', 'answered', 'abandoned', 'SL', 'ASA s', 'completed', 'within SLA'];
  return [
    `policy ${r.policy}, seed ${r.seed}, ${r.hours} h, ${r.agents.count} agents`,
    textTable(head, r.queues.map(row)),
    `occupancy ${pct(r.agents.occupancy)}, pauses ${r.agents.pauses}`,
    `${r.run.events} events in ${(r.run.wallMs / 1000).toFixed(2)} s (${Math.round(r.run.speedUp)}x real time)`,
  ].join('\n');
}
