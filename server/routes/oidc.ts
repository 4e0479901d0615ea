import type Koa from 'koa';
import {
  beginOidcLogin,
  completeOidcLogin,
  CrossdeskError,
  ErrorCode,
  type EngineContext,
  type RelyingParty,
} from '../../engine/index.ts';
import type { ClientAddressOf } from '../../graphql/index.ts';
import { makeAddressRateLimit } from '../http/index.ts';
import type { Handler } from './handler.ts';

/** The cookie that binds a started login to the browser that started it (HttpOnly: scripts never see it). */
export const LOGIN_COOKIE = 'crossdesk_oidc';
const COOKIE_PATH = '/auth/oidc';

/** Logins one client address may start per minute: each is a row until its callback or expiry. */
const LOGINS_PER_MINUTE = 30;

function loginCookie(rp: RelyingParty, value: string, maxAgeSeconds: number): string {
  const secure = rp.settings.redirectBase.startsWith('https:') ? '; Secure' : '';
  return `${LOGIN_COOKIE}=${value}; Path=${COOKIE_PATH}; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`;
}

/**
 * Back to the web app's sign-in page. The one-time sign-in code (or the refusal's code) goes in the
 * fragment: browsers never send it to a server or in a Referer, and the web app removes it from
 * history before redeeming the code.
 */
function toSignInPage(ctx: Koa.Context, params: Record<string, string>): void {
  ctx.set('cache-control', 'no-store');
  ctx.status = 303;
  ctx.redirect(`/#/sign-in?${new URLSearchParams(params)}`);
}

function refused(engine: EngineContext, ctx: Koa.Context, err: unknown): void {
  if (!(err instanceof CrossdeskError)) throw err;
  engine.logger.warn('single sign-on refused', { code: err.code, reason: err.message });
  toSignInPage(ctx, { sso_error: err.code });
}

/**
 * `GET /auth/oidc/login` and `GET /auth/oidc/callback` (docs/api.md, "Single sign-on"). Without single
 * sign-on configured both answer 404 with OIDC_NOT_CONFIGURED. Refusals go back to the sign-in page
 * with `sso_error=<code>`; a signed-in person with a one-time `sso_code` the web app redeems
 * (`redeemSignInCode`).
 */
export function oidcRoutes(
  engine: EngineContext,
  rp: RelyingParty | undefined,
  clientAddress: ClientAddressOf,
): Record<string, Handler> {
  const limiter = makeAddressRateLimit(engine, 'oidc-login', LOGINS_PER_MINUTE);
  const guard =
    (handler: (ctx: Koa.Context, rp: RelyingParty) => Promise<void>): Handler =>
    async (ctx) => {
      if (!rp) {
        ctx.status = 404;
        ctx.body = { error: ErrorCode.OIDC_NOT_CONFIGURED, message: 'single sign-on is not configured on this server' };
        return;
      }
      if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
        ctx.set('allow', 'GET');
        ctx.status = 405;
        return;
      }
      try {
        await handler(ctx, rp);
      } catch (err) {
        refused(engine, ctx, err);
      }
    };
  return {
    '/auth/oidc/login': guard(async (ctx, rp) => {
      const wait = await limiter.hit(clientAddress(ctx.req));
      if (wait > 0) {
        ctx.set('retry-after', String(wait));
        return toSignInPage(ctx, { sso_error: ErrorCode.RATE_LIMITED });
      }
      const login = await beginOidcLogin(engine, rp);
      ctx.append('set-cookie', loginCookie(rp, login.browserSecret, Math.ceil(rp.settings.loginTtlMs / 1000)));
      ctx.set('cache-control', 'no-store');
      ctx.redirect(login.authorizationUrl);
    }),
    '/auth/oidc/callback': guard(async (ctx, rp) => {
      // The binding works once, whatever the outcome.
      ctx.append('set-cookie', loginCookie(rp, '', 0));
      const code = await completeOidcLogin(
        engine,
        rp,
        new URLSearchParams(ctx.querystring),
        ctx.cookies.get(LOGIN_COOKIE),
      );
      toSignInPage(ctx, { sso_code: code });
    }),
  };
}
