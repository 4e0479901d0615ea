import { findRule } from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { SYSTEM_ACTOR } from '../../core/access/index.ts';
import { upsertClassificationRule, type ClassificationRuleInput } from './manage-rules.ts';

/**
 * Adds the rules of a seed file that do not exist yet (matched by name). Rules that exist are left
 * alone, so a designer's later changes survive a restart.
 */
export async function seedClassificationRules(
  ctx: EngineContext,
  rules: readonly ClassificationRuleInput[],
): Promise<number> {
  let added = 0;
  for (const rule of rules) {
    if (await findRule(ctx.db, { name: rule.name })) continue;
    await upsertClassificationRule(ctx, SYSTEM_ACTOR, { ...rule, id: null });
    added++;
  }
  return added;
}
