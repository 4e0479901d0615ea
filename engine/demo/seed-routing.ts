import { findAgent } from '../../models/index.ts';
import { upsertAgent } from '../desk/agents/index.ts';
import type { EngineContext } from '../core/context/index.ts';
import { seedQueues } from '../desk/queues/index.ts';
import { SYSTEM_ACTOR } from '../core/access/index.ts';

/**
 * Skills and capacity of the demo workers. `expert` and `agent` exist already (they sign in); the
 * others are created without a password: they are the floor that `npm run cti:sim` drives.
 */
const DEMO_AGENTS = [
  {
    id: 'lena',
    groups: ['frontline', 'backoffice'],
    name: 'Lena Lang',
    skills: [
      { name: 'english', level: 7 },
      { name: 'complaints', level: 3 },
    ],
    capacity: { VOICE: 1, BACKOFFICE: 1, total: 1 },
  },
  {
    id: 'omar',
    groups: ['frontline', 'backoffice'],
    name: 'Omar Ortiz',
    skills: [
      { name: 'english', level: 6 },
      { name: 'spanish', level: 9 },
      { name: 'writing', level: 4 },
    ],
    capacity: { VOICE: 1, BACKOFFICE: 1, total: 1 },
  },
  {
    id: 'yuki',
    groups: ['frontline', 'backoffice'],
    name: 'Yuki Yamada',
    skills: [
      { name: 'english', level: 8 },
      { name: 'complaints', level: 5 },
      { name: 'writing', level: 5 },
    ],
    capacity: { VOICE: 1, BACKOFFICE: 2, total: 2 },
  },
  {
    id: 'expert',
    skills: [
      { name: 'complaints', level: 7 },
      { name: 'writing', level: 6 },
      { name: 'billing', level: 8 },
    ],
    capacity: { VOICE: 0, BACKOFFICE: 3, total: 3 },
  },
  {
    id: 'agent',
    skills: [
      { name: 'complaints', level: 4 },
      { name: 'writing', level: 3 },
      { name: 'english', level: 8 },
      { name: 'spanish', level: 5 },
    ],
    capacity: { VOICE: 1, CHAT: 2, BACKOFFICE: 1, total: 2 },
  },
];

/** Demo queues (engine/demo/queues.json) and the demo workers' skills; agents already set up are left alone. */
export async function seedRouting(ctx: EngineContext): Promise<void> {
  await seedQueues(ctx, new URL('./queues.json', import.meta.url));
  for (const agent of DEMO_AGENTS) {
    if (await findAgent(ctx.db, agent.id)) continue;
    await upsertAgent(ctx, SYSTEM_ACTOR, agent);
  }
}
