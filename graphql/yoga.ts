import { createYoga } from 'graphql-yoga';
import type Koa from 'koa';
import type { QueryLimitsConfig } from '../config.ts';
import { makeSubscriptionSlots, type EngineContext } from '../engine/index.ts';
import { callerOf } from './auth.ts';
import type { ClientAddressOf, GraphQLContext } from './context.ts';
import { makeMaskError } from './errors.ts';
import { makeLimitPlugins, makePerUserLimits } from './limits/index.ts';
import { makeLoaders } from './loaders.ts';
import { disableIntrospection, GRAPHIQL_OPTIONS, renderGraphiqlPage } from './graphiql.ts';
import { makeSchema } from './schema/index.ts';
import { makeSessionWatch } from './session-watch.ts';
import { observeOperations, type OperationObserver } from './operation-observer.ts';

/**
 * The GraphQL endpoint: schema, per-request context, error masking, GraphiQL on GET, and
 * subscriptions over SSE. `shutdown` ends open subscriptions when the server stops. `limits` bound
 * every operation (graphql/limits); `graphiql` off (CROSSDESK_GRAPHIQL) turns off both GraphiQL and
 * introspection.
 */
export function makeYoga(
  engine: EngineContext,
  shutdown: AbortSignal,
  clientAddress: ClientAddressOf,
  limits: { query: QueryLimitsConfig; maxJsonDepth: number; graphiql?: boolean },
  observe?: OperationObserver,
) {
  const graphiql = limits.graphiql ?? true;
  const sessions = makeSessionWatch(engine, shutdown);
  return createYoga<Koa.ParameterizedContext>({
    schema: makeSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: graphiql && GRAPHIQL_OPTIONS,
    renderGraphiQL: renderGraphiqlPage,
    maskedErrors: { maskError: makeMaskError(engine.logger) },
    logging: false,
    // The only caller, server/routes/graphql.ts, hands over a body it read and bounded itself
    // (CROSSDESK_MAX_REQUEST_BYTES, 413); yoga's own limit piped every body through a TransformStream again.
    maxRequestBodySize: false,
    plugins: [
      // Subscription slots shared by the nodes on PostgreSQL (docs/cluster.md); requests counted per node.
      ...makeLimitPlugins(
        limits.query,
        limits.maxJsonDepth,
        makePerUserLimits(limits.query, makeSubscriptionSlots(engine)),
      ),
      ...(graphiql ? [] : [disableIntrospection]),
      ...(observe ? [observeOperations(observe)] : []),
    ],
    context: async ({ request, req, res }): Promise<GraphQLContext> => {
      const caller = await callerOf(engine, request.headers);
      // A subscription (SSE) of a signed-in caller ends when the token stops working, not only at shutdown.
      const streams = caller.session && request.headers.get('accept')?.includes('text/event-stream');
      const loaders = makeLoaders(engine, caller.actor);
      // authentication read the caller's user a moment ago: `me` and assignees need not read it again.
      if (caller.session) loaders.users.prime(caller.session.user.id, caller.session.user);
      return {
        engine,
        caller,
        loaders,
        shutdown: streams ? sessions.watch(caller.session!.tokenId, shutdown, closed(res)) : shutdown,
        clientAddress: clientAddress(req),
        sessions,
      };
    },
  });
}

/** Aborted when the response closes (finished, or the client left). */
function closed(res: Koa.ParameterizedContext['res']): AbortSignal {
  const controller = new AbortController();
  if (res.closed) controller.abort();
  else res.once('close', () => controller.abort());
  return controller.signal;
}
