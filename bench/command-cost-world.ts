import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { cpuMs, type NodeProcess } from './cluster-procs.ts';

/** Helpers of bench:command-cost: the models, a server process on SQLite, a signed-in user, its CPU. */

const root = new URL('../', import.meta.url);
export const ADMIN_TOKEN = 'bench-command-cost-admin';
const PASSWORD = 'orbit lantern quietly harvest 42 marmalade';

/** A chain of `n` user tasks (`kind: 'user'`) or external service tasks on topic `bench`. */
export function chainXml(id: string, n: number, kind: 'user' | 'external'): string {
  const nodes: string[] = ['<startEvent id="start" />'];
  let prev = 'start';
  for (let i = 1; i <= n; i++) {
    nodes.push(
      kind === 'user'
        ? `<userTask id="t${i}" name="Step ${i}" />`
        : `<serviceTask id="t${i}" camunda:type="external" camunda:topic="bench" />`,
      `<sequenceFlow id="f${i}" sourceRef="${prev}" targetRef="t${i}" />`,
    );
    prev = `t${i}`;
  }
  nodes.push('<endEvent id="end" />', `<sequenceFlow id="fEnd" sourceRef="${prev}" targetRef="end" />`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs_${id}" targetNamespace="http://crossdesk.dev/bench">
  <process id="${id}" isExecutable="true">
    ${nodes.join('\n    ')}
  </process>
</definitions>`;
}

export interface Server extends NodeProcess {
  cpuMs(): number;
  stop(): Promise<void>;
}

/** `server.ts` on a fresh SQLite file, node flags first (e.g. --cpu-prof); stop() ends it with SIGTERM. */
export function startServer(nodeFlags: string[] = []): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'command-cost-'));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', 'server.ts'], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: join(dir, 'bench.sqlite'),
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'error',
        CROSSDESK_DEMO: 'false',
        CROSSDESK_ADMIN_TOKEN: ADMIN_TOKEN,
        // One bench user sends every command: the per-user request limit would measure itself.
        CROSSDESK_REQUEST_RATE_LIMIT: '1000000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const exited = new Promise<string>((done) => child.on('exit', (code, signal) => done(signal ?? String(code))));
    child.stderr!.on('data', (d) => (stderr = (stderr + d).slice(-50_000)));
    child.stdout!.on('data', (d) => {
      const url = /listening on (http:\/\/\S+)/.exec(String(d))?.[1];
      if (!url) return;
      const stop = async () => {
        child.kill('SIGTERM');
        await exited;
        rmSync(dir, { recursive: true, force: true });
      };
      resolve({ id: 'bench', url, child, exited, log: () => stderr, cpuMs: () => cpuMs(child.pid!), stop });
    });
    void exited.then((how) => reject(new Error(`server exited (${how}): ${stderr}`)));
  });
}

/** A GraphQL client of one server with one bearer token; throws on any error. */
export function client(server: Server, token: string | null) {
  return async (query: string, variables: Record<string, unknown> = {}): Promise<any> => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: any[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
}

/** Makes a user with every role, signs it in (one-time password, changed, signed in again): its token. */
export async function signedInUser(server: Server): Promise<string> {
  const admin = client(server, ADMIN_TOKEN);
  const anon = client(server, null);
  await admin(
    'mutation { createUser(input: { id: "bench", roles: ["admin", "agent", "expert", "integrator"] }) { id } }',
  );
  const { resetPassword } = await admin('mutation { resetPassword(userId: "bench") }');
  const signIn = 'mutation($p: String!) { signIn(userId: "bench", password: $p) { token } }';
  const first = (await anon(signIn, { p: resetPassword })).signIn.token;
  await client(server, first)(
    'mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }',
    {
      o: resetPassword,
      n: PASSWORD,
    },
  );
  return (await anon(signIn, { p: PASSWORD })).signIn.token;
}
