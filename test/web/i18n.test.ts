import { strict as assert } from 'node:assert';
import { pickLocale, translate } from '../../web/src/lib/i18n.ts';
import { MESSAGES } from '../../web/src/lib/messages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('web: message catalogue', () => {
  it('has every English message in Simplified Chinese with the same placeholders, none left empty', () => {
    const en = MESSAGES.en as Record<string, string>;
    const zh = MESSAGES['zh-CN'] as Record<string, string>;
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      assert.ok(zh[key].trim(), key);
      assert.deepEqual(placeholders(zh[key]), placeholders(en[key]), key);
    }
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
