import { readFileSync } from 'node:fs';
import type { EngineContext } from '../context.ts';
import { deployProcess } from '../definitions/index.ts';
import { getUser, saveUser, SYSTEM_ACTOR } from '../users/index.ts';
import { seedRouting } from './seed-routing.ts';

/** Demo users: each holds the role of its name; the password `demo` is set only when the user is created. */
const DEMO_USERS = [
  { id: 'designer', name: 'Dana Designer', roles: ['designer'], groups: [] },
  { id: 'expert', name: 'Erik Expert', roles: ['expert'], groups: ['backoffice', 'billing'] },
  { id: 'agent', name: 'Ana Agent', roles: ['agent'], groups: ['frontline', 'backoffice'] },
  { id: 'supervisor', name: 'Sam Supervisor', roles: ['supervisor'], groups: ['supervisors'] },
];

const DEMO_PROCESSES = ['complaint-handling.bpmn'];

/**
 * Fills an empty database with demo users and processes (CROSSDESK_DEMO, on by default). Idempotent:
 * existing users keep their passwords, and redeploying unchanged XML keeps the same version.
 */
export async function seedDemo(ctx: EngineContext): Promise<void> {
  for (const user of DEMO_USERS) {
    if (await getUser(ctx, user.id)) continue;
    await saveUser(ctx, null, { ...user, password: 'demo' });
  }
  for (const file of DEMO_PROCESSES) {
    const bpmnXml = readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');
    await deployProcess(ctx, SYSTEM_ACTOR, { name: `demo: ${file}`, bpmnXml });
  }
  await seedRouting(ctx);
}
