import type { CrossdeskError } from '../../engine/index.ts';

/** What a call came to: 'OK', or the stable code it failed with (the error's text when it has none). */
export function code(call: Promise<unknown>): Promise<string> {
  return call.then(
    () => 'OK',
    (e: CrossdeskError) => e.code ?? String(e),
  );
}

/** Like `code`, followed by the error's `fields.reason` (`ROUTING_CONFLICT:rescinded`). */
export function codeAndReason(call: Promise<unknown>): Promise<string> {
  return call.then(
    () => 'OK',
    (e: CrossdeskError & { fields?: { reason?: string } }) => `${e.code ?? String(e)}:${e.fields?.reason ?? ''}`,
  );
}
