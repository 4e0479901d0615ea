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

  it('makes `any` an error in web/ (answers are typed from the schema)', async () => {
    const hits = await rulesHit('export const f = (x: any) => x;\n', 'web/src/lib/example.ts');
    assert.ok(
      hits.some((m) => m.startsWith('@typescript-eslint/no-explicit-any')),
      hits.join('\n'),
    );
  });
});
