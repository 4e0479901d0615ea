import { strict as assert } from 'node:assert';
import { mapClaims, parseClaimMap } from '../../../../engine/people/sso/index.ts';

describe('single sign-on claim map', () => {
  const rules = parseClaimMap(
    'groups:cc-agents=>role:agent, groups:cc-leads=>role:supervisor, groups:cc-leads=>role:agent, ' +
      'realm_access.roles:billing=>group:billing, teams:*=>group:*, office:paris=>site:paris, ' +
      'supervises:*=>supervisedSite:*',
  );

  it('maps claim values (strings, arrays, dotted paths, *) to roles, groups and site ids', () => {
    const mapped = mapClaims(rules, {
      groups: ['cc-leads', 'marketing'],
      realm_access: { roles: ['billing'] },
      teams: ['north', 'bad id with spaces'],
      office: 'paris',
      supervises: ['paris', 'lyon'],
    });
    assert.deepEqual(mapped, {
      roles: ['agent', 'supervisor'],
      groups: ['billing', 'north'],
      site: 'paris',
      supervisedSites: ['lyon', 'paris'],
    });
  });

  it('gives nothing for absent or odd claims', () => {
    assert.deepEqual(mapClaims(rules, { groups: { nested: true }, office: null }), {
      roles: [],
      groups: [],
      site: null,
      supervisedSites: [],
    });
  });

  it('refuses rules that do not parse, naming the setting', () => {
    for (const bad of ['groups', 'groups:x=>queue:y', 'groups:x=>role:emperor', 'groups:x=>group:has space'])
      assert.throws(() => parseClaimMap(bad), /CROSSDESK_OIDC_CLAIM_MAP/);
    assert.deepEqual(parseClaimMap(' , '), []);
  });
});
