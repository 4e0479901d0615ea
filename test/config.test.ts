import { strict as assert } from 'node:assert';
import { loadConfig } from '../config.ts';

describe('configuration: sessions and sign-in throttling', () => {
  it('defaults to 12-hour tokens, a 60-minute idle timeout, back-off after 5 failures up to 15 minutes, no trusted proxy', () => {
    const config = loadConfig({});
    assert.deepEqual(config.sessions, {
      tokenTtlMs: 12 * 3600_000,
      idleTimeoutMs: 60 * 60_000,
      freeFailures: 5,
      backoffMaxSeconds: 900,
      userFailuresPerHour: 50,
      addressFailuresPerHour: 100,
      localPasswords: true,
      ssoProviderName: null,
    });
    assert.deepEqual(config.trustedProxies, []);
  });

  it('reads each setting and refuses bad values naming the variable', () => {
    const config = loadConfig({
      CROSSDESK_SESSION_HOURS: '8',
      CROSSDESK_SESSION_IDLE_MINUTES: '15',
      CROSSDESK_SIGNIN_FREE_FAILURES: '3',
      CROSSDESK_SIGNIN_MAX_BACKOFF_SECONDS: '60',
      CROSSDESK_SIGNIN_USER_FAILURES_PER_HOUR: '20',
      CROSSDESK_SIGNIN_ADDRESS_FAILURES_PER_HOUR: '500',
      CROSSDESK_TRUSTED_PROXIES: '10.0.0.0/8',
    });
    assert.deepEqual(
      [config.sessions.tokenTtlMs, config.sessions.idleTimeoutMs, config.sessions.freeFailures],
      [8 * 3600_000, 15 * 60_000, 3],
    );
    assert.deepEqual(config.trustedProxies, ['10.0.0.0/8']);
    for (const name of [
      'CROSSDESK_SESSION_HOURS',
      'CROSSDESK_SESSION_IDLE_MINUTES',
      'CROSSDESK_SIGNIN_FREE_FAILURES',
      'CROSSDESK_SIGNIN_MAX_BACKOFF_SECONDS',
      'CROSSDESK_SIGNIN_USER_FAILURES_PER_HOUR',
      'CROSSDESK_SIGNIN_ADDRESS_FAILURES_PER_HOUR',
    ])
      for (const bad of ['0', '-1', 'soon', '1.5'])
        assert.throws(
          () => loadConfig({ [name]: bad }),
          new RegExp(`${name} must be a positive whole number`),
          `${name}=${bad}`,
        );
    assert.throws(() => loadConfig({ CROSSDESK_TRUSTED_PROXIES: 'lb.internal' }), /CROSSDESK_TRUSTED_PROXIES/);
  });
});

describe('configuration: simulator bounds', () => {
  it('leaves unset bounds to the engine defaults and reads given ones', () => {
    assert.deepEqual(
      Object.values(loadConfig({}).simulation).filter((v) => v !== undefined),
      [],
    );
    const config = loadConfig({ CROSSDESK_SIMULATION_MAX_AGENTS: '500', CROSSDESK_SIMULATION_MAX_RUNS: '3' });
    assert.deepEqual([config.simulation.maxAgents, config.simulation.maxRuns], [500, 3]);
    assert.throws(() => loadConfig({ CROSSDESK_SIMULATION_MAX_CONTACTS: '-5' }), /CROSSDESK_SIMULATION_MAX_CONTACTS/);
  });
});

describe('configuration: node id', () => {
  it('defaults to a fresh id per process, keeps a given one and refuses odd characters', () => {
    const a = loadConfig({}).nodeId;
    assert.match(a, /^.+-\d+-[0-9a-f]{4}$/);
    assert.equal(loadConfig({ CROSSDESK_NODE_ID: 'node-a.1' }).nodeId, 'node-a.1');
    assert.throws(() => loadConfig({ CROSSDESK_NODE_ID: 'a b' }), /CROSSDESK_NODE_ID/);
    assert.throws(() => loadConfig({ CROSSDESK_NODE_ID: 'x'.repeat(65) }), /CROSSDESK_NODE_ID/);
  });
});

