/**
 * Records the shape of a moddle tree so that it can be put back after linting. bpmnlint reads
 * collections with `element.get(...)`, which creates every missing one as `[]`, and the flow links
 * added for it (bpmnlint.ts) stay on the elements. bpmn-engine reads such marks as meaning: a start
 * event with `eventDefinitions: []` waits for an event that never comes. Restoring removes exactly
 * the keys that were not there and cuts arrays back to their length, so the tree serializes as parsed.
 *
 * Every object reachable through own keys is recorded, references (non-enumerable in moddle) included.
 */
export function snapshotTree(root: object): () => void {
  const keys = new Map<object, Set<PropertyKey>>();
  const lengths = new Map<unknown[], number>();
  const pending: unknown[] = [root];
  while (pending.length) {
    const node = pending.pop();
    if (!node || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      if (lengths.has(node)) continue;
      lengths.set(node, node.length);
      for (const item of node) pending.push(item);
    } else if (!keys.has(node)) {
      const own = Reflect.ownKeys(node);
      keys.set(node, new Set(own));
      for (const key of own) pending.push((node as Record<PropertyKey, unknown>)[key]);
    }
  }
  return () => {
    for (const [node, before] of keys) {
      for (const key of Reflect.ownKeys(node)) if (!before.has(key)) delete (node as Record<PropertyKey, unknown>)[key];
    }
    for (const [array, length] of lengths) array.length = length;
  };
}
