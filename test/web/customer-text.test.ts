import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { asPlainText } from '../../web/src/lib/plain-text.ts';
import { readErrors } from '../../web/src/lib/read-errors.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe('web: customer text is never markup', function () {
  this.timeout(20_000);

  it('escapes every character that could open a tag, markdown, a link or a template, and keeps letters and spaces', () => {
    assert.equal(asPlainText('Zoë 42 ok'), 'Zoë 42 ok');
    assert.equal(asPlainText('<img src=x>'), '&#60;img src&#61;x&#62;');
    for (const hostile of [
      '**b**',
      '[a](https://x)',
      '{{secret}}',
      '=1+1',
      'https://evil.example',
      '![i](x.png)',
      '`code`',
    ])
      assert.match(asPlainText(hostile), /^[\p{L}\p{N}\s]*(&#\d+;[\p{L}\p{N}\s]*)*$/u, hostile);
    assert.equal(asPlainText(null), '');
    assert.equal(asPlainText(7), '7');
  });

  it('has no {@html} in web/src, and the lint refuses one', async () => {
    const offenders = files(join(root, 'web/src')).filter(
      (f) => /\.(svelte|ts)$/.test(f) && readFileSync(f, 'utf8').includes('{@html'),
    );
    assert.deepEqual(offenders, []);
    const [result] = await new ESLint({ cwd: root }).lintText(
      '<script lang="ts">\n  let { note }: { note: string } = $props();\n</script>\n\n<p>{@html note}</p>\n',
      { filePath: join(root, 'web/src/pages/Probe.svelte') },
    );
    assert.ok(
      result.messages.some((m) => m.ruleId === 'svelte/no-at-html-tags' && m.severity === 2),
      JSON.stringify(result.messages),
    );
  });

  it('tells withheld data (FORBIDDEN) from errors worth showing', () => {
    assert.deepEqual(readErrors([]), { restricted: false, message: '' });
    assert.deepEqual(
      readErrors([
        { message: 'a', extensions: { code: 'FORBIDDEN' } },
        { message: 'a', extensions: { code: 'FORBIDDEN' } },
      ]),
      { restricted: true, message: '' },
    );
    assert.deepEqual(
      readErrors([{ message: 'a', extensions: { code: 'FORBIDDEN' } }, { message: 'boom' }, { message: 'boom' }]),
      { restricted: true, message: 'boom' },
    );
  });
});
