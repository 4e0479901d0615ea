import { strict as assert } from 'node:assert';
import { findIdentityLink, listAudit } from '../../../../models/index.ts';
import {
  makeSiteAssignment,
  mapClaims,
  parseClaimMap,
  type SiteAssignment,
} from '../../../../engine/people/sso/index.ts';
import { upsertSite } from '../../../../engine/index.ts';
import { sitesSupervisedBy, siteOfUsers } from '../../../../models/index.ts';
import { actors } from '../../../support/actors.ts';
import { provisionUser } from '../../../../engine/people/sso/provision-user.ts';
import { makeTestEngine, type TestEngine } from '../../../support/context.ts';

describe('single sign-on: users from claims', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await makeTestEngine();
  });
  afterEach(() => t.close());

  const rules = parseClaimMap(
    'groups:cc=>role:agent, groups:billing=>group:billing, office:*=>site:*, leads:*=>supervisedSite:*',
  );
  const person = (claims: Record<string, unknown>) => ({
    issuer: 'https://idp.example',
    subject: 'sub-1',
    claims,
    mapped: mapClaims(rules, claims),
  });

  it('hands the mapped site ids to the site assignment hook in the same transaction, and audits the creation', async () => {
    const calls: unknown[] = [];
    const sites: SiteAssignment = {
      async assign(trx, userId, assigned) {
        // Inside the sign-in's transaction: the user row is already there.
        calls.push({ userId, ...assigned, userVisible: Boolean(await trx('users').where({ id: userId }).first()) });
      },
    };
    const claims = {
      preferred_username: 'rita',
      name: 'Rita',
      groups: ['cc', 'billing'],
      office: 'lyon',
      leads: ['lyon', 'paris'],
    };
    const user = await provisionUser(t.ctx, person(claims), sites);
    assert.deepEqual([user.id, user.roles, user.groups], ['rita', ['agent'], ['billing']]);
    assert.deepEqual(calls, [{ userId: 'rita', site: 'lyon', supervisedSites: ['lyon', 'paris'], userVisible: true }]);
    assert.equal((await findIdentityLink(t.ctx.db, 'https://idp.example', 'sub-1'))?.userId, 'rita');
    const audit = await listAudit(t.ctx.db, { subjectId: 'rita' }, { offset: 0, limit: 10 });
    assert.deepEqual(
      audit.rows.map((e) => [e.type, e.actorId]),
      [['user.created', 'rita']],
    );
  });

  it('stores the mapped site and supervised sites of known sites, replacing them at the next sign-in', async () => {
    await upsertSite(t.ctx, actors.admin, { id: 'lyon', name: 'Lyon', timeZone: 'Europe/Paris' });
    await upsertSite(t.ctx, actors.admin, { id: 'paris', name: 'Paris', timeZone: 'Europe/Paris' });
    const sites = makeSiteAssignment(true);
    const claims = { preferred_username: 'rita', groups: ['cc'], office: 'lyon', leads: ['lyon', 'atlantis'] };
    await provisionUser(t.ctx, person(claims), sites);
    assert.equal((await siteOfUsers(t.ctx.db, ['rita'])).get('rita'), 'lyon');
    // An unknown site id (atlantis) is left out instead of refusing the sign-in.
    assert.deepEqual((await sitesSupervisedBy(t.ctx.db, ['rita'])).get('rita'), ['lyon']);
    await provisionUser(t.ctx, person({ ...claims, office: 'paris', leads: [] }), sites);
    assert.equal((await siteOfUsers(t.ctx.db, ['rita'])).get('rita'), 'paris');
    assert.deepEqual((await sitesSupervisedBy(t.ctx.db, ['rita'])).get('rita'), []);
  });

  it('keeps the user of a link when the provider renames the person', async () => {
    const none: SiteAssignment = { assign: async () => undefined };
    await provisionUser(t.ctx, person({ preferred_username: 'rita', groups: ['cc'] }), none);
    const renamed = await provisionUser(
      t.ctx,
      person({ preferred_username: 'rita.b', name: 'Rita B', groups: ['cc'] }),
      none,
    );
    assert.deepEqual([renamed.id, renamed.name], ['rita', 'Rita B']);
  });
});
