import { strict as assert } from 'node:assert';
import {
  authenticate,
  CONFIG_ADMIN_ID,
  ensureAdminToken,
  makeEngineContext,
  makeLogger,
  type EngineContext,
} from '../../../../engine/index.ts';
import { findUser } from '../../../../models/index.ts';
import { makeTestEngine, type TestEngine } from '../../../support/context.ts';

describe('ensureAdminToken: the admin of CROSSDESK_ADMIN_TOKEN', () => {
  let t: TestEngine;
  let ctx: EngineContext;
  let logged: { level: string; msg: string }[];
  beforeEach(async () => {
    t = await makeTestEngine();
    logged = [];
    ctx = makeEngineContext({
      db: t.ctx.db,
      clock: t.clock,
      logger: makeLogger('warn', (line) => logged.push(JSON.parse(line))),
    });
  });
  afterEach(() => t.close());

  it('says what became of the token: created, kept, or revoked for good (logged as an error)', async () => {
    assert.equal(await ensureAdminToken(ctx, 's3cret'), 'created');
    assert.equal(await ensureAdminToken(ctx, 's3cret'), 'kept');
    assert.equal((await authenticate(ctx, 's3cret')).userId, CONFIG_ADMIN_ID);
    await t.ctx.db('api_tokens').update({ revoked_at: t.clock.now() });
    assert.equal(await ensureAdminToken(ctx, 's3cret'), 'revoked');
    await assert.rejects(authenticate(ctx, 's3cret'), { code: 'UNAUTHENTICATED' });
    assert.match(logged.find((l) => l.level === 'error')?.msg ?? '', /revoked.*set a new secret/);
    assert.equal(
      (await findUser(ctx.db, CONFIG_ADMIN_ID))?.active,
      true,
      'the user is still made, only the token is dead',
    );
  });

  it('revokes the tokens of earlier secrets, and all of them when the setting is unset', async () => {
    await ensureAdminToken(ctx, 'one');
    await ensureAdminToken(ctx, 'two');
    await assert.rejects(authenticate(ctx, 'one'), { code: 'UNAUTHENTICATED' });
    assert.equal((await authenticate(ctx, 'two')).userId, 'admin');
    assert.equal(await ensureAdminToken(ctx, undefined), null);
    await assert.rejects(authenticate(ctx, 'two'), { code: 'UNAUTHENTICATED' });
    assert.match(logged.find((l) => l.level === 'warn')?.msg ?? '', /CROSSDESK_ADMIN_TOKEN is unset/);
  });

  it('lets nodes that start together with the same secret share one token', async () => {
    const other = makeEngineContext({ db: await t.testDb.reopen(), clock: t.clock, logger: makeLogger('silent') });
    const states = await Promise.all([ensureAdminToken(ctx, 'shared'), ensureAdminToken(other, 'shared')]);
    assert.deepEqual(states.sort(), ['created', 'kept']);
    assert.equal((await authenticate(ctx, 'shared')).userId, 'admin');
  });
});
