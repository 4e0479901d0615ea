import { gzipSync } from 'node:zlib';
import type Koa from 'koa';
import { GRAPHIQL_PREFIX } from '../../graphql/index.ts';

// The page on GET /graphql is graphql/'s (graphql/graphiql.ts); what it loads is served here. The package
// bundles ~9 MB of strings, so it is loaded on the first request for an asset, not at start.

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
