import { readdirSync, readFileSync } from 'node:fs';
import { createSchema, createYoga } from 'graphql-yoga';
import type Koa from 'koa';
import type { QueryLimitsConfig } from '../../config.ts';
import type { EngineContext } from '../../engine/index.ts';
import { callerOf } from '../auth.ts';
import type { GraphQLContext } from '../context.ts';
import { makeMaskError } from '../errors.ts';
import { makeLimitPlugins } from '../limits/index.ts';
import { makeLoaders } from '../loaders.ts';
import { resolvers } from '../resolvers/index.ts';

// One SDL file per domain (core, routing, interactions...); the others extend core's root types.
const schemaDir = new URL('../schema/', import.meta.url);
const typeDefs = readdirSync(schemaDir)
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => readFileSync(new URL(file, schemaDir), 'utf8'));

/**
 * The GraphQL endpoint: schema, per-request context, error masking, GraphiQL on GET, and
 * subscriptions over SSE. `shutdown` ends open subscriptions when the server stops. `limits` bound
 * every operation (graphql/limits).
 */
export function makeYoga(
  engine: EngineContext,
  shutdown: AbortSignal,
  limits: { query: QueryLimitsConfig; maxJsonDepth: number },
) {
  return createYoga<Koa.ParameterizedContext>({
    schema: createSchema<Koa.ParameterizedContext>({ typeDefs, resolvers: resolvers as any }),
    graphqlEndpoint: '/graphql',
    maskedErrors: { maskError: makeMaskError(engine.logger) },
    logging: false,
    plugins: makeLimitPlugins(limits.query, limits.maxJsonDepth),
    context: async ({ request }): Promise<GraphQLContext> => ({
      engine,
      caller: await callerOf(engine, request.headers),
      loaders: makeLoaders(engine),
      shutdown,
    }),
  });
}