describe('configuration: live chat', () => {
  it('has safe defaults: 5 starts a minute per address, 2000-character messages, 30 a minute, 500 per chat, 120 s idle, no other site', () => {
    assert.deepEqual(loadConfig({}).chat, {
      startsPerMinute: 5,
      origins: [],
      maxMessageChars: 2000,
      messagesPerMinute: 30,
      maxMessages: 500,
      idleTimeoutSeconds: 120,
    });
  });

  it('reads each setting and refuses bad values naming the variable', () => {
    const config = loadConfig({
      CROSSDESK_CHAT_RATE_LIMIT: '2',
      CROSSDESK_CHAT_ORIGINS: 'https://shop.example.com, http://localhost:8080',
      CROSSDESK_CHAT_MAX_MESSAGE_CHARS: '500',
      CROSSDESK_CHAT_MESSAGES_PER_MINUTE: '10',
      CROSSDESK_CHAT_MAX_MESSAGES: '100',
      CROSSDESK_CHAT_IDLE_SECONDS: '30',
    });
    assert.deepEqual(config.chat, {
      startsPerMinute: 2,
      origins: ['https://shop.example.com', 'http://localhost:8080'],
      maxMessageChars: 500,
      messagesPerMinute: 10,
      maxMessages: 100,
      idleTimeoutSeconds: 30,
    });
    for (const [name, bad] of [
      ['CROSSDESK_CHAT_ORIGINS', 'shop.example.com'],
      ['CROSSDESK_CHAT_ORIGINS', 'https://shop.example.com/chat'],
      ['CROSSDESK_CHAT_ORIGINS', 'ftp://shop.example.com'],
      ['CROSSDESK_CHAT_IDLE_SECONDS', '5'],
      ['CROSSDESK_CHAT_MAX_MESSAGE_CHARS', '0'],
      ['CROSSDESK_CHAT_RATE_LIMIT', 'many'],
    ])
      assert.throws(() => loadConfig({ [name]: bad }), new RegExp(name), `${name}=${bad}`);
  });
});

describe('configuration: single sign-on (CROSSDESK_OIDC_*, CROSSDESK_LOCAL_PASSWORDS)', () => {
  const sso = {
    CROSSDESK_OIDC_ISSUER: 'https://login.contoso.example/tenant/',
    CROSSDESK_OIDC_CLIENT_ID: 'crossdesk',
    CROSSDESK_OIDC_REDIRECT_BASE: 'https://desk.contoso.example',
    CROSSDESK_OIDC_CLAIM_MAP: 'groups:cc-agents=>role:agent, groups:*=>group:*',
  };

  it('is off without an issuer, and reads the settings with their defaults when given', () => {
    assert.equal(loadConfig({}).oidc, undefined);
    const config = loadConfig({ ...sso, CROSSDESK_OIDC_CLIENT_SECRET: 's3cret', CROSSDESK_HTTP_ALLOW: 'keys.corp' });
    assert.equal(config.oidc?.issuer, 'https://login.contoso.example/tenant');
    assert.equal(config.oidc?.clientSecret, 's3cret');
    assert.equal(config.oidc?.providerName, 'your identity provider');
    assert.equal(config.oidc?.scopes, 'openid profile email');
    assert.deepEqual(
      [config.oidc?.loginTtlMs, config.oidc?.codeTtlMs, config.oidc?.timeoutMs],
      [600_000, 60_000, 10_000],
    );
    assert.deepEqual(config.oidc?.httpAllow, ['keys.corp']);
    assert.equal(config.oidc?.claimRules.length, 2);
    assert.equal(config.sessions.ssoProviderName, 'your identity provider');
  });

  it('refuses incomplete or unsafe settings naming the variable', () => {
    const refused: [Record<string, string>, RegExp][] = [
      [{ ...sso, CROSSDESK_OIDC_CLIENT_ID: '' }, /CROSSDESK_OIDC_CLIENT_ID/],
      [{ ...sso, CROSSDESK_OIDC_ISSUER: 'http://login.contoso.example' }, /CROSSDESK_OIDC_ISSUER must be an https/],
      [{ ...sso, CROSSDESK_OIDC_CLAIM_MAP: 'groups:x=>group:x' }, /must give roles/],
      [{ ...sso, CROSSDESK_OIDC_CLAIM_MAP: 'groups:x=>role:king' }, /not a role/],
      [{ ...sso, CROSSDESK_OIDC_CLAIM_MAP: 'groups=>role:agent' }, /CROSSDESK_OIDC_CLAIM_MAP/],
      [{ CROSSDESK_LOCAL_PASSWORDS: 'false' }, /needs single sign-on/],
    ];
    for (const [env, message] of refused) assert.throws(() => loadConfig(env), message);
    // Plain http only for a provider on this machine (tests, a local provider).
    assert.equal(
      loadConfig({ ...sso, CROSSDESK_OIDC_ISSUER: 'http://127.0.0.1:4000' }).oidc?.issuer,
      'http://127.0.0.1:4000',
    );
    assert.equal(loadConfig({ ...sso, CROSSDESK_LOCAL_PASSWORDS: 'false' }).sessions.localPasswords, false);
  });
});

