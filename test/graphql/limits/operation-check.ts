import { readdirSync, readFileSync } from 'node:fs';
import {
  getNamedType,
  getNullableType,
  getOperationAST,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  type GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import type { QueryLimitsConfig } from '../../../config.ts';
import { makeLimitPlugins, makePerUserLimits } from '../../../graphql/limits/index.ts';
import { PAGE_SIZE } from '../../../graphql/pagination.ts';

const schemaDir = new URL('../../../graphql/schema/', import.meta.url);
/** The server's SDL, as graphql/yoga.ts reads it. */
export const typeDefs = readdirSync(schemaDir)
  .filter((f) => f.endsWith('.graphql'))
  .sort()
  .map((f) => readFileSync(new URL(f, schemaDir), 'utf8'));

/** The worst value a variable of `type` can take for the estimate: pages at their largest, lists of one. */
function sampleValue(type: GraphQLInputType, name: string): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [sampleValue(inner.ofType, name)];
  const named = getNamedType(inner);
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isInputObjectType(named))
    return Object.fromEntries(
      Object.values(named.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sampleValue(f.type, f.name)]),
    );
  const samples: Record<string, unknown> = {
    Int: PAGE_SIZE.max,
    Float: 1,
    Boolean: true,
    String: 'x',
    ID: 'x',
    JSON: {},
    DateTime: '2026-01-01T00:00:00.000Z',
  };
  if (!(named.name in samples)) throw new Error(`no sample for $${name}: ${named.name}`);
  return samples[named.name];
}

/** Variables for every variable an operation declares, at the worst case for its cost. */
function worstVariables(schema: GraphQLSchema, source: string, parse: (s: string) => any) {
  const operation = getOperationAST(parse(source));
  return Object.fromEntries(
    (operation?.variableDefinitions ?? []).map((v) => [
      v.variable.name.value,
      sampleValue(typeFromAST(schema, v.type as any) as GraphQLInputType, v.variable.name.value),
    ]),
  );
}

/** Ends every admitted operation before any resolver: only the checks made before execution run. */
const dryRun: Plugin = {
  onExecute: ({ setResultAndStopExecution }) => setResultAndStopExecution({ data: null }),
  onSubscribe: ({ setResultAndStopExecution }) => setResultAndStopExecution({ data: null }),
};

/**
 * Checks operations the way the server admits them (the same plugins: tokens, depth, aliases,
 * directives, introspection, variables, cost) without running them, with the worst variables.
 * Returns the errors the server would answer with; none when it would run the operation.
 */
export function makeOperationChecker(limits: QueryLimitsConfig, maxJsonDepth: number) {
  const perUser = makePerUserLimits({ requestsPerMinute: 1e9, maxSubscriptions: 1e9 });
  const yoga = createYoga({
    schema: createSchema({ typeDefs }),
    plugins: [...makeLimitPlugins(limits, maxJsonDepth, perUser), dryRun],
    logging: false,
  });
  return async (source: string): Promise<readonly GraphQLError[]> => {
    const { parse, validate, execute, subscribe, schema } = yoga.getEnveloped({
      request: new Request('http://localhost/graphql', { method: 'POST' }),
      params: { query: source },
    } as any);
    try {
      const document = parse(source);
      const errors = validate(schema, document);
      if (errors.length) return errors;
      const variableValues = worstVariables(schema, source, parse);
      const contextValue = { caller: { actor: { userId: 'checker', roles: [], groups: [], onBehalfOf: null } } };
      const run = getOperationAST(document)?.operation === 'subscription' ? subscribe : execute;
      const result = await run({ schema, document, variableValues, contextValue });
      return (result as { errors?: GraphQLError[] }).errors ?? [];
    } catch (err) {
      return [err as GraphQLError];
    }
  };
}
