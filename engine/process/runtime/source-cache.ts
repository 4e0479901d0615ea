import { findSourceContext } from '../../../models/index.ts';
import { deserializeSourceContext } from '../definitions/index.ts';
import { NotFoundError } from '../../core/errors/index.ts';
import type { SourceCache } from '../../core/context/index.ts';

// Parsing BPMN XML costs far more than running a command, so each definition version is parsed once at
// deployment, stored serialized, and kept here after first use; bounded so memory stays flat however
// many versions exist.
export type { SourceCache };

/** Makes an LRU source cache holding at most `capacity` definitions. */
export function makeSourceCache(capacity = 200): SourceCache {
  const entries = new Map<string, unknown>();
  const touch = (id: string, value: unknown) => {
    entries.delete(id);
    entries.set(id, value);
    if (entries.size > capacity) entries.delete(entries.keys().next().value as string);
  };
  return {
    async get(db, definitionId) {
      const cached = entries.get(definitionId);
      if (cached) {
        touch(definitionId, cached);
        return cached;
      }
      const json = await findSourceContext(db, definitionId);
      if (json === undefined) throw new NotFoundError('ProcessDefinition', definitionId);
      const context = deserializeSourceContext(json);
      touch(definitionId, context);
      return context;
    },
    put(definitionId, sourceContext) {
      touch(definitionId, sourceContext);
    },
    get size() {
      return entries.size;
    },
  };
}
