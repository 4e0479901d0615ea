/**
 * Stops the process with one clear line when this Node.js is outside package.json's `engines.node`.
 * server.ts imports it first (so it runs before the rest of the server loads, from the sources and from
 * dist/), and `npm test` runs it before anything else (`pretest`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';

/** The message for a Node.js version outside `range`, or null when it is inside. */
export function nodeVersionProblem(range: string, version: string): string | null {
  if (semver.satisfies(version, range)) return null;
  return `Crossdesk needs Node.js ${range} (package.json "engines"); this is Node.js ${version}. Install a supported version and try again.`;
}

/** `engines.node` of Crossdesk's package.json, looked up from this file (scripts/ or dist/scripts/). */
function requiredRange(): string | undefined {
  // fileURLToPath rather than import.meta.dirname: this must work on the old versions it rejects.
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8'));
      if (pkg.name === 'crossdesk') return pkg.engines?.node;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

const range = requiredRange();
const problem = range && nodeVersionProblem(range, process.versions.node);
if (problem) {
  process.stderr.write(problem + '\n');
  process.exit(1);
}
