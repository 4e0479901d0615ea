import { randomBytes } from 'node:crypto';

/** Generates an opaque, sortable-enough id with a readable prefix (`pi_`, `tk_`, ...). */
export function newId(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}${randomBytes(8).toString('hex')}`;
}
