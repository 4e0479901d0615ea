/**
 * `npm run report:blend`: the blended outcome (issue 19). For the checked-in mid-size centre
 * (docs/scenarios/mid-size.json) at -20%..+20% of its base arrivals, the same 60 agents under BLENDED,
 * BLENDED_NO_RESERVE and SEPARATE (its voice team the smallest that holds the voice service-level target
 * over the day, found by simulation). Writes the table between the blend-report markers of
 * docs/planning.md and the charts to docs/img/. REPORT_LOADS=1 runs the base load only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import {
  checkScenario,
  Policy,
  simulate,
  smallestVoiceTeam,
  voiceServiceLevel,
  type SimulationResult,
} from '../engine/index.ts';
import { lineChart } from './svg-chart.ts';

const root = new URL('../', import.meta.url);
const base = JSON.parse(readFileSync(new URL('docs/scenarios/mid-size.json', root), 'utf8')) as Record<string, unknown>;
const LOADS = process.env.REPORT_LOADS === '1' ? [1] : [0.8, 0.9, 1, 1.1, 1.2];
const TARGET = 0.8;
/** The three policies, and BLENDED again with back-office work that calls may pause (a routing change). */
const VARIANTS = ['BLENDED', 'BLENDED_NO_RESERVE', 'SEPARATE', 'BLENDED_INTERRUPTIBLE'] as const;
type Variant = (typeof VARIANTS)[number];
const COLORS: Record<Variant, string> = {
  BLENDED: '#1f77b4',
  BLENDED_NO_RESERVE: '#ff7f0e',
  SEPARATE: '#2ca02c',
  BLENDED_INTERRUPTIBLE: '#9467bd',
};

type Row = { load: number; policy: Variant; team: number | null; r: SimulationResult };

/** The scenario with every arrival rate multiplied by `f` (the backlog stays). */
function scaled(f: number, interruptible = false): Record<string, unknown> {
  const queues = (base.queues as Record<string, unknown>[]).map((q) => ({
    ...q,
    ...(interruptible && q.channel === 'BACKOFFICE' ? { interruptible: true } : {}),
    ...(q.arrivalsPerHour === undefined ? {} : { arrivalsPerHour: (q.arrivalsPerHour as number) * f }),
    ...(q.arrivals === undefined
      ? {}
      : {
          arrivals: (q.arrivals as { start: number; perHour: number }[]).map((p) => ({ ...p, perHour: p.perHour * f })),
        }),
  }));
  return { ...base, queues };
}

/** Voice service level per interval (all voice queues together). */
const voicePerInterval = (r: SimulationResult): [number, number][] =>
  r.intervals.map((i) => {
    const voice = i.queues.filter((q) => q.channel === 'VOICE');
    const offered = voice.reduce((n, q) => n + q.offered, 0);
    const inTarget = voice.reduce((n, q) => n + (q.serviceLevel ?? 0) * q.offered, 0);
    return [i.start, offered ? inTarget / offered : 1];
  });

