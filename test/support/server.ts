import { loadConfig } from '../../config.ts';
import type { Clock } from '../../engine/index.ts';
import { startServer, type RunningServer } from '../../server/index.ts';
import { makeTestDb, seedUsers, type TestDb } from './context.ts';

export const ADMIN_TOKEN = 'test-admin-secret';

/** A real HTTP server on a free port over a fresh database, with the test users seeded. */
export interface TestServer {
  server: RunningServer;
  testDb: TestDb;
  /** POSTs a GraphQL operation; `as` sends X-Act-As with the admin token. */
  gql(
    query: string,
    variables?: Record<string, unknown>,
    options?: { as?: string; token?: string | null },
  ): Promise<{ data?: any; errors?: any[] }>;
  close(): Promise<void>;
}

export async function startTestServer(
  env: Record<string, string> = {},
  options: { clock?: Clock } = {},
): Promise<TestServer> {
  const testDb = await makeTestDb();
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    CROSSDESK_DEMO: 'false',
    LOG_LEVEL: 'silent',
    CROSSDESK_ADMIN_TOKEN: ADMIN_TOKEN,
    ...env,
  });
  const server = await startServer(config, testDb.db, { keepDb: true, clock: options.clock });
  await seedUsers(server.engine);
  return {
    server,
    testDb,
    async gql(query, variables = {}, options = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      const token = options.token === undefined ? ADMIN_TOKEN : options.token;
      if (token) headers.authorization = `Bearer ${token}`;
      if (options.as) headers['x-act-as'] = options.as;
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      });
      return res.json() as Promise<{ data?: any; errors?: any[] }>;
    },
    async close() {
      await server.close();
      await testDb.destroy();
    },
  };
}
