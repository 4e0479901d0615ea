import { strict as assert } from 'node:assert';
import { TypedDocumentString } from '../../web/src/generated/graphql.ts';
import { GraphQLRequestError, makeGraphQLClient } from '../../web/src/lib/graphql-client.ts';

// Documents written here rather than generated: the test states the types it expects.
const SIGN_IN = new TypedDocumentString<{ signIn: { token: string } }, { u: string; p: string }>(
  'mutation($u: ID!, $p: String!) { signIn(userId: $u, password: $p) { token } }',
);
const ME = new TypedDocumentString<{ me: { id: string; roles: string[] } }, Record<string, never>>(
  '{ me { id roles } }',
);
const DEPLOY_NOTHING = new TypedDocumentString<unknown, Record<string, never>>(
  'mutation { deployProcess(input: { bpmnXml: "<nope/>" }) { id } }',
);
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../support/server.ts';

describe('web: GraphQL client against a real server', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({ CROSSDESK_DEMO: 'true' });
  });
  after(() => s.close());

  it('signs in, then sends the token with every request', async () => {
    let token: string | null = null;
    const client = makeGraphQLClient(`${s.server.url}/graphql`, () => token);
    const data = await client.request(SIGN_IN, { u: 'expert', p: 'demo' });
    token = data.signIn.token;
    assert.deepEqual(await client.request(ME), { me: { id: 'expert', roles: ['expert'] } });
  });

  it('throws errors with their stable code, and reports UNAUTHENTICATED so the app can sign out', async () => {
    let signedOut = 0;
    const client = makeGraphQLClient(
      `${s.server.url}/graphql`,
      () => 'not-a-token',
      () => signedOut++,
    );
    await assert.rejects(
      client.request(ME),
      (e: GraphQLRequestError) => e instanceof GraphQLRequestError && e.code === 'UNAUTHENTICATED',
    );
    assert.equal(signedOut, 1);
    const admin = makeGraphQLClient(
      `${s.server.url}/graphql`,
      () => ADMIN_TOKEN,
      () => signedOut++,
    );
    await assert.rejects(admin.request(DEPLOY_NOTHING), (e: GraphQLRequestError) => e.code === 'BPMN_INVALID');
    assert.equal(signedOut, 1, 'other errors keep the session');
  });
});
