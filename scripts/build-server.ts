/**
 * `npm run build:server`: compiles the server to JavaScript in dist/ (tsconfig.build.json; relative `.ts`
 * imports become `.js`) and copies beside it what the server reads from disk at run time: the GraphQL
 * schema, demo and triage models, JSON descriptors, and the built web app (web/dist -> dist/web/dist),
 * so `node dist/server.js` needs only dist/, package.json and production dependencies.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
/** Folders whose non-TypeScript files the server opens by path (relative to its own modules). */
const ASSET_FOLDERS = ['bpmn-shared', 'engine', 'graphql', 'models'];

function assetFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return assetFiles(path);
    return entry.name.endsWith('.ts') ? [] : [path];
  });
}

rmSync(dist, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });

const assets = ASSET_FOLDERS.flatMap((folder) => assetFiles(join(root, folder)));
for (const file of assets) cpSync(file, join(dist, relative(root, file)));

const web = join(root, 'web/dist');
if (existsSync(join(web, 'index.html'))) cpSync(web, join(dist, 'web/dist'), { recursive: true });
else process.stderr.write('build:server: web/dist is not built (npm run build:web); the server will say so at /\n');

process.stdout.write(`build:server: dist/ ready (${assets.length} assets copied); start with: node dist/server.js\n`);
