import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pickLocale, translate } from '../../web/src/lib/i18n.ts';
import { MESSAGES } from '../../web/src/lib/messages.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const en = MESSAGES.en as Record<string, string>;
const zh = MESSAGES['zh-CN'] as Record<string, string>;

/** Keys whose text is the same in every language: names and symbols, not words. */
const SAME_IN_EVERY_LANGUAGE = new Set(['app.name', 'common.none']);

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** The values of a GraphQL enum, read from the schema files. */
function enumValues(name: string): string[] {
  const schema = filesUnder(join(root, 'graphql/schema'), /\.graphql$/)
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(schema)?.[1];
  assert.ok(body, `enum ${name} is in the schema`);
  return body
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^[A-Z_]+$/.test(l));
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('web: message catalogue', () => {
  it('has every English message in Simplified Chinese with the same placeholders, none left empty', () => {
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      assert.ok(zh[key].trim(), key);
      assert.deepEqual(placeholders(zh[key]), placeholders(en[key]), key);
    }
  });

  it('translates every key into Simplified Chinese: no English text left, names and symbols aside', () => {
    const untranslated = Object.keys(en).filter((key) => !SAME_IN_EVERY_LANGUAGE.has(key) && zh[key] === en[key]);
    assert.deepEqual(untranslated, []);
    // A Chinese text is made of Chinese words; Latin letters only in names and codes it quotes.
    const latinOnly = Object.keys(en).filter(
      (key) => !SAME_IN_EVERY_LANGUAGE.has(key) && !/[\u4e00-\u9fff]/.test(zh[key].replace(/\{\w+\}/g, '')),
    );
    assert.deepEqual(latinOnly, []);
  });

  it('has a text for every status value the API returns, and for every reason a task waits', () => {
    const families: [string, string][] = [
      ['InstanceState', 'instance.state'],
      ['TaskState', 'task.state'],
      ['Presence', 'presence'],
      ['WaitReasonCode', 'why'],
    ];
    for (const [name, prefix] of families)
      for (const value of enumValues(name)) assert.ok(`${prefix}.${value}` in en, `${prefix}.${value}`);
  });

  it('has every key the app asks for', () => {
    const used = new Set<string>();
    for (const file of filesUnder(join(root, 'web/src'), /\.(svelte|ts)$/)) {
      const source = readFileSync(file, 'utf8');
      for (const [, key] of source.matchAll(/(?<![\w.])t\(\s*'([\w.-]+)'/g)) used.add(key);
      // Families looked up by code: t(`task.state.${...}`) needs at least one key under the prefix.
      for (const [, prefix] of source.matchAll(/(?<![\w.])t\(\s*`([\w.-]+\.)\$\{/g))
        assert.ok(
          Object.keys(en).some((k) => k.startsWith(prefix)),
          `${prefix}* in ${file}`,
        );
    }
    assert.ok(used.size > 100, `found ${used.size} keys`);
    assert.deepEqual(
      [...used].filter((k) => !(k in en)),
      [],
    );
  });

  it('labels every history type the engine writes', () => {
    const types = new Set<string>();
    const nouns = 'instance|element|task|reservation|incident|timer|external|consultation|interaction|webhook|callback';
    for (const file of filesUnder(join(root, 'engine'), /\.ts$/))
      for (const [, type] of readFileSync(file, 'utf8').matchAll(new RegExp(`'((?:${nouns})\\.[a-zA-Z]+)'`, 'g')))
        types.add(type);
    // Written as `task.${kind}` for BPMN errors and escalations thrown from a task.
    types.add('task.error').add('task.escalation');
    assert.ok(types.size > 25, `found ${types.size} types`);
    assert.deepEqual(
      [...types].filter((type) => !(`history.${type}` in en)),
      [],
    );
  });

  it('fills placeholders, keeps unknown ones visible, and falls back to the key', () => {
    assert.equal(translate('en', 'inbox.count', { shown: 2, total: 10 }), '2 of 10 tasks');
    assert.equal(translate('zh-CN', 'inbox.count', { shown: 2, total: 10 }), '共 10 个任务，已显示 2 个');
    assert.equal(translate('en', 'app.signedInAs'), 'Signed in as {name}');
    assert.equal(translate('zh-CN', 'no.such.key'), 'no.such.key');
  });

  it('picks Simplified Chinese for any zh browser language and English otherwise', () => {
    assert.equal(pickLocale(['zh-TW', 'en']), 'zh-CN');
    assert.equal(pickLocale(['de-DE', 'en-GB']), 'en');
    assert.equal(pickLocale(['fr']), 'en');
  });
});
