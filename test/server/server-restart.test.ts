import { strict as assert } from 'node:assert';
import { makeServerDatabase, spawnServer, type ServerProcess } from '../support/server-process.ts';
import { sharedFixture } from '../support/fixtures.ts';

const TOKEN = 'restart-test-admin';
const xml = sharedFixture('refund.bpmn');

async function gql(server: ServerProcess, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: any[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const START = 'mutation($v: JSON) { startProcess(input: { key: "refund", variables: $v }) { id } }';
const OPEN =
  '{ tasks(first: 200, filter: { states: [QUEUED, ASSIGNED] }) { totalCount edges { node { id elementId processInstance { id } } } } }';

describe('server restart: kill -9 of the server process while instances wait', function () {
  this.timeout(90_000);

  it('given a killed server, then a new one serves every acknowledged instance whole and finishes them all', async () => {
    const db = await makeServerDatabase();
    const env = { DATABASE_URL: db.url, CROSSDESK_ADMIN_TOKEN: TOKEN };
    let server = await spawnServer(env);
    try {
      await gql(server, 'mutation($x: String!) { deployProcess(input: { bpmnXml: $x }) { id } }', { x: xml });
      const acknowledged: string[] = [];
      for (let i = 0; i < 15; i++)
        acknowledged.push(
          (
            await gql(server, START, {
              v: { amount: i % 2 ? 5000 : 10, customer: { name: `K${i}` }, manager: 'admin' },
            })
          ).startProcess.id,
        );
      const { tasks } = await gql(server, OPEN);
      for (const edge of tasks.edges.slice(0, 5)) {
        await gql(server, 'mutation($id: ID!) { claimTask(id: $id) { id } }', { id: edge.node.id });
        await gql(server, 'mutation($id: ID!) { completeTask(id: $id, variables: { approved: true }) { id } }', {
          id: edge.node.id,
        });
      }
      // A burst in flight when the process dies: some may land, none may land half.
      const burst = Array.from({ length: 10 }, (_, i) =>
        gql(server, START, { v: { amount: 1, customer: { name: `B${i}` } } }).then(
          (d) => d.startProcess.id,
          () => null,
        ),
      );
      await new Promise((r) => setTimeout(r, 5));
      server.child.kill('SIGKILL');
      assert.equal(await server.exited, 'SIGKILL');
      const landedBeforeKill = (await Promise.all(burst)).filter(Boolean) as string[];

      server = await spawnServer(env);
      const instances = (
        await gql(
          server,
          '{ processInstances(first: 200) { totalCount edges { node { id state activeElementIds tasks { state elementId } } } } }',
        )
      ).processInstances;
      const ids = instances.edges.map((e: any) => e.node.id);
      for (const id of [...acknowledged, ...landedBeforeKill])
        assert.ok(ids.includes(id), `acknowledged instance ${id} lost`);
      assert.ok(instances.totalCount <= acknowledged.length + 10);
      for (const { node } of instances.edges) {
        const open = node.tasks.filter((t: any) => t.state === 'QUEUED' || t.state === 'ASSIGNED');
        if (node.state === 'COMPLETED') assert.equal(open.length, 0);
        else
          assert.deepEqual(
            [open.length, node.activeElementIds],
            [1, [open[0].elementId]],
            `instance ${node.id} is not whole`,
          );
      }
      for (let round = 0; round < 3; round++) {
        for (const edge of (await gql(server, OPEN)).tasks.edges) {
          await gql(server, 'mutation($id: ID!) { claimTask(id: $id) { id } }', { id: edge.node.id });
          await gql(server, 'mutation($id: ID!) { completeTask(id: $id, variables: { approved: true }) { id } }', {
            id: edge.node.id,
          });
        }
      }
      const after = (await gql(server, '{ processInstances(first: 200, filter: { state: ACTIVE }) { totalCount } }'))
        .processInstances;
      assert.equal(after.totalCount, 0, 'every instance could be finished after the restart');
      server.child.kill('SIGTERM');
      assert.equal(await server.exited, '0', 'SIGTERM shuts down cleanly');
    } finally {
      server.child.kill('SIGKILL');
      await db.drop();
    }
  });
});
