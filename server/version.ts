import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Crossdesk's version from package.json, looked up from this module (server/ or dist/server/). */
export function readVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) return String(JSON.parse(readFileSync(file, 'utf8')).version ?? 'unknown');
    const up = dirname(dir);
    if (up === dir) return 'unknown';
    dir = up;
  }
}
