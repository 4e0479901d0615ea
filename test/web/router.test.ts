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

  it('shows each role its own pages, admin all of them, and lands each on its first page', () => {
    assert.deepEqual(
      navFor(['designer']).map((i) => i.page),
      ['instances', 'definitions', 'modeler', 'forms'],
    );
    assert.deepEqual(
      navFor(['agent']).map((i) => i.page),
      ['inbox', 'agent'],
    );
    assert.equal(navFor(['admin']).length, 7);
    assert.equal(homePage(['supervisor']), 'inbox');
    assert.equal(homePage(['designer']), 'instances');
  });

  it('refuses pages outside the roles but opens task and instance links to anyone signed in', () => {
    assert.equal(mayOpen(['expert'], Page.modeler), false);
    assert.equal(mayOpen(['expert'], Page.supervisor), false);
    assert.equal(mayOpen(['expert'], Page.task), true);
    assert.equal(mayOpen(['integrator'], Page.instance), true);
    assert.equal(mayOpen(['admin'], Page.modeler), true);
  });
});
