import type Koa from 'koa';
import { APP_CSP } from './security-headers.ts';

/**
 * Which other sites may embed a chat queue's page (the widget frames it) and call its API from their
 * own pages (CORS): CROSSDESK_CHAT_ORIGINS, exact origins like `https://shop.example.com`. None by
 * default: the chat page is then framed only by this server's own pages.
 */
export interface ChatOrigins {
  /** True for a request from this server's own pages, one of the listed origins, or no browser page at all. */
  allows(ctx: Koa.Context): boolean;
  /** Headers of a chat page or API answer: framing and CORS for the listed origins. */
  apply(ctx: Koa.Context): void;
}

const ownOrigin = (ctx: Koa.Context) => `${ctx.protocol}://${ctx.host}`;

export function makeChatOrigins(origins: readonly string[]): ChatOrigins {
  const listed = new Set(origins);
  const frameAncestors = ["'self'", ...origins].join(' ');
  const csp = APP_CSP.replace("frame-ancestors 'none'", `frame-ancestors ${frameAncestors}`);
  return {
    allows(ctx) {
      const origin = ctx.get('origin');
      return !origin || origin === ownOrigin(ctx) || listed.has(origin);
    },
    apply(ctx) {
      ctx.set('content-security-policy', csp);
      // frame-ancestors decides for browsers that know it; X-Frame-Options cannot name other sites.
      if (listed.size) ctx.remove('x-frame-options');
      else ctx.set('x-frame-options', 'SAMEORIGIN');
      const origin = ctx.get('origin');
      ctx.vary('origin');
      if (origin && listed.has(origin)) {
        ctx.set('access-control-allow-origin', origin);
        ctx.set('cross-origin-resource-policy', 'cross-origin');
      }
    },
  };
}
