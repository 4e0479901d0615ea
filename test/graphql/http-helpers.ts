import { strict as assert } from 'node:assert';

/** The `extensions.code` of a response's first error. */
export const codeOf = (r: { errors?: any[] }) => r.errors?.[0]?.extensions?.code;

/** Polls `check` every 5 ms until it holds (`tries` times, about a second by default), then asserts it. */
export async function waitFor(check: () => boolean, what = 'condition', tries = 200): Promise<void> {
  for (let i = 0; i < tries && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  assert.ok(check(), `timed out waiting for ${what}`);
}

/** An open SSE subscription: the `next` payloads received so far, and whether the server ended it. */
export interface Subscription {
  events: any[];
  ended: () => boolean;
  close(): Promise<void>;
}

/** Opens a GraphQL subscription over SSE (`Accept: text/event-stream`) with raw fetch. */
export async function subscribe(
  baseUrl: string,
  query: string,
  headers: Record<string, string>,
): Promise<Subscription> {
  const controller = new AbortController();
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query }),
    signal: controller.signal,
  });
  if (res.status !== 200) assert.fail(`subscription refused (${res.status}): ${await res.text()}`);
  const events: any[] = [];
  let ended = false;
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return void (ended = true);
      buffer += decoder.decode(value, { stream: true });
      for (let at = buffer.indexOf('\n\n'); at >= 0; at = buffer.indexOf('\n\n')) {
        const lines = buffer.slice(0, at).split('\n');
        buffer = buffer.slice(at + 2);
        const event = lines.find((l) => l.startsWith('event: '))?.slice(7);
        const data = lines.find((l) => l.startsWith('data: '))?.slice(6);
        if (event === 'next' && data) events.push(JSON.parse(data));
      }
    }
  })();
  return { events, ended: () => ended, close: async () => (controller.abort(), await pump) };
}
