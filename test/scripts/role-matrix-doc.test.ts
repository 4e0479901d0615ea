import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { ROLE_MATRIX } from '../../engine/index.ts';
import { API_DOC, renderApiDoc, renderRoleMatrix } from '../../scripts/role-matrix-doc.ts';

describe('docs/api.md: the role matrix', () => {
  it('is the table generated from engine/core/access/role-matrix.ts (run `npm run docs:roles` when this fails)', async () => {
    const current = readFileSync(API_DOC, 'utf8');
    assert.equal(current, await renderApiDoc(current), 'docs/api.md is stale: run npm run docs:roles');
  });

  it('notices a stale table: a doc with a changed cell is rewritten', async () => {
    const current = readFileSync(API_DOC, 'utf8');
    const tampered = current.replace(/(\| grant a role +\| [^|]+\| )admin( +\|)/, '$1admin, agent$2');
    assert.notEqual(tampered, current, 'the tampering hit the table');
    assert.equal(await renderApiDoc(tampered), current);
  });

  it('prints one row per operation with its mutations and every rule', () => {
    const text = renderRoleMatrix();
    for (const row of Object.values(ROLE_MATRIX)) assert.match(text, new RegExp(`\\| ${row.title} \\|`));
    assert.match(text, /MANAGED_BY_CONFIGURATION/);
    assert.match(text, /LAST_ADMIN/);
    assert.match(text, /OWN_ACCOUNT/);
  });
});
