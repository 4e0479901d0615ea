import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import config from '../../codegen.ts';

const root = new URL('../../', import.meta.url);

describe('generated types', () => {
  // Generating also validates every web document against the schema: a query the schema no longer
  // answers fails here, not in a browser.
  it('match graphql/schema/*.graphql and the web documents (run `npm run codegen` after changing either)', async function () {
    this.timeout(60_000);
    const schema = new URL(config.schema as string, root).pathname;
    const outputs = await generate({ ...config, schema, cwd: root.pathname, silent: true }, false);
    for (const { filename, content } of outputs) {
      const committed = readFileSync(new URL(filename.replace(root.pathname, ''), root), 'utf8');
      assert.ok(committed === content, `${filename} is out of date: run npm run codegen`);
    }
  });
});
