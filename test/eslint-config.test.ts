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

  it('keeps the layers one way: server/ -> graphql/ -> engine/ -> models/', async () => {
    const refused = async (code: string, path: string) => {
      const hits = await rulesHit(code, path);
      assert.ok(
        hits.some((m) => m.startsWith('no-restricted-imports')),
        `${path} may not run:\n${code}${hits.join('\n')}`,
      );
    };
    const use = (from: string) => `import * as layer from '${from}';\nexport default layer;\n`;
    await refused(use('../server/index.ts'), 'graphql/example.ts');
    await refused(use('../../server/http/index.ts'), 'graphql/resolvers/example.ts');
    await refused(use('../../server/index.ts'), 'engine/core/example.ts');
    await refused(use('../../graphql/index.ts'), 'engine/desk/example.ts');
    await refused(use('../server/index.ts'), 'models/example.ts');
    await refused(use('../graphql/index.ts'), 'models/example.ts');
    // server/ sees graphql/ and engine/ through their index.ts only.
    assert.deepEqual(await rulesHit(use('../graphql/index.ts'), 'server/example.ts'), []);
    assert.deepEqual(await rulesHit(use('../../engine/index.ts'), 'server/routes/example.ts'), []);
    await refused(use('../graphql/yoga.ts'), 'server/example.ts');
    await refused(use('../../engine/desk/cti/index.ts'), 'server/routes/example.ts');
  });

  it('holds server/ to the rules of graphql/: no raw SQL, no RegExp built from text', async () => {
    const sql = 'export const bump = (db: { raw(sql: string): unknown }) => db.raw("version + 1");\n';
    const pattern = 'export const match = (text: string) => new RegExp(text);\n';
    for (const path of ['server/routes/example.ts', 'graphql/example.ts']) {
      const sqlHits = await rulesHit(sql, path);
      assert.ok(
        sqlHits.some((m) => m.includes('SQL lives in models/')),
        `${path}: ${sqlHits.join('\n')}`,
      );
      const patternHits = await rulesHit(pattern, path);
      assert.ok(
        patternHits.some((m) => m.includes('engine/core/patterns')),
        `${path}: ${patternHits.join('\n')}`,
      );
    }
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
