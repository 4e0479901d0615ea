import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  type DocumentNode,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { PAGE_SIZE } from '../pagination.ts';
import { ARGUMENT_SIZES, LIST_SIZES, UNLISTED_SIZE } from './list-sizes.ts';
import { tooComplex } from './refusals.ts';

/** How many items a field returns by estimate: `first` for connections, the tables for lists, else 1. */
export function estimatedSize(parentType: string, field: GraphQLField<unknown, unknown>, args: Record<string, any>) {
  const key = `${parentType}.${field.name}`;
  if (field.args.some((a) => a.name === 'first')) {
    const first = typeof args.first === 'number' ? args.first : PAGE_SIZE.default;
    // Above the maximum the resolver refuses with BAD_USER_INPUT; estimate what could run.
    return Math.max(0, Math.min(first, PAGE_SIZE.max));
  }
  const byArgument = ARGUMENT_SIZES[key];
  if (byArgument) return byArgument(args);
  if (isListType(getNullableType(field.type))) return LIST_SIZES[key] ?? UNLISTED_SIZE;
  return 1;
}

/**
 * Every object an operation asks for counts 1, times the estimated size of the lists around it:
 * `processInstance { tasks { processInstance { tasks { id } } } }` is 1 × (1 + 50 × (1 + 1 × (1 + 50))),
 * `tasks(first: 200) { edges { node { id } } }` is 1 + 200 × (1 + 1).
 * Leaves cost nothing here (the runtime guard counts their bytes). Introspection is bounded by its
 * own shape rule (introspection.ts) and costs nothing.
 */
const estimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
  if (isLeafType(getNamedType(field.type))) return 0;
  const size = estimatedSize(type.name, field, args);
  // A connection is one object whose edges repeat `first` times; a list repeats its items.
  return field.args.some((a) => a.name === 'first') ? 1 + size * childComplexity : size * (1 + childComplexity);
};

/**
 * The estimated cost of an operation, or null when its variables do not fit their types (execution
 * then refuses it with BAD_USER_INPUT before any resolver runs). An operation so convoluted that
 * estimating it visits more than `maxNodes` selections (fragment bombs) is refused as too complex.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName: string | null | undefined,
  maxCost: number,
): number | null {
  try {
    return getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName: operationName ?? undefined,
      estimators: [estimator],
      maxQueryNodes: 20_000,
    });
  } catch (err) {
    if (err instanceof GraphQLError && /maximum allowed number of nodes/.test(err.message))
      throw tooComplex('cost', maxCost);
    if (err instanceof GraphQLError) return null;
    throw err;
  }
}

/** Refuses an operation whose estimated cost is above `maxCost`. */
export function checkCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName: string | null | undefined,
  maxCost: number,
): void {
  const cost = estimateCost(schema, document, variables, operationName, maxCost);
  if (cost !== null && cost > maxCost) throw tooComplex('cost', maxCost, cost);
}
