// HTTP plumbing of the server and its routes: listening, who the client is, bounded bodies, headers,
// per-address limits.
export { makeClientAddress } from './client-address.ts';
export { listen, printableHost } from './listen.ts';
export { makeAddressRateLimit, type RateLimit } from './rate-limit.ts';
export { readBody } from './read-body.ts';
export { APP_CSP, COMMON_HEADERS, setSecurityHeaders } from './security-headers.ts';
export { makeChatOrigins, type ChatOrigins } from './chat-origins.ts';
