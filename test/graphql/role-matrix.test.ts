import { strict as assert } from 'node:assert';
import {
  createGroup,
  getAgent,
  setGroupMembers,
  SYSTEM_ACTOR,
  getUser,
  MATRIX_COLUMNS,
  NO_ROLE,
  ROLE_MATRIX,
  Role,
  saveUser,
  UserOperation,
  upsertSite,
  type MatrixColumn,
} from '../../engine/index.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { codeOf } from './http-helpers.ts';

/** The site the CHANGE_SITE cells move users to (set per test server). */
let makeSite: () => Promise<void>;
const UPSERT = 'mutation($input: AgentInput!) { upsertAgent(input: $input) { id } }';
const ACTOR_ROLES = [Role.ADMIN, Role.DESIGNER, Role.INTEGRATOR, Role.SUPERVISOR, Role.EXPERT, Role.AGENT];

/** How a mutation reaches one cell: the user it starts from (null: none), what it sends, what must follow. */
interface Drive {
  holds: string[] | null;
  /** Anything else the cell needs before the mutation (a group). */
  setUp?(s: TestServer, userId: string): Promise<void>;
  send(userId: string): { query: string; variables: Record<string, unknown> };
  done(s: TestServer, userId: string): Promise<boolean>;
}
type Driver = (column: MatrixColumn) => Drive;

const rolesOf = (column: MatrixColumn) => (column === NO_ROLE ? [] : [column]);
const user = (s: TestServer, id: string) => getUser(s.server.engine, id);
const agentInput = (input: Record<string, unknown>) => ({ query: UPSERT, variables: { input } });
const op = (query: string, variables: Record<string, unknown>) => ({ query, variables });
const CREATE_USER = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }';
const UPDATE_USER = 'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }';
const SET_ROLES = 'mutation($id: ID!, $roles: [String!]!) { setUserRoles(userId: $id, roles: $roles) { id } }';
/** Each cell's target is the only member of its own group, so deleting it touches that user alone. */
const groupOf = (id: string) => `g-${id}`;
async function makeGroupOf(s: TestServer, id: string, members: string[]) {
  await createGroup(s.server.engine, SYSTEM_ACTOR, { id: groupOf(id) });
  if (members.length) await setGroupMembers(s.server.engine, SYSTEM_ACTOR, groupOf(id), members);
}

/**
 * Every mutation that reaches a row of the matrix, with how it reaches each cell. The people issue's
 * mutations (createUser, setUserRoles, deactivateUser, resetPassword, updateUser) add their drivers
 * here: the first test fails for a mutation named in `reachedBy` without one.
 */
const DRIVERS: Record<UserOperation, Record<string, Driver>> = {
  GRANT_ROLE: {
    upsertAgent: (role) => ({
      holds: [],
      send: (id) => agentInput({ id, roles: [role] }),
      done: async (s, id) => Boolean((await user(s, id))?.roles.includes(role)),
    }),
    createUser: (role) => ({
      holds: null,
      send: (id) => op(CREATE_USER, { input: { id, roles: [role] } }),
      done: async (s, id) => Boolean((await user(s, id))?.roles.includes(role)),
    }),
    setUserRoles: (role) => ({
      holds: [],
      send: (id) => op(SET_ROLES, { id, roles: [role] }),
      done: async (s, id) => Boolean((await user(s, id))?.roles.includes(role)),
    }),
  },
  REVOKE_ROLE: {
    upsertAgent: (role) => ({
      holds: [role],
      send: (id) => agentInput({ id, roles: [] }),
      done: async (s, id) => !(await user(s, id))?.roles.includes(role),
    }),
    setUserRoles: (role) => ({
      holds: [role],
      send: (id) => op(SET_ROLES, { id, roles: [] }),
      done: async (s, id) => !(await user(s, id))?.roles.includes(role),
    }),
  },
  CREATE_USER: {
    upsertAgent: (column) => ({
      holds: null,
      send: (id) => agentInput({ id, roles: rolesOf(column) }),
      done: async (s, id) => (await user(s, id)) !== undefined,
    }),
    createUser: (column) => ({
      holds: null,
      send: (id) => op(CREATE_USER, { input: { id, name: id, roles: rolesOf(column) } }),
      done: async (s, id) => (await user(s, id)) !== undefined,
    }),
  },
  DEACTIVATE_USER: {
    deactivateUser: (column) => ({
      holds: rolesOf(column),
      send: (id) => op('mutation($id: ID!) { deactivateUser(userId: $id) { id } }', { id }),
      done: async (s, id) => (await user(s, id))?.active === false,
    }),
    updateUser: (column) => ({
      holds: rolesOf(column),
      send: (id) => op(UPDATE_USER, { input: { id, active: false } }),
      done: async (s, id) => (await user(s, id))?.active === false,
    }),
  },
  RESET_PASSWORD: {
    resetPassword: (column) => ({
      holds: rolesOf(column),
      send: (id) => ({ query: 'mutation($id: ID!) { resetPassword(userId: $id) }', variables: { id } }),
      done: async (s, id) => Boolean((await user(s, id))?.mustChangePassword),
    }),
  },
  EDIT_SKILLS: {
    upsertAgent: (column) => ({
      holds: rolesOf(column),
      send: (id) => agentInput({ id, skills: [{ name: 'billing', level: 7 }], capacity: { BACKOFFICE: 2 } }),
      done: async (s, id) => (await getAgent(s.server.engine, id))?.skills[0]?.level === 7,
    }),
  },
  CHANGE_GROUPS: {
    upsertAgent: (column) => ({
      holds: rolesOf(column),
      send: (id) => agentInput({ id, groups: ['vip'] }),
      done: async (s, id) => (await user(s, id))?.groups.join() === 'vip',
    }),
    updateUser: (column) => ({
      holds: rolesOf(column),
      setUp: (s, id) => makeGroupOf(s, id, []),
      send: (id) => op(UPDATE_USER, { input: { id, groups: [groupOf(id)] } }),
      done: async (s, id) => (await user(s, id))?.groups.join() === groupOf(id),
    }),
    setGroupMembers: (column) => ({
      holds: rolesOf(column),
      setUp: (s, id) => makeGroupOf(s, id, []),
      send: (id) =>
        op('mutation($g: ID!, $m: [ID!]!) { setGroupMembers(id: $g, members: $m) { id } }', {
          g: groupOf(id),
          m: [id],
        }),
      done: async (s, id) => (await user(s, id))?.groups.join() === groupOf(id),
    }),
    deleteGroup: (column) => ({
      holds: rolesOf(column),
      setUp: (s, id) => makeGroupOf(s, id, [id]),
      send: (id) => op('mutation($g: ID!) { deleteGroup(id: $g) }', { g: groupOf(id) }),
      done: async (s, id) => (await user(s, id))?.groups.length === 0,
    }),
  },
  EDIT_PROFILE: {
    upsertAgent: (column) => ({
      holds: rolesOf(column),
      send: (id) => agentInput({ id, name: 'Renamed', email: 'renamed@example.com' }),
      done: async (s, id) => (await user(s, id))?.name === 'Renamed',
    }),
    updateUser: (column) => ({
      holds: rolesOf(column),
      send: (id) => op(UPDATE_USER, { input: { id, name: 'Renamed', email: 'renamed@example.com' } }),
      done: async (s, id) => (await user(s, id))?.name === 'Renamed',
    }),
  },
  CHANGE_SITE: {
    upsertAgent: (column) => ({
      holds: rolesOf(column),
      setUp: () => makeSite(),
      send: (id) => agentInput({ id, site: 'lyon' }),
      done: async (s, id) => (await user(s, id))?.siteId === 'lyon',
    }),
    updateUser: (column) => ({
      holds: rolesOf(column),
      setUp: () => makeSite(),
      send: (id) => op(UPDATE_USER, { input: { id, site: 'lyon' } }),
      done: async (s, id) => (await user(s, id))?.siteId === 'lyon',
    }),
  },
};

