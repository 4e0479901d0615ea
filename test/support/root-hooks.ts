import { closeSharedTestDatabases, setupTimes } from './pg-databases.ts';

/**
 * Mocha global fixtures (.mocharc.json requires this file, so it imports no engine code). At the end of a
 * run: drops the PostgreSQL test databases a failed test left, and with CROSSDESK_TEST_DB_TIMING=1 prints
 * what the fresh databases cost.
 */
export async function mochaGlobalTeardown(): Promise<void> {
  await closeSharedTestDatabases();
  if (process.env.CROSSDESK_TEST_DB_TIMING && setupTimes.length > 0) console.log(describeSetupTimes(setupTimes));
}

/** One line: how many fresh databases, their mean and median set-up time. */
export function describeSetupTimes(times: readonly number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
  const median = sorted[Math.floor(sorted.length / 2)];
  const kind = /^postgres(ql)?:/.test(process.env.DATABASE_URL ?? '') ? 'PostgreSQL' : 'SQLite';
  return `${times.length} fresh ${kind} databases: mean ${mean.toFixed(1)} ms, median ${median.toFixed(1)} ms`;
}
