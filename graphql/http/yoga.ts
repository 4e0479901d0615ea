import { readFileSync } from 'node:fs';
import { createSchema, createYoga } from 'graphql-yoga';
import type Koa from 'koa';
import { actAs, authenticate, type Actor, type EngineContext } from '../../engine/index.ts';
import type { GraphQLContext } from '../context.ts';
import { makeMaskError } from '../errors.ts';
import { makeLoaders } from '../loaders.ts';
import { resolvers } from '../resolvers/index.ts';

const typeDefs = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');

/** The caller of a request: none without a token; `X-Act-As` lets an admin act for a user. */
async function actorFor(engine: EngineContext, headers: Headers): Promise<Actor | null> {
  const auth = headers.get('authorization');
  if (!auth) return null;
  const secret = /^Bearer\s+(.+)$/i.exec(auth)?.[1]?.trim();
  const actor = await authenticate(engine, secret ?? '');
  const actAsUser = headers.get('x-act-as');
  return actAsUser ? actAs(engine, actor, actAsUser) : actor;
}

/** The GraphQL endpoint (schema, per-request context, error masking, GraphiQL, SSE subscriptions). */
export function makeYoga(engine: EngineContext) {
  return createYoga<Koa.ParameterizedContext>({
    schema: createSchema<Koa.ParameterizedContext>({ typeDefs, resolvers: resolvers as any }),
    graphqlEndpoint: '/graphql',
    maskedErrors: { maskError: makeMaskError(engine.logger) },
    logging: false,
    context: async ({ request }): Promise<GraphQLContext> => ({
      engine,
      actor: await actorFor(engine, request.headers),
      loaders: makeLoaders(engine),
    }),
  });
}
