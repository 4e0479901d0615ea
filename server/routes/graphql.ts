import { Readable } from 'node:stream';
import type { QueryLimitsConfig } from '../../config.ts';
import type { EngineContext } from '../../engine/index.ts';
import { makeYoga, type ClientAddressOf, type OperationObserver } from '../../graphql/index.ts';
import { readBody } from '../http/index.ts';
import type { Handler } from './handler.ts';

/** What the /graphql route needs to know. */
export interface GraphqlRouteOptions {
  /** Aborted when the server shuts down (ends open subscriptions). */
  shutdown: AbortSignal;
  /** Refuse bodies over this many bytes with 413 (CROSSDESK_MAX_REQUEST_BYTES). */
  maxRequestBytes: number;
  queryLimits: QueryLimitsConfig;
  maxJsonDepth: number;
  graphiql: boolean;
  clientAddress: ClientAddressOf;
  /** Told about each executed operation (metrics). */
  observe?: OperationObserver;
}

/** POST and GET /graphql: the body is read here (bounded), then handed to yoga. */
export function graphqlHandler(engine: EngineContext, options: GraphqlRouteOptions): Handler {
  const yoga = makeYoga(
    engine,
    options.shutdown,
    options.clientAddress,
    {
      query: options.queryLimits,
      maxJsonDepth: options.maxJsonDepth,
      graphiql: options.graphiql,
    },
    options.observe,
  );
  const limit = options.maxRequestBytes;
  return async (ctx) => {
    // Buffered here rather than streamed into yoga so that chunked uploads are bounded too.
    const body = ctx.method === 'GET' || ctx.method === 'HEAD' ? undefined : await readBody(ctx.req, limit);
    if (body === null) {
      ctx.set('connection', 'close');
      ctx.throw(413, `request body over ${limit} bytes`);
    }
    const response = await yoga.handleNodeRequestAndResponse(
      { req: ctx.req, method: ctx.method, headers: ctx.req.headers, body },
      ctx.res,
      ctx,
    );
    ctx.status = response.status;
    response.headers.forEach((value, key) => ctx.append(key, value));
    ctx.body = streams(response) ? bodyStream(response.body, engine) : Buffer.from(await response.arrayBuffer());
  };
}

/**
 * Subscriptions (SSE) and incremental delivery answer in parts; every other answer is one JSON document,
 * handed to Koa whole: piping it as a stream cost a pipeline, an AbortController and a DOMException per
 * request (docs/benchmarks.md, "Cost per command: layers").
 */
export function streams(response: Pick<Response, 'headers'>): boolean {
  const type = response.headers.get('content-type') ?? '';
  return type.includes('text/event-stream') || type.includes('multipart/');
}

/**
 * The Node stream of a yoga answer, with an error listener. A client that leaves before an SSE answer has
 * started makes Koa destroy the stream, and graphql-yoga's cancel then throws (5.24: its iterator does not exist
 * yet); the stream emits that as an error, and an error nobody listens to would end the whole process.
 */
function bodyStream(body: Response['body'], engine: EngineContext): unknown {
  const inner = (body as { readable?: unknown } | null)?.readable;
  const stream = inner instanceof Readable ? inner : body;
  if (stream instanceof Readable) {
    stream.on('error', (err: Error) => {
      if (stream.destroyed && !stream.readableEnded) return; // the client left: nothing to report
      engine.logger.error('graphql: answer stream failed', { err: String(err) });
    });
  }
  return stream;
}