/** What a user looks like from outside, to prove that a refused mutation changed nothing. */
async function snapshot(s: TestServer, id: string) {
  const [u, a] = await Promise.all([user(s, id), getAgent(s.server.engine, id)]);
  return { user: u ?? null, skills: a?.skills ?? null, capacity: a?.capacity ?? null };
}

describe('GraphQL: the role matrix through every mutation that reaches it', () => {
  let s: TestServer;
  makeSite = async () => {
    await upsertSite(s.server.engine, SYSTEM_ACTOR, { id: 'lyon', name: 'Lyon', timeZone: 'Europe/Paris' });
  };
  beforeEach(async () => {
    s = await startTestServer();
    for (const role of ACTOR_ROLES)
      await saveUser(s.server.engine, null, { id: `as-${role}`, name: role, roles: [role] });
  });
  afterEach(() => s.close());

  it('has a driver for every mutation the matrix names', () => {
    for (const [operation, row] of Object.entries(ROLE_MATRIX))
      assert.deepEqual(
        Object.keys(DRIVERS[operation as UserOperation]).sort(),
        [...row.reachedBy].sort(),
        `${operation}: the test drives exactly the mutations of reachedBy`,
      );
  });

  it('runs every cell of every row as every role, through each mutation: allowed cells take effect, others are FORBIDDEN and change nothing', async function () {
    // 684 cells, each a real HTTP mutation: ~25 s alone on SQLite, ~60 s on PostgreSQL, more under load.
    this.timeout(300_000);
    let n = 0;
    for (const [operation, row] of Object.entries(ROLE_MATRIX) as [
      UserOperation,
      (typeof ROLE_MATRIX)[UserOperation],
    ][])
      for (const [mutation, driver] of Object.entries(DRIVERS[operation]))
        for (const column of MATRIX_COLUMNS) {
          if (row.allowed[column] === null) continue;
          const drive = driver(column);
          for (const role of ACTOR_ROLES) {
            const id = `target-${n++}`;
            const cell = `${role} -> ${mutation}: ${operation} ${column}`;
            if (drive.holds) await saveUser(s.server.engine, null, { id, name: id, roles: drive.holds });
            await drive.setUp?.(s, id);
            const before = await snapshot(s, id);
            const { query, variables } = drive.send(id);
            const res = await s.gql(query, variables, { as: `as-${role}` });
            if (row.allowed[column]!.includes(role)) {
              assert.equal(res.errors, undefined, `${cell}: ${JSON.stringify(res.errors)}`);
              assert.ok(await drive.done(s, id), `${cell} took effect`);
            } else {
              assert.equal(codeOf(res), 'FORBIDDEN', `${cell}: ${JSON.stringify(res)}`);
              assert.equal(res.errors![0].extensions.reason, 'NOT_PERMITTED', cell);
              assert.deepEqual(await snapshot(s, id), before, `${cell} changed nothing`);
            }
          }
        }
    assert.ok(n >= 200, `ran ${n} cells`);
  });
});
