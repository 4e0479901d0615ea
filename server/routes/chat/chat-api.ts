import type Koa from 'koa';
import {
  chatQueue,
  conversationOfToken,
  CrossdeskError,
  customerLeaves,
  customerSays,
  ErrorCode,
  readChatByToken,
  startChat,
  type EngineContext,
} from '../../../engine/index.ts';
import type { ClientAddressOf } from '../../../graphql/index.ts';
import { makeAddressRateLimit, readBody, type ChatOrigins } from '../../http/index.ts';
import { openChatStream } from './chat-stream.ts';
import { publicConversation, publicMessage } from './public-view.ts';
import { serveChatWidget } from './widget.ts';

/** `/chat/:queue`, `/chat/:queue/c/:token` and `/chat/:queue/c/:token/(messages|events|leave)`. */
export const CHAT_PATH = /^\/chat\/([\w-]{1,100})(?:\/c\/([^/]{1,100})(?:\/(messages|events|leave))?)?$/;
export const CHAT_WIDGET_PATH = '/chat/widget.js';

/** What the chat routes need from the server's settings. */
export interface ChatRouteOptions {
  /** Chats a client address may start per minute (CROSSDESK_CHAT_RATE_LIMIT). */
  startsPerMinute: number;
  origins: ChatOrigins;
  clientAddress: ClientAddressOf;
  shutdown: AbortSignal;
}

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.CHAT_ENDED]: 409,
};

function answer(ctx: Koa.Context, status: number, body: Record<string, unknown>): void {
  ctx.status = status;
  ctx.body = body;
}

function refuse(ctx: Koa.Context, err: CrossdeskError): void {
  const retry = err.fields.retryAfterSeconds;
  if (typeof retry === 'number') ctx.set('retry-after', String(retry));
  answer(ctx, STATUS[err.code] ?? 400, {
    error: err.code,
    message: err.message,
    ...(err.fields.field ? { field: err.fields.field } : {}),
    ...(typeof retry === 'number' ? { retryAfterSeconds: retry } : {}),
  });
}

/** A JSON object body within `limit` bytes, or null after answering why not. */
async function jsonBody(ctx: Koa.Context, limit: number): Promise<Record<string, unknown> | null> {
  const raw = await readBody(ctx.req, limit);
  if (raw === null) {
    answer(ctx, 413, { error: ErrorCode.PAYLOAD_TOO_LARGE, message: `a chat request is at most ${limit} bytes` });
    return null;
  }
  try {
    const parsed = JSON.parse(raw.toString('utf8') || '{}') as unknown;
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
  } catch {
    // answered below
  }
  answer(ctx, 400, { error: ErrorCode.BAD_USER_INPUT, message: 'send a JSON object' });
  return null;
}

/**
 * The public chat API (no sign-in; docs/web.md "Live chat"). A page load asking for HTML gets the web
 * app's chat page instead (app.ts). Starting a chat is limited per client address like web forms; the
 * conversation's routes need its token, and answer 404 for any other. Errors are `{ error, message }`
 * with the engine's stable codes; nothing unexpected leaks (500 with a generic message).
 */
export function chatHandler(engine: EngineContext, options: ChatRouteOptions) {
  const starts = makeAddressRateLimit(engine, 'chat-start', options.startsPerMinute);
  const streams = makeAddressRateLimit(engine, 'chat-stream', 60);
  const limit = engine.options.chat.maxMessageChars * 4 + 4096;

  async function start(ctx: Koa.Context, queue: string): Promise<void> {
    const wait = await starts.hit(options.clientAddress(ctx.req));
    if (wait > 0) {
      ctx.set('retry-after', String(wait));
      return answer(ctx, 429, {
        error: ErrorCode.RATE_LIMITED,
        message: `too many chats; try again in ${wait} s`,
        retryAfterSeconds: wait,
      });
    }
    const body = await jsonBody(ctx, limit);
    if (!body) return;
    const { conversation, token } = await startChat(engine, { ...body, queue });
    const view = await readChatByToken(engine, token);
    answer(ctx, 201, { ...publicConversation(conversation, view.messages), token });
  }

  async function conversationRoute(ctx: Koa.Context, queue: string, token: string, action?: string) {
    const conversation = await conversationOfToken(engine, token);
    if (conversation.queue !== queue) throw new CrossdeskError(ErrorCode.NOT_FOUND, 'no such chat');
    if (action === 'events' && ctx.method === 'GET') {
      const wait = await streams.hit(options.clientAddress(ctx.req));
      if (wait > 0)
        return answer(ctx, 429, {
          error: ErrorCode.RATE_LIMITED,
          message: 'too many reconnects',
          retryAfterSeconds: wait,
        });
      return openChatStream(engine, ctx, conversation, token, options.shutdown);
    }
    if (!action && ctx.method === 'GET') {
      const after = Number(ctx.query.after ?? 0) || 0;
      const view = await readChatByToken(engine, token, after);
      return answer(ctx, 200, publicConversation(view.conversation, view.messages));
    }
    if (action === 'messages' && ctx.method === 'POST') {
      const body = await jsonBody(ctx, limit);
      if (!body) return;
      return answer(ctx, 201, publicMessage(await customerSays(engine, token, body.body)));
    }
    if (action === 'leave' && ctx.method === 'POST') {
      const ended = await customerLeaves(engine, token);
      return answer(ctx, 200, publicConversation(ended, []));
    }
    ctx.set('allow', action === 'messages' || action === 'leave' ? 'POST' : 'GET');
    answer(ctx, 405, { error: ErrorCode.BAD_USER_INPUT, message: `${ctx.method} is not allowed here` });
  }

  async function route(ctx: Koa.Context, queue: string, token?: string, action?: string): Promise<void> {
    if (token) return conversationRoute(ctx, queue, token, action);
    if (ctx.method === 'POST') return start(ctx, queue);
    if (ctx.method === 'GET' || ctx.method === 'HEAD') {
      await chatQueue(engine, queue);
      return answer(ctx, 200, { queue, maxMessageChars: engine.options.chat.maxMessageChars });
    }
    ctx.set('allow', 'GET, POST');
    answer(ctx, 405, { error: ErrorCode.BAD_USER_INPUT, message: 'POST to start a chat' });
  }

  return async (ctx: Koa.Context, match: RegExpExecArray): Promise<void> => {
    options.origins.apply(ctx);
    ctx.set('cache-control', 'no-store');
    if (ctx.method === 'OPTIONS') {
      ctx.set('access-control-allow-methods', 'GET, POST');
      ctx.set('access-control-allow-headers', 'content-type, last-event-id');
      ctx.status = 204;
      return;
    }
    if (!options.origins.allows(ctx))
      return answer(ctx, 403, {
        error: ErrorCode.FORBIDDEN,
        message: 'this site may not use the chat (CROSSDESK_CHAT_ORIGINS)',
      });
    try {
      await route(ctx, match[1], match[2], match[3]);
    } catch (err) {
      if (err instanceof CrossdeskError) return refuse(ctx, err);
      engine.logger.error('chat request failed', { err: String(err) });
      answer(ctx, 500, { error: 'INTERNAL_SERVER_ERROR', message: 'the chat could not do that; try again' });
    }
  };
}

export { serveChatWidget };
