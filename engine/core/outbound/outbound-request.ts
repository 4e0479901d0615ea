import type { LookupFunction } from 'node:net';
import { fetch, type Response } from 'undici';
import { makeAddressPolicy, parseAllowList } from './address-policy.ts';
import { ForbiddenAddressError, makeGuardedAgent } from './guarded-connector.ts';

/** Redirects followed at most; each hop is checked like the first request. */
export const MAX_REDIRECTS = 5;

/** How outbound requests from models are bounded. */
export interface OutboundOptions {
  /** `CROSSDESK_HTTP_ALLOW` entries: host names, `*.domain`, addresses and CIDR ranges. */
  allow?: readonly string[];
  /** Largest response body read (`CROSSDESK_HTTP_MAX_BYTES`); default 1 MB. */
  maxBytes?: number;
  /** The whole exchange, redirects and body included. */
  timeoutMs?: number;
  /** DNS lookup (tests resolve names to the addresses they need). */
  lookup?: LookupFunction;
}

/** One request as a model describes it. */
export interface OutboundRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

/** The final answer after redirects, its body read in full (within the cap). */
export interface OutboundResponse {
  status: number;
  url: string;
  text: string;
}

/** A request no retry can make acceptable: a refused address, a bad redirect, a body over the cap. */
export class OutboundRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutboundRefused';
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const CREDENTIALS = ['authorization', 'cookie', 'proxy-authorization'];

function checkedUrl(text: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    throw new OutboundRefused(`not a URL: ${text.slice(0, 200)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new OutboundRefused(`url must be http(s): ${url.href.slice(0, 200)}`);
  if (url.username || url.password) throw new OutboundRefused('url must not carry credentials');
  return url;
}

/** The ForbiddenAddressError somewhere in fetch's cause chain, if any. */
function forbiddenCause(err: unknown): ForbiddenAddressError | null {
  for (let e = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++)
    if (e instanceof ForbiddenAddressError) return e;
  return null;
}

/** Reads a body up to `maxBytes`: stops at the first byte beyond it, so an endless body costs nothing. */
async function readCapped(res: Response, maxBytes: number, url: URL): Promise<string> {
  const tooLarge = () =>
    new OutboundRefused(
      `response body over ${maxBytes} bytes (CROSSDESK_HTTP_MAX_BYTES) from ${url.href.slice(0, 200)}`,
    );
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!res.body) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Makes the sender of outbound requests whose URL comes from a model or its variables. Every
 * connection, the first and each redirect hop, goes through the address policy at connect time;
 * redirects are followed by hand (at most 5; 303, and 301/302 after a POST, turn into a GET; credentials
 * are dropped when the origin changes); the body is read only up to the cap.
 */
export function makeOutboundRequester(options: OutboundOptions = {}) {
  const policy = makeAddressPolicy(parseAllowList(options.allow ?? []));
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const timeoutMs = options.timeoutMs ?? 10_000;

  return async function send(request: OutboundRequest): Promise<OutboundResponse> {
    const agent = makeGuardedAgent(policy, { lookup: options.lookup, connectTimeoutMs: timeoutMs });
    const signal = AbortSignal.timeout(timeoutMs);
    let url = checkedUrl(request.url);
    let { method, body } = request;
    const headers = { ...request.headers };
    try {
      for (let hop = 0; ; hop++) {
        const res = await fetch(url, { method, headers, body, redirect: 'manual', dispatcher: agent, signal });
        const location = res.headers.get('location');
        if (!REDIRECTS.has(res.status) || !location)
          return { status: res.status, url: url.href, text: await readCapped(res, maxBytes, url) };
        await res.body?.cancel().catch(() => undefined);
        if (hop === MAX_REDIRECTS)
          throw new OutboundRefused(`more than ${MAX_REDIRECTS} redirects from ${request.url.slice(0, 200)}`);
        const next = checkedUrl(location, url);
        if (res.status === 303 || (method === 'POST' && (res.status === 301 || res.status === 302))) {
          method = 'GET';
          body = undefined;
          delete headers['content-type'];
        }
        if (next.origin !== url.origin) for (const name of CREDENTIALS) delete headers[name];
        url = next;
      }
    } catch (err) {
      const forbidden = forbiddenCause(err);
      if (forbidden) throw new OutboundRefused(forbidden.message);
      throw err;
    } finally {
      await agent.destroy().catch(() => undefined);
    }
  };
}
