/**
 * The pure part of bench/alternate.ts: its arguments, the figures read from a bench's output, and the
 * comparison of two revisions' runs as medians, ratios and a markdown table.
 */
import { parseArgs } from 'node:util';
import { median } from './stats.ts';

export interface AlternateOptions {
  old: string;
  new: string;
  bench: string;
  rounds: number;
}

export type Figures = Record<string, number>;

export const BENCHES = ['bench:engine', 'bench:routing'];

export const USAGE =
  'usage: npm run bench:alternate -- --old <rev> [--new <rev, HEAD>] [--bench bench:engine|bench:routing] [--rounds <n, 5>]';

/** Reads the command line; throws with the usage on anything it does not accept. */
export function parseOptions(args: string[]): AlternateOptions {
  const { values } = parseArgs({
    args,
    options: {
      old: { type: 'string' },
      new: { type: 'string', default: 'HEAD' },
      bench: { type: 'string', default: 'bench:engine' },
      rounds: { type: 'string', default: '5' },
    },
  });
  const rounds = Number(values.rounds);
  if (!values.old) throw new Error(`--old is required\n${USAGE}`);
  if (!BENCHES.includes(values.bench)) throw new Error(`--bench must be one of ${BENCHES.join(', ')}\n${USAGE}`);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a whole number, 1 or more\n${USAGE}`);
  return { old: values.old, new: values.new, bench: values.bench, rounds };
}

/**
 * The figures of one bench run. A bench run with `--json` ends with `{"figures": ...}`; a revision from
 * before that flag printed only its human lines (and, for bench:engine, a nested JSON line), read here
 * into the same names so old and new compare figure by figure.
 */
export function readFigures(bench: string, output: string): Figures {
  const lines = output.trim().split('\n');
  const tagged = lines.findLast((line) => line.startsWith('{"figures":'));
  if (tagged) return JSON.parse(tagged).figures as Figures;
  const figures = bench === 'bench:engine' ? engineFigures(lines) : routingFigures(output);
  if (Object.keys(figures).length === 0) throw new Error(`no figures in the output of ${bench}`);
  return figures;
}

function engineFigures(lines: string[]): Figures {
  const json = lines.findLast((line) => line.startsWith('{"startToWait":'));
  if (!json) return {};
  const { startToWait: s, claimComplete: c, rss } = JSON.parse(json);
  const figures: Figures = {
    'start-to-wait raw XML /s': s.rawXml.median,
    'start-to-wait raw pre-serialized /s': s.rawCtx.median,
    'start-to-wait durable /s': s.durable.median,
    'claim+complete raw /s': c.raw.median,
    'claim+complete durable /s': c.durable.median,
  };
  if (rss) figures['RSS with waiting instances MB'] = rss.after / 1024 / 1024;
  return figures;
}

const ROUTING_LINES: [RegExp, string[]][] = [
  [
    /index p50 ([\d.]+) ms p99 ([\d.]+) ms; naive scan p50 ([\d.]+) ms p99 ([\d.]+) ms/,
    ['decision index p50 ms', 'decision index p99 ms', 'decision naive p50 ms', 'decision naive p99 ms'],
  ],
  [/agent release -> reservation .*?: p50 ([\d.]+) ms p99 ([\d.]+) ms/, ['release p50 ms', 'release p99 ms']],
  [/router rebuild ([\d,.]+) ms/, ['router rebuild ms']],
  [/task arrival -> reservation .*?: p50 ([\d.]+) ms p99 ([\d.]+) ms/, ['arrival p50 ms', 'arrival p99 ms']],
  [/burst drain: .*?: ([\d,.]+) reservations\/s/, ['burst reservations /s']],
];

function routingFigures(output: string): Figures {
  const figures: Figures = {};
  for (const [pattern, names] of ROUTING_LINES) {
    const found = pattern.exec(output);
    names.forEach((name, i) => found && (figures[name] = Number(found[i + 1].replaceAll(',', ''))));
  }
  return figures;
}

export interface Comparison {
  figure: string;
  old: number;
  new: number;
  /** new / old; NaN when old is 0. */
  ratio: number;
}

/** Median of each figure over the rounds of each revision, in the order the figures were first seen. */
export function compare(oldRuns: Figures[], newRuns: Figures[]): Comparison[] {
  const names = [...new Set([...oldRuns, ...newRuns].flatMap((run) => Object.keys(run)))];
  const medianOf = (runs: Figures[], name: string) => {
    const values = runs.map((run) => run[name]).filter((v) => typeof v === 'number' && Number.isFinite(v));
    return values.length ? median(values) : NaN;
  };
  return names.map((figure) => {
    const [o, n] = [medianOf(oldRuns, figure), medianOf(newRuns, figure)];
    return { figure, old: o, new: n, ratio: o === 0 ? NaN : n / o };
  });
}

/** A figure as a table shows it: 0-2 decimals by size, thousands separated, "—" when missing. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** The comparison as a markdown table with padded columns (docs/benchmarks.md style). */
export function markdownTable(rows: Comparison[], oldLabel: string, newLabel: string): string {
  const body = rows.map((r) => [
    r.figure,
    formatNumber(r.old),
    formatNumber(r.new),
    Number.isFinite(r.ratio) ? `${r.ratio.toFixed(2)}x` : '—',
  ]);
  const table = [['measure', oldLabel, newLabel, 'new / old'], ...body];
  const widths = table[0].map((_, col) => Math.max(3, ...table.map((row) => row[col].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, col) => cell.padEnd(widths[col])).join(' | ')} |`;
  return [line(table[0]), line(widths.map((w) => '-'.repeat(w))), ...table.slice(1).map(line)].join('\n');
}
