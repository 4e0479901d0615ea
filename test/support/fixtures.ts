import { existsSync, readFileSync } from 'node:fs';

/** Models several test folders use, kept once in test/support/fixtures. */
export type SharedFixture = 'refund.bpmn' | 'routed-task.bpmn' | 'address-change.bpmn';

const SHARED = new URL('./fixtures/', import.meta.url);

/** A model tests in several folders share. */
export function sharedFixture(name: SharedFixture): string {
  return readFileSync(new URL(name, SHARED), 'utf8');
}

/**
 * A fixture beside the test file (`import.meta.url` of the test, `./fixtures/<name>`), or else the shared
 * one of that name.
 */
export function fixture(testUrl: string, name: string): string {
  const own = new URL(`./fixtures/${name}`, testUrl);
  return existsSync(own) ? readFileSync(own, 'utf8') : sharedFixture(name as SharedFixture);
}
