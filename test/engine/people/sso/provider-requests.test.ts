import { strict as assert } from 'node:assert';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  beginOidcLogin,
  completeOidcLogin,
  makeRelyingParty,
  parseClaimMap,
  type RelyingParty,
  type SsoSettings,
} from '../../../../engine/index.ts';
import { makeTestEngine, type TestEngine } from '../../../support/context.ts';

/**
 * A provider whose discovery document sends the token request to another inside address than the
 * issuer's host: the outbound policy must refuse it unless CROSSDESK_HTTP_ALLOW names it.
 */
describe('single sign-on: requests to the provider go through the outbound address policy', () => {
  let server: Server;
  let port: number;
  const hits: string[] = [];
  let t: TestEngine;
  let rp: RelyingParty | undefined;
  before(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      const issuer = `http://localhost:${port}`;
      res.setHeader('content-type', 'application/json');
      if (req.url === '/.well-known/openid-configuration')
        return res.end(
          JSON.stringify({
            issuer,
            authorization_endpoint: `${issuer}/auth`,
            // Inside, and not the issuer's host.
            token_endpoint: `http://127.0.0.1:${port}/token`,
            jwks_uri: `${issuer}/jwks`,
            response_types_supported: ['code'],
            subject_types_supported: ['public'],
            id_token_signing_alg_values_supported: ['RS256'],
          }),
        );
      res.statusCode = 400;
      res.end(JSON.stringify({ error: 'invalid_request' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(async () => {
    t = await makeTestEngine();
    hits.length = 0;
  });
  afterEach(async () => {
    await rp?.close();
    await t.close();
  });

  const settings = (httpAllow: string[]): SsoSettings => ({
    issuer: `http://localhost:${port}`,
    clientId: 'crossdesk',
    clientSecret: 'secret',
    redirectBase: 'http://127.0.0.1:1',
    providerName: 'Test',
    scopes: 'openid',
    claimRules: parseClaimMap('groups:a=>role:agent'),
    loginTtlMs: 600_000,
    codeTtlMs: 60_000,
    timeoutMs: 5000,
    httpAllow,
  });

  async function callback(httpAllow: string[]) {
    rp = makeRelyingParty(settings(httpAllow), {
      lookup: (_host, options, cb) =>
        options.all ? cb(null, [{ address: '127.0.0.1', family: 4 }]) : cb(null, '127.0.0.1', 4),
    });
    const login = await beginOidcLogin(t.ctx, rp);
    const state = new URL(login.authorizationUrl).searchParams.get('state') as string;
    return completeOidcLogin(t.ctx, rp, new URLSearchParams({ code: 'c', state }), login.browserSecret).then(
      () => assert.fail('signed in'),
      (err) => err as { code: string; message: string },
    );
  }

  it('reaches the issuer host, but not a token endpoint at another inside address', async () => {
    const err = await callback([]);
    assert.equal(err.code, 'OIDC_PROVIDER_UNAVAILABLE');
    assert.match(err.message, /refused to connect to 127\.0\.0\.1.*CROSSDESK_HTTP_ALLOW/);
    assert.deepEqual(hits, ['/.well-known/openid-configuration']);
  });

  it('reaches it once CROSSDESK_HTTP_ALLOW names it (the provider then answers the fake code with an error)', async () => {
    const err = await callback(['127.0.0.1']);
    assert.equal(err.code, 'OIDC_PROVIDER_ERROR');
    assert.deepEqual(hits, ['/.well-known/openid-configuration', '/token']);
  });
});
