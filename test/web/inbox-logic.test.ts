import { strict as assert } from 'node:assert';
import { dueBadge, shortDuration, slaBadge } from '../../web/src/lib/badges.ts';
import { applyTaskEvent, matchesView, type TaskRow } from '../../web/src/lib/live-tasks.ts';
import { loadSession, saveSession } from '../../web/src/lib/session.ts';
import {
  DEFAULT_VIEW,
  deleteView,
  loadViews,
  saveView,
  toTaskFilter,
  viewFromQuery,
  viewToQuery,
} from '../../web/src/lib/task-views.ts';

/** An in-memory stand-in for localStorage. */
function memoryStore() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    map,
  };
}

const NOW = Date.parse('2026-01-10T12:00:00Z');
const row = (over: Partial<TaskRow> = {}): TaskRow => ({
  id: 't1',
  name: 'Review refund',
  state: 'QUEUED',
  queue: 'billing',
  priority: 50,
  dueAt: null,
  slaDueAt: null,
  slaBreachedAt: null,
  createdAt: '2026-01-10T08:00:00Z',
  assignee: null,
  processDefinition: { key: 'refund' },
  ...over,
});

describe('web: inbox logic', () => {
  it('turns a view into the server filter: open states, scope, trimmed fields, due date to the end of the day', () => {
    assert.deepEqual(
      toTaskFilter({ ...DEFAULT_VIEW, queue: ' billing ', text: 'refund', dueBefore: '2026-01-31', sort: 'DUE' }),
      {
        states: ['QUEUED', 'RESERVED', 'ASSIGNED', 'PAUSED'],
        sort: 'DUE',
        eligible: true,
        queue: 'billing',
        text: 'refund',
        dueBefore: '2026-01-31T23:59:59.999Z',
      },
    );
    assert.deepEqual(toTaskFilter({ ...DEFAULT_VIEW, scope: 'mine', dueBefore: 'garbage' }), {
      states: ['QUEUED', 'RESERVED', 'ASSIGNED', 'PAUSED'],
      sort: 'PRIORITY',
      mine: true,
    });
    assert.equal(toTaskFilter({ ...DEFAULT_VIEW, scope: 'all' }).eligible, undefined);
  });

  it('keeps a view in the deep link without defaults, and ignores unknown scope and sort values', () => {
    const view = { ...DEFAULT_VIEW, scope: 'mine' as const, queue: 'billing' };
    assert.deepEqual(viewToQuery(view), { scope: 'mine', queue: 'billing' });
    assert.deepEqual(viewFromQuery(viewToQuery(view)), view);
    assert.deepEqual(viewFromQuery({ scope: 'everything', sort: 'RANDOM' }), DEFAULT_VIEW);
  });

  it('saves views by name (replacing a same-named one), deletes them, and survives corrupt storage', () => {
    const store = memoryStore();
    saveView(store, { name: 'Billing', view: { ...DEFAULT_VIEW, queue: 'billing' } });
    saveView(store, { name: 'Abc', view: DEFAULT_VIEW });
    const list = saveView(store, { name: 'Billing', view: { ...DEFAULT_VIEW, queue: 'sales' } });
    assert.deepEqual(
      list.map((v) => [v.name, v.view.queue]),
      [
        ['Abc', ''],
        ['Billing', 'sales'],
      ],
    );
    assert.deepEqual(
      deleteView(store, 'Abc').map((v) => v.name),
      ['Billing'],
    );
    store.setItem('crossdesk.inbox.views', '{not json');
    assert.deepEqual(loadViews(store), []);
  });

  it('marks overdue and soon-due tasks, and SLA breached, at risk (under a fifth left) or time left', () => {
    assert.deepEqual(dueBadge('2026-01-10T11:00:00Z', NOW), { key: 'badge.overdue', tone: 'danger' });
    assert.deepEqual(dueBadge('2026-01-10T15:00:00Z', NOW), { key: 'badge.dueSoon', tone: 'warn' });
    assert.equal(dueBadge('2026-01-12T15:00:00Z', NOW), null);
    assert.equal(slaBadge(row(), NOW), null);
    assert.equal(
      slaBadge(row({ slaDueAt: '2026-01-10T13:00:00Z', slaBreachedAt: '2026-01-10T11:00:00Z' }), NOW)?.key,
      'badge.slaBreached',
    );
    assert.equal(slaBadge(row({ slaDueAt: '2026-01-10T12:30:00Z' }), NOW)?.key, 'badge.slaAtRisk');
    assert.deepEqual(slaBadge(row({ slaDueAt: '2026-01-10T15:20:00Z' }), NOW), {
      key: 'badge.slaOk',
      params: { left: '3h 20m' },
      tone: 'ok',
    });
    assert.equal(shortDuration(2 * 86_400_000 + 4 * 3_600_000), '2d 4h');
  });

  it('applies pushed task events: new matching tasks on top, changes in place, closed or foreign tasks out', () => {
    const matches = matchesView({ ...DEFAULT_VIEW, queue: 'billing' }, 'erik');
    let rows = [row()];
    const added = applyTaskEvent(rows, { type: 'task.created', task: row({ id: 't2' }) }, matches);
    assert.deepEqual([added.rows.map((r) => r.id), added.delta], [['t2', 't1'], 1]);
    assert.equal(
      applyTaskEvent(rows, { type: 'task.created', task: row({ id: 't3', queue: 'sales' }) }, matches).delta,
      0,
    );
    rows = applyTaskEvent(
      rows,
      { type: 'task.claimed', task: row({ state: 'ASSIGNED', assignee: { id: 'erik', name: 'Erik' } }) },
      matches,
    ).rows;
    assert.equal(rows[0].state, 'ASSIGNED');
    const taken = applyTaskEvent(
      rows,
      { type: 'task.assigned', task: row({ state: 'ASSIGNED', assignee: { id: 'bob', name: 'Bob' } }) },
      matches,
    );
    assert.deepEqual([taken.rows.length, taken.delta], [0, -1]);
    assert.equal(
      applyTaskEvent(rows, { type: 'task.completed', task: row({ state: 'COMPLETED' }) }, matches).rows.length,
      0,
    );
  });

  it('stores a session and reads malformed storage as signed out', () => {
    const store = memoryStore();
    const session = { token: 'abc', user: { id: 'erik', name: 'Erik', roles: ['expert'], groups: [] } };
    saveSession(store, session);
    assert.deepEqual(loadSession(store), session);
    store.setItem('crossdesk.session', JSON.stringify({ token: 1 }));
    assert.equal(loadSession(store), null);
    saveSession(store, null);
    assert.equal(store.map.size, 0);
  });
});
