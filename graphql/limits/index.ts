/**
 * Bounds on what one GraphQL operation and one user may cost the server (docs/api.md, "Limits"):
 * static limits on the document, admission (rate, variables, estimated cost, subscription slots),
 * and the runtime guard. Every refusal carries a code from LimitCode (or BAD_USER_INPUT) and none
 * reaches a resolver, except the runtime guard's aborts, which stop an operation while it runs.
 */
import type { Plugin } from 'graphql-yoga';
import type { QueryLimitsConfig } from '../../config.ts';
import { admissionPlugin } from './admission.ts';
import type { PerUserLimits } from './per-user.ts';
import { runtimeGuardPlugins } from './runtime-guard.ts';
import { staticLimitPlugins } from './static-limits.ts';

export { LimitCode, type LimitName } from './refusals.ts';
export { estimateCost } from './cost.ts';
export { LIST_SIZES, ARGUMENT_SIZES } from './list-sizes.ts';
export { makePerUserLimits, type PerUserLimits } from './per-user.ts';

/** The yoga plugins enforcing `limits` (and `maxJsonDepth` on variables), in the order they must run. */
export function makeLimitPlugins(limits: QueryLimitsConfig, maxJsonDepth: number, perUser?: PerUserLimits): Plugin[] {
  return [
    ...staticLimitPlugins(limits),
    admissionPlugin(limits, maxJsonDepth, perUser),
    ...runtimeGuardPlugins(limits),
  ];
}
