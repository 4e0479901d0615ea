import { gzipSync } from 'node:zlib';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';
import type Koa from 'koa';

/**
 * GraphiQL served from the package `@graphql-yoga/render-graphiql`, so it works without internet: the
 * page on GET /graphql is a small shell, and its script, styles, editor workers and icon are files of
 * our own under /graphiql/ (no inline script, nothing from another host). The package bundles ~9 MB of
 * strings, so it is loaded on the first request for an asset, not at start.
 */

export const GRAPHIQL_PREFIX = '/graphiql/';

/** What GraphiQL shows; the endpoint is yoga's. */
export const GRAPHIQL_OPTIONS: GraphiQLOptions = { title: 'Crossdesk GraphiQL' };

type Bundle = typeof import('@graphql-yoga/render-graphiql/graphiql');

interface Asset {
  type: string;
  body: (bundle: Bundle) => string | Buffer;
}

/** The Monaco editor asks for its workers by label; they are served beside the page. */
const START = `self.MonacoEnvironment = {
  globalAPI: false,
  getWorkerUrl: function (_moduleId, label) {
    return '${GRAPHIQL_PREFIX}' + ({ json: 'json.worker.js', graphql: 'graphql.worker.js' }[label] || 'editor.worker.js');
  },
};
document.addEventListener('DOMContentLoaded', function () {
  var options = JSON.parse(document.getElementById('graphiql-options').textContent);
  YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), options);
});
`;

const JS = 'application/javascript; charset=utf-8';
const ASSETS: Record<string, Asset> = {
  'start.js': { type: JS, body: () => START },
  'graphiql.js': { type: JS, body: (b) => b.js },
  'graphiql.css': { type: 'text/css; charset=utf-8', body: (b) => b.css },
  'editor.worker.js': { type: JS, body: (b) => b.editorWorkerService },
  'json.worker.js': { type: JS, body: (b) => b.jsonWorker },
  'graphql.worker.js': { type: JS, body: (b) => b.graphqlWorker },
  'favicon.ico': {
    type: 'image/x-icon',
    body: (b) => Buffer.from(b.favicon.slice(b.favicon.indexOf(',') + 1), 'base64'),
  },
};

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

/** Serves the GraphiQL assets under /graphiql/ (gzipped when the client takes it); false for other paths. */
export function makeGraphiqlAssets(): (ctx: Koa.Context) => Promise<boolean> {
  let bundle: Promise<Bundle> | undefined;
  const cache = new Map<string, { plain: Buffer; gzip: Buffer }>();
  return async (ctx) => {
    const name = ctx.path.slice(GRAPHIQL_PREFIX.length);
    const asset = ctx.path.startsWith(GRAPHIQL_PREFIX) && Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
    if (!asset || (ctx.method !== 'GET' && ctx.method !== 'HEAD')) return false;
    bundle ??= import('@graphql-yoga/render-graphiql/graphiql');
    let bytes = cache.get(name);
    if (!bytes) {
      const body = asset.body(await bundle);
      const plain = Buffer.isBuffer(body) ? body : Buffer.from(body);
      bytes = { plain, gzip: gzipSync(plain) };
      cache.set(name, bytes);
    }
    const gzip = Boolean(ctx.acceptsEncodings('gzip', 'identity') === 'gzip');
    ctx.type = asset.type;
    ctx.set('cache-control', 'public, max-age=3600');
    ctx.vary('accept-encoding');
    if (gzip) ctx.set('content-encoding', 'gzip');
    ctx.body = gzip ? bytes.gzip : bytes.plain;
    return true;
  };
}
