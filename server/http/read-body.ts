import type { IncomingMessage } from 'node:http';

/**
 * Reads a request body up to `limit` bytes; no more than `limit` bytes are ever held. Over the limit
 * (declared, or counted for chunked uploads) it resolves null at once. The rest is then read and
 * dropped, so the client still receives the 413 answer instead of a reset connection, but only up
 * to another `limit` bytes: a client that keeps sending past that has its connection closed.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (result: Buffer | null | Error) => {
      req.off('data', onData).off('end', onEnd).off('error', onError);
      if (result instanceof Error) return reject(result);
      if (result === null) discard(req, limit);
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

/** Drops what is left of a refused body, up to `budget` bytes; past that the connection is closed. */
function discard(req: IncomingMessage, budget: number): void {
  let dropped = 0;
  const onData = (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > budget) {
      req.off('data', onData);
      req.destroy();
    }
  };
  req.on('data', onData);
  // A destroyed request may still report the reset; it is the expected end here.
  req.on('error', () => undefined);
}
