import { strict as assert } from 'node:assert';
import type { LookupFunction } from 'node:net';
import { loadConfig } from '../../../../config.ts';
import { guardedLookup, makeAddressPolicy, parseAllowList } from '../../../../engine/core/outbound/index.ts';

const policy = (...allow: string[]) => makeAddressPolicy(parseAllowList(allow));

describe('outbound address policy', () => {
  it('lets only global unicast addresses through by default, naming the range of every refused one', () => {
    const open = policy();
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '[2001:4860:4860::8888]'])
      assert.equal(open.check(address), null, address);
    const refused: [string, string][] = [
      ['127.0.0.1', 'loopback'],
      ['127.255.0.9', 'loopback'],
      ['::1', 'loopback'],
      ['10.0.0.1', 'private'],
      ['172.16.5.4', 'private'],
      ['192.168.1.1', 'private'],
      ['169.254.169.254', 'linkLocal'],
      ['fe80::1', 'linkLocal'],
      ['fc00::1', 'uniqueLocal'],
      ['fd00:ec2::254', 'uniqueLocal'],
      ['::ffff:127.0.0.1', 'ipv4Mapped'],
      ['::ffff:8.8.8.8', 'ipv4Mapped'],
      ['0.0.0.0', 'unspecified'],
      ['::', 'unspecified'],
      ['100.64.0.1', 'carrierGradeNat'],
      ['224.0.0.1', 'multicast'],
      ['255.255.255.255', 'broadcast'],
      ['2002:7f00:1::', '6to4'],
      ['64:ff9b::7f00:1', 'rfc6052'],
      ['not-an-address', 'unparsable'],
    ];
    for (const [address, range] of refused) assert.equal(open.check(address)?.range, range, address);
  });

  it('opens what the allow-list names: ranges (also for their IPv4-mapped form), single addresses, hosts and subdomains', () => {
    const allow = policy('10.0.0.0/8', '127.0.0.1', '[::1]', 'pbx.lan', '*.internal.example');
    assert.equal(allow.check('10.20.30.40'), null);
    assert.equal(allow.check('::ffff:10.1.1.1'), null, 'the mapped form of an allowed IPv4 address');
    assert.equal(allow.check('127.0.0.1'), null);
    assert.equal(allow.check('127.0.0.2')?.range, 'loopback', 'a single address is not its neighbours');
    assert.equal(allow.check('::1'), null);
    assert.equal(allow.check('192.168.0.1')?.range, 'private');
    assert.ok(allow.allowsHost('pbx.lan') && allow.allowsHost('PBX.LAN.'));
    assert.ok(allow.allowsHost('crm.internal.example'));
    assert.ok(!allow.allowsHost('internal.example.evil.test') && !allow.allowsHost('xpbx.lan'));
  });

  it('refuses allow-list entries that are not hosts, addresses or ranges, naming the setting', () => {
    for (const bad of ['10.0.0.0/33', 'http://pbx.lan', 'pbx lan', '*', '10.0.0.1/x'])
      assert.throws(() => parseAllowList([bad]), /CROSSDESK_HTTP_ALLOW: ".*" is not/, bad);
    assert.throws(() => loadConfig({ CROSSDESK_HTTP_ALLOW: 'pbx.lan, 300.1.1.1/8' }), /CROSSDESK_HTTP_ALLOW/);
    assert.throws(() => loadConfig({ CROSSDESK_HTTP_MAX_BYTES: '1MB' }), /CROSSDESK_HTTP_MAX_BYTES/);
    const config = loadConfig({ CROSSDESK_HTTP_ALLOW: ' pbx.lan , 10.0.0.0/8 ', CROSSDESK_HTTP_MAX_BYTES: '2048' });
    assert.deepEqual(config.httpAllow, ['pbx.lan', '10.0.0.0/8']);
    assert.equal(config.httpMaxBytes, 2048);
    assert.deepEqual(loadConfig({}).httpAllow, []);
    assert.equal(loadConfig({}).httpMaxBytes, 1024 * 1024);
  });

  it('refuses a name when any address it resolves to is inside, so a mixed answer cannot slip one through', async () => {
    const twoFaced: LookupFunction = (_host, options, callback) =>
      options.all
        ? callback(null, [
            { address: '93.184.216.34', family: 4 },
            { address: '127.0.0.1', family: 4 },
          ])
        : callback(null, '93.184.216.34', 4);
    const resolve = (lookup: LookupFunction, all: boolean) =>
      new Promise<unknown>((resolve, reject) =>
        lookup('mixed.example', { all }, (err, address) => (err ? reject(err) : resolve(address))),
      );
    await assert.rejects(resolve(guardedLookup(policy(), twoFaced), true), /mixed\.example \(127\.0\.0\.1\): loopback/);
    await assert.rejects(resolve(guardedLookup(policy(), twoFaced), false), /loopback/);
    assert.equal(await resolve(guardedLookup(policy('mixed.example'), twoFaced), false), '93.184.216.34');
  });
});
