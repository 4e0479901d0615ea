import type { SerializableContext } from 'moddle-context-serializer';
import type { EngineContext } from '../../core/context/index.ts';

/**
 * The names of each version's elements (activities, events, gateways), by element id, so that
 * timelines can say "Complaint received" rather than `received`. Read from the cached engine source:
 * no XML is parsed. Elements without a name are left out.
 */
export async function elementNames(
  ctx: EngineContext,
  definitionIds: readonly string[],
): Promise<Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, string>>();
  for (const id of definitionIds) {
    const source = (await ctx.sources.get(ctx.db, id)) as SerializableContext;
    const names = new Map<string, string>();
    for (const element of source.getActivities())
      if (element.id && typeof element.name === 'string' && element.name.trim())
        names.set(element.id, element.name.trim());
    out.set(id, names);
  }
  return out;
}
