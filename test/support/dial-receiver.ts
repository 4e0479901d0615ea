import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake telephony platform received. */
export interface Received {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A fake telephony platform on loopback: answers dial webhooks with the given statuses in turn (then 200). */
export async function startDialReceiver(statuses: number[] = []) {
  const received: Received[] = [];
  const waiters: (() => void)[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = statuses.shift() ?? 200;
      res.end('{}');
      for (const wake of waiters.splice(0)) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/dial`;
  return {
    url,
    received,
    /** Resolves once `n` requests have arrived (fails the test after 5 s). */
    async waitFor(n: number) {
      const deadline = Date.now() + 5000;
      while (received.length < n) {
        if (Date.now() > deadline) throw new Error(`expected ${n} dial requests, got ${received.length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
