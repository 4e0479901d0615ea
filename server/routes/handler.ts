import type Koa from 'koa';

/** A route: answers the request itself (no `next`). */
export type Handler = (ctx: Koa.Context) => Promise<void>;
