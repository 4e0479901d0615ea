/**
 * `npm run simulate -- --scenario file.json [--policy P] [--seed N] [--json]` (or `-- file.json`): runs a
 * scenario's day through the production router in virtual time and prints the day's figures. Exit codes:
 * 0 done, 1 the scenario was refused (the message names the field), 2 bad usage.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkScenario, CrossdeskError, simulate, summaryTable } from '../engine/index.ts';

const USAGE =
  'usage: npm run simulate -- --scenario file.json [--policy BLENDED|BLENDED_NO_RESERVE|SEPARATE] [--seed N] [--json]';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        scenario: { type: 'string' },
        policy: { type: 'string' },
        seed: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const file = values.scenario ?? positionals[0];
  if (!file) {
    console.error(USAGE);
    return 2;
  }
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  if (values.policy) raw.policy = values.policy;
  if (values.seed !== undefined) raw.seed = Number(values.seed);
  try {
    const result = await simulate(checkScenario(raw));
    console.log(values.json ? JSON.stringify(result, null, 2) : summaryTable(result));
    return 0;
  } catch (err) {
    if (!(err instanceof CrossdeskError)) throw err;
    console.error(`crossdesk: ${err.message}`);
    return 1;
  }
}

process.exitCode = await main();
