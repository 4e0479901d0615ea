import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';

/**
 * GraphiQL works without internet: the page on GET /graphql (yoga's, rendered here) is a small shell,
 * and its script, styles, editor workers and icon are files the server serves under /graphiql/
 * (server/routes/graphiql-assets.ts, from the package `@graphql-yoga/render-graphiql`): no inline
 * script, nothing from another host.
 */

export const GRAPHIQL_PREFIX = '/graphiql/';

/** What GraphiQL shows; the endpoint is yoga's. */
export const GRAPHIQL_OPTIONS: GraphiQLOptions = { title: 'Crossdesk GraphiQL' };

/** The page yoga serves on GET /graphql (Accept: text/html): the options travel as inert JSON. */
export function renderGraphiqlPage(options: GraphiQLOptions): string {
  const json = JSON.stringify(options ?? {}).replace(/</g, '\\u003c');
  const title = (options?.title ?? 'GraphiQL').replace(/[<&"]/g, '');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <link rel="icon" href="${GRAPHIQL_PREFIX}favicon.ico" />
    <link rel="stylesheet" href="${GRAPHIQL_PREFIX}graphiql.css" />
  </head>
  <body class="no-focus-outline">
    <noscript>GraphiQL needs JavaScript.</noscript>
    <div id="root"></div>
    <script type="application/json" id="graphiql-options">${json}</script>
    <script src="${GRAPHIQL_PREFIX}start.js"></script>
    <script src="${GRAPHIQL_PREFIX}graphiql.js"></script>
  </body>
</html>
`;
}

/** Refuses `__schema` and `__type` (graphql's own rule) when introspection is off; `__typename` stays. */
export const disableIntrospection: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule(NoSchemaIntrospectionCustomRule);
  },
};
