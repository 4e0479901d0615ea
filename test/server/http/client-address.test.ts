import { strict as assert } from 'node:assert';
import type { IncomingMessage } from 'node:http';
import { parseTrustedProxies } from '../../../config.ts';
import { makeClientAddress } from '../../../server/http/index.ts';

const request = (peer: string | undefined, forwardedFor?: string) =>
  ({
    socket: { remoteAddress: peer },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  }) as unknown as IncomingMessage;

describe('HTTP: the client address', () => {
  it('is the TCP peer, X-Forwarded-For ignored, when no proxy is trusted', () => {
    const of = makeClientAddress([]);
    assert.equal(of(request('203.0.113.5', '1.2.3.4')), '203.0.113.5');
    assert.equal(of(request('::ffff:203.0.113.5')), '203.0.113.5', 'IPv4-mapped IPv6 is the IPv4 address');
    assert.equal(of(request('2001:db8:0:0::1')), '2001:db8::1', 'IPv6 in its canonical form');
    assert.equal(of(request(undefined)), 'unknown');
  });

  it('walks X-Forwarded-For from the right past trusted proxies to the first untrusted address', () => {
    const of = makeClientAddress(parseTrustedProxies('10.0.0.0/8, 127.0.0.1 fd00::/8'));
    assert.equal(of(request('10.1.1.1', '198.51.100.7')), '198.51.100.7');
    assert.equal(of(request('::ffff:10.1.1.1', '198.51.100.7, 10.2.2.2')), '198.51.100.7', 'two proxies');
    assert.equal(
      of(request('10.1.1.1', '6.6.6.6, 198.51.100.7')),
      '198.51.100.7',
      'the left part is the client’s word',
    );
    assert.equal(of(request('fd00::2', '2001:db8::9')), '2001:db8::9');
    assert.equal(of(request('10.1.1.1', '198.51.100.7:51234')), '198.51.100.7', 'a port is dropped');
    assert.equal(of(request('10.1.1.1', '[2001:db8::9]:443')), '2001:db8::9');
    assert.equal(of(request('10.1.1.1', '::ffff:198.51.100.7')), '198.51.100.7');
    assert.equal(of(request('10.1.1.1', 'garbage, 10.3.3.3')), '10.3.3.3', 'garbage stops at the last good hop');
    assert.equal(of(request('10.1.1.1', '')), '10.1.1.1', 'a proxy that says nothing is the client');
    assert.equal(of(request('10.1.1.1', '10.9.9.9')), '10.9.9.9', 'only trusted hops: the leftmost');
    assert.equal(of(request('203.0.113.5', '198.51.100.7')), '203.0.113.5', 'an untrusted peer is not believed');
  });

  it('reads CROSSDESK_TRUSTED_PROXIES as CIDR ranges or addresses, refusing anything else by name', () => {
    assert.deepEqual(parseTrustedProxies(undefined), []);
    assert.deepEqual(parseTrustedProxies(' 10.0.0.0/8,192.168.1.10  ::1 2001:db8::/32 '), [
      '10.0.0.0/8',
      '192.168.1.10/32',
      '::1/128',
      '2001:db8::/32',
    ]);
    for (const bad of ['10.0.0.0/33', 'proxy.example.com', '10.0.0', '*'])
      assert.throws(() => parseTrustedProxies(bad), /CROSSDESK_TRUSTED_PROXIES: ".+" is not an address or CIDR range/);
  });
});
