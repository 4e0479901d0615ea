import { readFileSync } from 'node:fs';
import { findSites } from '../../models/index.ts';
import { SYSTEM_ACTOR } from '../core/access/index.ts';
import type { EngineContext } from '../core/context/index.ts';
import { upsertSite, type SiteInput } from '../core/sites/index.ts';
import { upsertAgent } from '../desk/agents/index.ts';
import { upsertQueue, type QueueInput } from '../desk/queues/index.ts';

interface DemoSites {
  sites: SiteInput[];
  queues: Record<string, Omit<QueueInput, 'name'>>;
  agents: Record<string, string[]>;
}

/**
 * The demo's sites, so the feature shows: the Lyon head office holds the demo agents and the approvals,
 * hotline and sales queues (complaints stay centre-wide: any new agent, of no site, may take them), the
 * hotline widens to any site after 30 s ("same site for 30 s, then any site"), approvals count their
 * SLA in Lyon's business hours, and a Shanghai overflow team waits for agents. Runs once: a database
 * that has the sites already is left as its admins changed it.
 */
export async function seedSites(ctx: EngineContext): Promise<void> {
  const demo = JSON.parse(readFileSync(new URL('./sites.json', import.meta.url), 'utf8')) as DemoSites;
  if ((await findSites(ctx.db, [demo.sites[0].id])).length) return;
  for (const site of demo.sites) await upsertSite(ctx, SYSTEM_ACTOR, site);
  for (const [name, settings] of Object.entries(demo.queues)) await upsertQueue(ctx, null, { name, ...settings });
  for (const [site, ids] of Object.entries(demo.agents))
    for (const id of ids) await upsertAgent(ctx, SYSTEM_ACTOR, { id, site });
}
