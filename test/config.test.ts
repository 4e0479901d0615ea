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
