/** Median of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `round` `rounds` times and returns the median of its operations per second. */
export async function opsPerSecond(
  rounds: number,
  opsPerRound: number,
  round: () => Promise<void>,
): Promise<{ median: number; runs: number[] }> {
  const runs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = process.hrtime.bigint();
    await round();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    runs.push(opsPerRound / seconds);
  }
  return { median: median(runs), runs };
}

/** Formats a number with thousands separators and no decimals. */
export const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
