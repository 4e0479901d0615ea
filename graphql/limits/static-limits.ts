import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { QueryLimitsConfig } from '../../config.ts';
import { introspectionShapeRule } from './introspection.ts';
import { tooComplex, type LimitName } from './refusals.ts';

/** graphql-armor reports a rejection as a message ("... limit of 12 exceeded, found 51."): ours carries a code. */
const reject =
  (limit: LimitName, max: number) =>
  (_context: unknown, error: GraphQLError): never => {
    const found = /found (\d+)/.exec(error.message)?.[1];
    throw tooComplex(limit, max, found === undefined ? undefined : Number(found));
  };

/**
 * Limits checked on the document alone, before anything runs: tokens while parsing (graphql-armor
 * stops the lexer at the limit, so a 20,000-alias document is never parsed whole), then depth,
 * aliases and directives (graphql-armor) and the shape of introspection (ours) while validating.
 * graphql-armor's own cost limit is off: it ignores list sizes (cost.ts estimates with them).
 */
export function staticLimitPlugins(limits: QueryLimitsConfig): Plugin[] {
  const armor = EnvelopArmorPlugin({
    maxTokens: { n: limits.maxTokens, onReject: [reject('tokens', limits.maxTokens)] },
    maxDepth: {
      n: limits.maxDepth,
      // Fragments are a way of writing a selection, not a level of it.
      flattenFragments: true,
      onReject: [reject('depth', limits.maxDepth)],
    },
    maxAliases: { n: limits.maxAliases, onReject: [reject('aliases', limits.maxAliases)] },
    maxDirectives: { n: limits.maxDirectives, onReject: [reject('directives', limits.maxDirectives)] },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  return [armor as Plugin, { onValidate: ({ addValidationRule }) => addValidationRule(introspectionShapeRule) }];
}