const backOffice = (r: SimulationResult) => r.queues.filter((q) => q.channel === 'BACKOFFICE');
const completed = (r: SimulationResult) => backOffice(r).reduce((n, q) => n + q.completed, 0);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function tableOf(rows: Row[]): string {
  const lines = [
    '| load | policy | voice team | voice SL (day) | worst half hour | abandoned | back-office completed | within SLA | occupancy | pauses |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { load, policy, team, r } of rows) {
    const voice = r.queues.filter((q) => q.channel === 'VOICE');
    const offered = voice.reduce((n, q) => n + q.offered, 0);
    const abandoned = voice.reduce((n, q) => n + q.abandoned, 0);
    const worst = Math.min(...voicePerInterval(r).map((p) => p[1]));
    const within = backOffice(r).reduce((n, q) => n + q.completedWithinSla, 0);
    lines.push(
      `| ${load > 1 ? '+' : ''}${Math.round((load - 1) * 100)}% | ${policy} | ${team ?? 'all 60'} | ${pct(voiceServiceLevel(r))} | ${pct(worst)} | ${pct(abandoned / offered)} | ${completed(r)} | ${within} | ${pct(r.agents.occupancy)} | ${r.agents.pauses} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const load of LOADS) {
    const raw = scaled(load);
    const separate = await smallestVoiceTeam(raw, TARGET);
    for (const policy of [Policy.BLENDED, Policy.BLENDED_NO_RESERVE])
      rows.push({ load, policy, team: null, r: await simulate(checkScenario({ ...raw, policy })) });
    rows.push({ load, policy: Policy.SEPARATE, team: separate.team, r: separate.result });
    const pausable = checkScenario({ ...scaled(load, true), policy: Policy.BLENDED });
    rows.push({ load, policy: 'BLENDED_INTERRUPTIBLE', team: null, r: await simulate(pausable) });
    console.log(`load ${load}: voice team ${separate.team}`);
  }
  const policies = VARIANTS;
  const at = (load: number, p: Variant) => rows.find((r) => r.load === load && r.policy === p) as Row;
  const percent = { formatY: (y: number) => `${Math.round(y * 100)}%`, yTicks: [0, 0.2, 0.4, 0.6, 0.8, 1] };
  writeFileSync(
    new URL('docs/img/blend-voice-intervals.svg', root),
    lineChart({
      title: 'Voice service level per half hour (base load)',
      xLabel: 'hours into the day',
      yLabel: 'answered within 20 s',
      series: policies.map((p) => ({ name: p, color: COLORS[p], points: voicePerInterval(at(1, p).r) })),
      yMin: 0,
      yMax: 1,
      target: { y: TARGET, label: 'target 80%' },
      xTicks: [0, 1, 2, 3, 4, 5, 6, 7, 8],
      ...percent,
    }),
  );
  const loadTicks = { xTicks: LOADS, formatX: (x: number) => `${x > 1 ? '+' : ''}${Math.round((x - 1) * 100)}%` };
  writeFileSync(
    new URL('docs/img/blend-backoffice.svg', root),
    lineChart({
      title: 'Back-office tasks completed in the day',
      xLabel: 'load (share of base arrivals)',
      yLabel: 'tasks completed',
      series: policies.map((p) => ({
        name: p,
        color: COLORS[p],
        points: LOADS.map((l) => [l, completed(at(l, p).r)]),
      })),
      yMin: 0,
      yMax: Math.ceil(Math.max(...rows.map((r) => completed(r.r))) / 500) * 500,
      yTicks: [0, 500, 1000, 1500, 2000, 2500].filter((y) => y <= Math.max(...rows.map((r) => completed(r.r))) + 500),
      ...loadTicks,
    }),
  );
  writeFileSync(
    new URL('docs/img/blend-voice-day.svg', root),
    lineChart({
      title: 'Voice service level over the day',
      xLabel: 'load (share of base arrivals)',
      yLabel: 'answered within 20 s',
      series: policies.map((p) => ({
        name: p,
        color: COLORS[p],
        points: LOADS.map((l) => [l, voiceServiceLevel(at(l, p).r)]),
      })),
      yMin: 0,
      yMax: 1,
      target: { y: TARGET, label: 'target 80%' },
      ...loadTicks,
      ...percent,
    }),
  );
  const gainOf = (p: Variant) => completed(at(1, p).r) / completed(at(1, Policy.SEPARATE).r) - 1;
  const gain = gainOf(Policy.BLENDED);
  const text = [
    '<!-- blend-report:start (written by npm run report:blend; do not edit by hand) -->',
    '',
    tableOf(rows),
    '',
    `At base load BLENDED completes ${pct(gain)} ${gain >= 0 ? 'more' : 'fewer'} back-office tasks than SEPARATE, with the voice service level at ${pct(voiceServiceLevel(at(1, Policy.BLENDED).r))} (SEPARATE: ${pct(voiceServiceLevel(at(1, Policy.SEPARATE).r))} with a voice team of ${at(1, Policy.SEPARATE).team}); with interruptible back-office work BLENDED completes ${pct(gainOf('BLENDED_INTERRUPTIBLE'))} more at a voice service level of ${pct(voiceServiceLevel(at(1, 'BLENDED_INTERRUPTIBLE').r))}.`,
    '',
    '![Voice service level per half hour](img/blend-voice-intervals.svg)',
    '![Voice service level over the day by load](img/blend-voice-day.svg)',
    '![Back-office tasks completed by load](img/blend-backoffice.svg)',
    '',
    '<!-- blend-report:end -->',
  ].join('\n');
  const planning = new URL('docs/planning.md', root);
  const doc = readFileSync(planning, 'utf8');
  const marked = /<!-- blend-report:start[\s\S]*?<!-- blend-report:end -->/;
  const next = marked.test(doc) ? doc.replace(marked, text) : `${doc.trimEnd()}\n\n${text}\n`;
  const path = fileURLToPath(planning);
  writeFileSync(path, await prettier.format(next, { ...(await prettier.resolveConfig(path)), filepath: path }));
  console.log(tableOf(rows));
}

await main();
