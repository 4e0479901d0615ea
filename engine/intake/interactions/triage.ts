import { readFileSync } from 'node:fs';
import { findLatestVersion } from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { deployProcess } from '../../process/deployments/index.ts';
import { SYSTEM_ACTOR } from '../../core/access/index.ts';

/** The built-in process every unclassified contact starts: one triage task in the `triage` queue. */
export const TRIAGE_PROCESS_KEY = 'crossdesk-triage';

/**
 * Deploys the built-in triage process unless some version of it exists (a designer may have deployed
 * their own version under the same key; that one is kept).
 */
export async function ensureTriageProcess(ctx: EngineContext): Promise<void> {
  if (await findLatestVersion(ctx.db, TRIAGE_PROCESS_KEY)) return;
  const bpmnXml = readFileSync(new URL('./triage.bpmn', import.meta.url), 'utf8');
  try {
    await deployProcess(ctx, SYSTEM_ACTOR, { name: 'built-in: triage', bpmnXml });
  } catch (err) {
    // Two first contacts at once both deploy it; the loser finds the winner's version.
    if (!(await findLatestVersion(ctx.db, TRIAGE_PROCESS_KEY))) throw err;
  }
}
