import type { IncomingMessage } from 'node:http';

/**
 * Reads a request body up to `limit` bytes. Over the limit (declared or, for chunked uploads,
 * counted) it resolves null and discards the rest, so the client still receives the 413 answer
 * instead of a reset connection.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (result: Buffer | null | Error) => {
      req.off('data', onData).off('end', onEnd).off('error', onError);
      if (result instanceof Error) return reject(result);
      if (result === null) req.resume();
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) settle(null);
      else chunks.push(chunk);
    };
    const onEnd = () => settle(Buffer.concat(chunks, size));
    const onError = (err: Error) => settle(err);
    if (Number(req.headers['content-length'] ?? 0) > limit) return settle(null);
    req.on('data', onData).on('end', onEnd).on('error', onError);
  });
}
