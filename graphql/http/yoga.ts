import { readdirSync, readFileSync } from 'node:fs';
import { createSchema, createYoga } from 'graphql-yoga';
import type Koa from 'koa';
import type { EngineContext } from '../../engine/index.ts';
import { callerOf } from '../auth.ts';
import type { GraphQLContext } from '../context.ts';
import { makeMaskError } from '../errors.ts';
import { makeLoaders } from '../loaders.ts';
import { disableIntrospection, GRAPHIQL_OPTIONS, renderGraphiqlPage } from './graphiql.ts';
import { resolvers } from '../resolvers/index.ts';

// One SDL file per domain (core, routing, interactions...); the others extend core's root types.
const schemaDir = new URL('../schema/', import.meta.url);
const typeDefs = readdirSync(schemaDir)
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => readFileSync(new URL(file, schemaDir), 'utf8'));

/**
 * The GraphQL endpoint: schema, per-request context, error masking, GraphiQL on GET, and
 * subscriptions over SSE. `shutdown` ends open subscriptions when the server stops. `graphiql` off
 * (CROSSDESK_GRAPHIQL) turns off both GraphiQL and introspection.
 */
export function makeYoga(engine: EngineContext, shutdown: AbortSignal, options: { graphiql?: boolean } = {}) {
  const graphiql = options.graphiql ?? true;
  return createYoga<Koa.ParameterizedContext>({
    schema: createSchema<Koa.ParameterizedContext>({ typeDefs, resolvers: resolvers as any }),
    graphqlEndpoint: '/graphql',
    graphiql: graphiql && GRAPHIQL_OPTIONS,
    renderGraphiQL: renderGraphiqlPage,
    plugins: graphiql ? [] : [disableIntrospection],
    maskedErrors: { maskError: makeMaskError(engine.logger) },
    logging: false,
    context: async ({ request }): Promise<GraphQLContext> => ({
      engine,
      caller: await callerOf(engine, request.headers),
      loaders: makeLoaders(engine),
      shutdown,
    }),
  });
}