describe('configuration: node heartbeats and metrics', () => {
  it('defaults to a 5 s heartbeat, stale after 30 s, pruned after 24 h, /metrics open', () => {
    const config = loadConfig({});
    assert.deepEqual(config.nodes, { heartbeatMs: 5_000, staleAfterMs: 30_000, pruneAfterMs: 24 * 3600_000 });
    assert.equal(config.metricsToken, undefined);
  });

  it('reads each setting and refuses a stale limit not above the heartbeat, naming the variables', () => {
    const config = loadConfig({
      CROSSDESK_NODE_HEARTBEAT_SECONDS: '2',
      CROSSDESK_NODE_STALE_SECONDS: '10',
      CROSSDESK_NODE_PRUNE_HOURS: '1',
      CROSSDESK_METRICS_TOKEN: 'scrape',
    });
    assert.deepEqual(config.nodes, { heartbeatMs: 2_000, staleAfterMs: 10_000, pruneAfterMs: 3600_000 });
    assert.equal(config.metricsToken, 'scrape');
    assert.throws(
      () => loadConfig({ CROSSDESK_NODE_HEARTBEAT_SECONDS: '10', CROSSDESK_NODE_STALE_SECONDS: '10' }),
      /CROSSDESK_NODE_STALE_SECONDS \(10\) must be more than CROSSDESK_NODE_HEARTBEAT_SECONDS \(10\)/,
    );
    assert.throws(() => loadConfig({ CROSSDESK_NODE_HEARTBEAT_SECONDS: '0' }), /CROSSDESK_NODE_HEARTBEAT_SECONDS/);
    assert.throws(() => loadConfig({ CROSSDESK_NODE_PRUNE_HOURS: 'soon' }), /CROSSDESK_NODE_PRUNE_HOURS/);
  });
});

describe('configuration: router lease', () => {
  it('defaults to a 5 s lease renewed every second, and refuses renewals rarer than twice a lease', () => {
    assert.deepEqual(loadConfig({}).lease, { leaseMs: 5000, renewMs: 1000 });
    assert.deepEqual(loadConfig({ CROSSDESK_LEASE_MS: '3000', CROSSDESK_LEASE_RENEW_MS: '500' }).lease, {
      leaseMs: 3000,
      renewMs: 500,
    });
    assert.throws(() => loadConfig({ CROSSDESK_LEASE_MS: '1500' }), /CROSSDESK_LEASE_RENEW_MS \(1000\)/);
    assert.throws(() => loadConfig({ CROSSDESK_LEASE_MS: '100' }), /CROSSDESK_LEASE_MS must be 500-600000/);
    assert.throws(() => loadConfig({ CROSSDESK_LEASE_RENEW_MS: 'often' }), /CROSSDESK_LEASE_RENEW_MS/);
  });
});

describe('configuration: warm standby', () => {
  it('keeps a warm standby index by default; false turns it off, anything else is refused', () => {
    assert.equal(loadConfig({}).warmStandby, true);
    assert.equal(loadConfig({ CROSSDESK_WARM_STANDBY: 'false' }).warmStandby, false);
    assert.throws(() => loadConfig({ CROSSDESK_WARM_STANDBY: 'maybe' }), /CROSSDESK_WARM_STANDBY/);
  });
});

describe('configuration: retention', () => {
  it('keeps facts 400 days and rollups 1100, 500 rows a batch; 0 keeps facts (and by default rollups) for ever', () => {
    assert.deepEqual(loadConfig({}).retention, { days: 400, rollupDays: 1100, batchSize: 500 });
    assert.deepEqual(loadConfig({ CROSSDESK_RETENTION_DAYS: '0' }).retention, {
      days: 0,
      rollupDays: 0,
      batchSize: 500,
    });
    assert.equal(loadConfig({ CROSSDESK_RETENTION_DAYS: '2000' }).retention.rollupDays, 2000);
  });

  it('refuses rollups kept shorter than facts, and bad numbers, naming the variable', () => {
    const env = { CROSSDESK_RETENTION_DAYS: '400', CROSSDESK_ROLLUP_RETENTION_DAYS: '100' };
    assert.throws(() => loadConfig(env), /CROSSDESK_ROLLUP_RETENTION_DAYS/);
    assert.throws(() => loadConfig({ ...env, CROSSDESK_RETENTION_DAYS: '0' }), /CROSSDESK_ROLLUP_RETENTION_DAYS/);
    assert.throws(() => loadConfig({ CROSSDESK_RETENTION_DAYS: '-1' }), /CROSSDESK_RETENTION_DAYS/);
    assert.throws(() => loadConfig({ CROSSDESK_RETENTION_BATCH: '0' }), /CROSSDESK_RETENTION_BATCH/);
  });
});
