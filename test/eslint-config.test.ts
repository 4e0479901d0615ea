import { strict as assert } from 'node:assert';
import { ESLint } from 'eslint';

const root = new URL('../', import.meta.url).pathname;

/** The rule ids ESLint reports for `code` as if it were the file at `path` (relative to the repo). */
async function rulesHit(code: string, path: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('ESLint house rules', function () {
  this.timeout(60_000);

  it('refuses raw SQL above models/ and allows it in models/', async () => {
    const code = 'export const bump = (db: { raw(sql: string): unknown }) => db.raw("version + 1");\n';
    const engine = await rulesHit(code, 'engine/desk/routing/example.ts');
    assert.ok(
      engine.some((m) => m.includes('SQL lives in models/')),
      engine.join('\n'),
    );
    assert.deepEqual(await rulesHit(code, 'models/example.ts'), []);
  });

  it('lets engine/ and web/ import bpmn-shared/, and bpmn-shared/ neither of them', async () => {
    const use = "import { crossdeskModdle } from '../../bpmn-shared/index.ts';\nexport default crossdeskModdle;\n";
    assert.deepEqual(await rulesHit(use, 'engine/process/definitions/example.ts'), []);
    assert.deepEqual(await rulesHit(use, 'web/src/lib/example.ts'), []);
    const up = "import { makeModdle } from '../engine/index.ts';\nexport default makeModdle;\n";
    const shared = await rulesHit(up, 'bpmn-shared/example.ts');
    assert.ok(
      shared.some((m) => m.startsWith('no-restricted-imports')),
      shared.join('\n'),
    );
  });

  it('refuses an import from a higher tier of engine/, and intake importing desk', async () => {
    const up = "import { claimTask } from '../../desk/routing/index.ts';\nexport default claimTask;\n";
    const fromCore = await rulesHit(up, 'engine/core/clock/example.ts');
    assert.ok(
      fromCore.some((m) => m.startsWith('boundaries/dependencies') && m.includes('engine/core/ imports only core')),
      fromCore.join('\n'),
    );
    assert.ok((await rulesHit(up, 'engine/process/tasks/example.ts')).length > 0);
    assert.ok((await rulesHit(up, 'engine/intake/customers/example.ts')).length > 0);
    const top = "import { makeEngineContext } from '../../make-context.ts';\nexport default makeEngineContext;\n";
    assert.ok((await rulesHit(top, 'engine/people/users/example.ts')).length > 0);
    // Downward imports are what the tiers are for.
    assert.deepEqual(await rulesHit(up, 'engine/people/users/example.ts'), []);
    const intake =
      "import { resolveCustomer } from '../../intake/customers/index.ts';\nexport default resolveCustomer;\n";
    assert.deepEqual(await rulesHit(intake, 'engine/desk/callbacks/example.ts'), []);
  });

  it("refuses an import of another engine/ folder's file other than its index.ts", async () => {
    const inside = "import { offerTask } from '../routing/offers.ts';\nexport default offerTask;\n";
    const hits = await rulesHit(inside, 'engine/desk/agents/example.ts');
    assert.ok(
      hits.some((m) => m.startsWith('boundaries/dependencies') && m.includes('through its index.ts')),
      hits.join('\n'),
    );
    const fromTop = "import { offerTask } from './desk/routing/offers.ts';\nexport default offerTask;\n";
    assert.ok((await rulesHit(fromTop, 'engine/example.ts')).length > 0);
    const viaIndex = "import { offerTask } from '../routing/index.ts';\nexport default offerTask;\n";
    assert.deepEqual(await rulesHit(viaIndex, 'engine/desk/agents/example.ts'), []);
    const sameFolder = "import { changePresence } from './presence.ts';\nexport default changePresence;\n";
    assert.deepEqual(await rulesHit(sameFolder, 'engine/desk/agents/example.ts'), []);
  });

  it('makes `any` an error in web/ (answers are typed from the schema)', async () => {
    const hits = await rulesHit('export const f = (x: any) => x;\n', 'web/src/lib/example.ts');
    assert.ok(
      hits.some((m) => m.startsWith('@typescript-eslint/no-explicit-any')),
      hits.join('\n'),
    );
  });
});
