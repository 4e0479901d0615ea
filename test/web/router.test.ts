import { strict as assert } from 'node:assert';
import { homePage, mayOpen, navFor } from '../../web/src/lib/navigation.ts';
import { Page, parseHash, routeHash } from '../../web/src/lib/router.ts';

describe('web: routes and navigation', () => {
  it('round-trips a page, an id with a colon, and query parameters through the hash', () => {
    const hash = routeHash(Page.modeler, 'complaint-handling:3', { view: 'mine', empty: '', none: undefined });
    assert.equal(hash, '#/modeler/complaint-handling%3A3?view=mine');
    assert.deepEqual(parseHash(hash), { page: 'modeler', id: 'complaint-handling:3', query: { view: 'mine' } });
  });

  it('sends unknown and empty hashes home', () => {
    assert.equal(parseHash('#/no-such-page/1').page, Page.home);
    assert.deepEqual(parseHash(''), { page: Page.home, query: {} });
  });

  it('shows each role its own pages and admin all of them', () => {
    assert.deepEqual(
      navFor(['designer']).map((i) => i.page),
      ['instances', 'definitions', 'modeler', 'forms', 'rules', 'intake-forms'],
    );
    assert.deepEqual(
      navFor(['agent']).map((i) => i.page),
      ['inbox', 'agent', 'customers'],
    );
    assert.deepEqual(
      navFor(['admin']).map((i) => i.page),
      [
        ...['inbox', 'agent', 'supervisor', 'instances', 'definitions', 'modeler', 'forms', 'customers', 'rules'],
        ...['intake-forms', 'reports', 'planning', 'people'],
      ],
    );
    assert.ok(navFor(['supervisor']).some((i) => i.page === Page.people));
    assert.equal(mayOpen(['agent'], Page.people), false);
    // Reports: supervisors and admins only (the server refuses the others too).
    assert.ok(navFor(['supervisor']).some((i) => i.page === Page.reports));
    assert.equal(mayOpen(['agent'], Page.reports), false);
    assert.equal(mayOpen(['designer'], Page.reports), false);
  });

  it('lands each role on its own page: designer on processes, agent on the desktop, supervisor on the board', () => {
    assert.equal(homePage(['designer']), Page.definitions);
    assert.equal(homePage(['agent']), Page.agent);
    assert.equal(homePage(['supervisor']), Page.supervisor);
    assert.equal(homePage(['expert']), Page.inbox);
    // Several roles: the board before the desktop before the inbox before the processes.
    assert.equal(homePage(['designer', 'agent']), Page.agent);
    assert.equal(homePage(['agent', 'supervisor']), Page.supervisor);
    assert.equal(homePage(['admin']), Page.supervisor);
    // No page of its own (an integrator works through the API): the welcome page, not a refusal.
    assert.equal(homePage(['integrator']), Page.home);
    for (const roles of [['designer'], ['agent'], ['supervisor'], ['expert']])
      assert.ok(mayOpen(roles, homePage(roles)), roles.join());
  });

  it('refuses pages outside the roles but opens task and instance links to anyone signed in', () => {
    assert.equal(mayOpen(['expert'], Page.modeler), false);
    assert.equal(mayOpen(['expert'], Page.supervisor), false);
    assert.equal(mayOpen(['expert'], Page.task), true);
    assert.equal(mayOpen(['integrator'], Page.instance), true);
    assert.equal(mayOpen(['admin'], Page.modeler), true);
  });
});
