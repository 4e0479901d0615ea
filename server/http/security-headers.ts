import type Koa from 'koa';

const policy = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

/**
 * The web app's Content-Security-Policy. Scripts only from this server (the Vite build emits module
 * scripts, no inline script), so markup that reaches a page by mistake cannot run: no inline script,
 * no event-handler attributes, no eval. Styles allow inline attributes because bpmn-js, form-js and
 * Svelte transitions set them (a style cannot run script). Images only from here or data:/blob: URLs,
 * so customer content cannot load tracking pixels; requests only to this origin; never framed.
 */
export const APP_CSP = policy({
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
});

/**
 * GraphiQL's policy, on /graphql and its assets under /graphiql/: the page is served from the
 * `@graphql-yoga/render-graphiql` package as a shell with its script, styles and editor workers as
 * files of this server (no inline script, no CDN); the editor starts its workers from there (or from
 * blob: URLs) and styles itself inline. Still never framed.
 */
export const GRAPHIQL_CSP = policy({
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'worker-src': "'self' blob:",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
});

/** Headers every answer carries, whatever the route. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/**
 * Sets the security headers of a request's answer by route: GraphiQL's policy on /graphql and
 * /graphiql/ (API answers on /graphql also must not be cached: they carry customer data), the app's
 * everywhere else. A route that needs another policy sets its own after this.
 */
export function setSecurityHeaders(ctx: Koa.Context): void {
  ctx.set(COMMON_HEADERS);
  const graphiql = ctx.path === '/graphql' || ctx.path.startsWith('/graphiql/');
  ctx.set('content-security-policy', graphiql ? GRAPHIQL_CSP : APP_CSP);
  if (ctx.path === '/graphql') ctx.set('cache-control', 'no-store');
}
