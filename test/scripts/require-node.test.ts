import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeVersionProblem } from '../../scripts/require-node.ts';

const root = new URL('../../', import.meta.url);
const engines: string = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).engines.node;

describe('scripts/require-node.ts (server start and npm test)', () => {
  it('accepts the versions package.json names and refuses the ones around them in one line', () => {
    for (const ok of ['20.19.0', '20.20.2', '22.13.0', '24.0.0'])
      assert.equal(nodeVersionProblem(engines, ok), null, ok);
    for (const old of ['18.20.4', '20.18.3', '22.12.0']) {
      const problem = nodeVersionProblem(engines, old)!;
      assert.equal(
        problem,
        `Crossdesk needs Node.js ${engines} (package.json "engines"); this is Node.js ${old}. Install a supported version and try again.`,
      );
    }
  });

  it('lets this Node.js through without a word', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/require-node.ts'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.deepEqual([run.status, run.stdout, run.stderr], [0, '', '']);
  });

  it('stops a process on an unsupported version with exit code 1 and that one line', () => {
    // A copy of the script under a package.json that no Node.js satisfies.
    const dir = mkdtempSync(join(tmpdir(), 'crossdesk-node-'));
    try {
      mkdirSync(join(dir, 'scripts'));
      copyFileSync(fileURLToPath(new URL('scripts/require-node.ts', root)), join(dir, 'scripts/require-node.ts'));
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'crossdesk', engines: { node: '>=99' } }));
      symlinkSync(fileURLToPath(new URL('node_modules', root)), join(dir, 'node_modules'));
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/require-node.ts'], {
        cwd: dir,
        encoding: 'utf8',
      });
      assert.equal(run.status, 1);
      assert.equal(
        run.stderr,
        `Crossdesk needs Node.js >=99 (package.json "engines"); this is Node.js ${process.versions.node}. Install a supported version and try again.\n`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
