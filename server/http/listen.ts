import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The host to print in the URL: a wildcard address is reachable as localhost; IPv6 needs brackets. */
export function printableHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

/** Starts listening; rejects with the socket's error (EADDRINUSE...) instead of emitting it. */
export function listen(server: Server, host: string, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server.address() as AddressInfo));
  });
}
