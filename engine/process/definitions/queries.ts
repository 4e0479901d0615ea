import { findDefinition, listDefinitions, type DefinitionRecord } from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';

/** Deployed definitions, optionally of one key, newest first. */
export function queryDefinitions(ctx: EngineContext, key?: string | null): Promise<DefinitionRecord[]> {
  return listDefinitions(ctx.db, key ?? undefined);
}

/** One definition by id. */
export function getDefinition(ctx: EngineContext, id: string): Promise<DefinitionRecord | undefined> {
  return findDefinition(ctx.db, id);
}
