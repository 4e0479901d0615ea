import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Koa from 'koa';
import { APP_CSP, COMMON_HEADERS } from '../http/index.ts';

/** The built web app (web/dist; dist/web/dist once compiled by build:server). */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Crossdesk</title>
<h1>Crossdesk</h1><p>The web app is not built yet (run <code>npm run build</code>, see <code>web/README.md</code>).
The GraphQL API, with GraphiQL to try it, is at <a href="/graphql">/graphql</a>.</p>`;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

/** A file of the built app for a URL path, or null; never a path outside web/dist. */
function assetFile(urlPath: string, dist: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = normalize(join(dist, decoded));
  if (!file.startsWith(dist) || file.endsWith(sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/**
 * Serves the built web app (web/dist): its files, with long caching for Vite's hashed `/assets/`, and
 * index.html for every other GET that asks for HTML (the SPA fallback, so deep links load the app).
 * Every answer carries the app's Content-Security-Policy (security-headers.ts): the built app runs
 * under it, and customer content that reached a page as markup could not run script.
 * Read on every request rather than once: the app may be built while the server runs.
 */
export function serveWebApp(ctx: Koa.Context, dist = WEB_DIST): boolean {
  if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return false;
  const file = ctx.path === '/' ? null : assetFile(ctx.path, dist);
  const secure = () => ctx.set({ ...COMMON_HEADERS, 'content-security-policy': APP_CSP });
  if (file) {
    secure();
    ctx.type = TYPES[extname(file)] ?? 'application/octet-stream';
    ctx.set('cache-control', ctx.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    ctx.body = createReadStream(file);
    return true;
  }
  // Only page loads fall back (browsers send text/html on navigation); a missing file stays a 404.
  if (ctx.path !== '/' && (!ctx.get('accept').includes('text/html') || extname(ctx.path))) return false;
  const index = join(dist, 'index.html');
  secure();
  ctx.type = 'html';
  ctx.set('cache-control', 'no-cache');
  ctx.body = existsSync(index) ? readFileSync(index, 'utf8') : NOT_BUILT;
  return true;
}
