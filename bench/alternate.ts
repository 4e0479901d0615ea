/**
 * `npm run bench:alternate -- --old <rev> [--new HEAD] [--bench bench:engine] [--rounds 5]`: runs one bench
 * on two revisions alternately in one sitting (old, new, old, new, ...), so that both meet the same
 * machine load, and prints each figure's median per revision, the ratio new/old and a markdown table for
 * docs/benchmarks.md. The revisions are checked out as detached worktrees in a temporary directory that
 * share this checkout's node_modules; BENCH_* variables pass through to the bench.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { compare, formatNumber, markdownTable, parseOptions, readFigures, type Figures } from './alternate-figures.ts';

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

interface Side {
  label: string;
  dir: string;
  runs: Figures[];
  seconds: number[];
}

/** Runs `npm run <bench> -- --json` in `dir`; answers its stdout, failing with its output if it fails. */
function runBench(dir: string, bench: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', bench, '--', '--json'], { cwd: dir, env: process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`${bench} in ${dir} exited ${code}:\n${stdout}${stderr}`)),
    );
  });
}

function addWorktree(root: string, base: string, name: string, rev: string): Side {
  const dir = join(base, name);
  git(root, 'worktree', 'add', '--quiet', '--detach', dir, rev);
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { label: `${name} ${git(dir, 'rev-parse', '--short', 'HEAD')}`, dir, runs: [], seconds: [] };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const root = git(process.cwd(), 'rev-parse', '--show-toplevel');
  const base = mkdtempSync(join(tmpdir(), 'crossdesk-alternate-'));
  const sides: Side[] = [];
  let cleaned = false;
  const cleanUp = () => {
    if (cleaned) return;
    cleaned = true;
    for (const side of sides) git(root, 'worktree', 'remove', '--force', side.dir);
    rmSync(base, { recursive: true, force: true });
  };
  // Interrupted (Ctrl-C reaches the bench too): the worktrees go all the same.
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      cleanUp();
      process.exit(130);
    });
  const loadBefore = load();
  const started = Date.now();
  try {
    sides.push(addWorktree(root, base, 'old', options.old), addWorktree(root, base, 'new', options.new));
    for (let round = 1; round <= options.rounds; round++) {
      for (const side of sides) {
        const t = Date.now();
        side.runs.push(readFigures(options.bench, await runBench(side.dir, options.bench)));
        side.seconds.push((Date.now() - t) / 1000);
        console.error(`round ${round}/${options.rounds} ${side.label}: ${side.seconds.at(-1)!.toFixed(1)} s`);
      }
    }
  } finally {
    cleanUp();
  }
  const [old, next] = sides;
  const rows = compare(old.runs, next.runs);
  const sizes = Object.entries(process.env).filter(([k]) => k.startsWith('BENCH_'));
  console.log(
    `${options.bench}, ${options.rounds} rounds each, alternating ${old.label} and ${next.label}; ` +
      `${sizes.length ? sizes.map(([k, v]) => `${k}=${v}`).join(' ') : 'default sizes'}`,
  );
  console.log(`machine: ${cpus().length} x ${cpus()[0]?.model}, node ${process.version}`);
  console.log(`load average (1/5/15 min) before ${loadBefore}, after ${load()}`);
  const perRound = (side: Side) => side.seconds.reduce((a, b) => a + b, 0) / side.seconds.length;
  console.log(
    `wall time ${((Date.now() - started) / 1000).toFixed(0)} s; per run: old ${perRound(old).toFixed(1)} s, new ${perRound(next).toFixed(1)} s\n`,
  );
  for (const r of rows)
    console.log(
      `${r.figure}: median old ${formatNumber(r.old)}, median new ${formatNumber(r.new)}, new/old ${r.ratio.toFixed(3)}`,
    );
  console.log(`\n${markdownTable(rows, `${old.label} (median)`, `${next.label} (median)`)}`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
