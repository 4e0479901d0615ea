import { readFileSync } from 'node:fs';
import type { EngineContext } from '../core/context/index.ts';
import { seedClassificationRules } from '../intake/classification/index.ts';
import { deployProcess } from '../process/deployments/index.ts';
import { seedIntakeForms } from '../intake/intake-forms/index.ts';
import { ensureTriageProcess } from '../intake/interactions/index.ts';
import { SYSTEM_ACTOR } from '../core/access/index.ts';
import { getUser, saveUser } from '../people/users/index.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users.ts';
import { seedRouting } from './seed-routing.ts';
import { seedSites } from './seed-sites.ts';

const DEMO_PROCESSES = ['complaint-handling.bpmn', 'address-change.bpmn', 'callback-handling.bpmn'];

const readJson = (file: string) => JSON.parse(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'));

/**
 * Fills an empty database with demo users, processes, classification rules and web forms (CROSSDESK_DEMO, on by default). Idempotent:
 * existing users keep their passwords, and redeploying unchanged XML keeps the same version.
 */
export async function seedDemo(ctx: EngineContext): Promise<void> {
  for (const user of DEMO_USERS) {
    if (await getUser(ctx, user.id)) continue;
    await saveUser(ctx, null, { ...user, password: DEMO_PASSWORD });
  }
  for (const file of DEMO_PROCESSES) {
    const bpmnXml = readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');
    await deployProcess(ctx, SYSTEM_ACTOR, { name: `demo: ${file}`, bpmnXml });
  }
  await seedRouting(ctx);
  await seedSites(ctx);
  // Contacts from the demo's rules and forms reach the processes above; anything else goes to triage.
  await ensureTriageProcess(ctx);
  await seedClassificationRules(ctx, readJson('classification-rules.json'));
  await seedIntakeForms(ctx, readJson('intake-forms.json'));
}
