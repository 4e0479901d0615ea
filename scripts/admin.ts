/**
 * `npm run admin -- <command> [options]`: administration of the configured database, for operators
 * with shell access. It reads the same settings as the server (config.ts: DATABASE_URL, ...), may run
 * while servers are up, and acts as the system (the role matrix's admin). Exit codes: 0 done, 1 the
 * command failed, 2 bad usage. Each command is one entry of COMMANDS.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import {
  BadInputError,
  createUser,
  CrossdeskError,
  resetPassword,
  Role,
  type Actor,
  makeEngineContext,
  makeLogger,
  makeSystemClock,
  removeDemoUsers,
  type EngineContext,
} from '../engine/index.ts';
import { makeDb } from '../models/db.ts';

type Print = (line: string) => void;

interface Command {
  /** One line for the usage text. */
  readonly summary: string;
  /** The options it takes (node:util parseArgs). */
  readonly options: NonNullable<Parameters<typeof parseArgs>[0]>['options'];
  run(ctx: EngineContext, values: Record<string, unknown>, print: Print): Promise<void>;
}

/**
 * Who the commands act as: an admin for the role matrix, recorded in the audit trail as `admin-cli`
 * (the operator has shell access and the database settings, which is more than any role gives).
 */
const CLI_ACTOR: Actor = { userId: 'admin-cli', roles: [Role.ADMIN], groups: [], onBehalfOf: null };

const COMMANDS: Record<string, Command> = {
  'create-user': {
    summary:
      'create a user (--id ID --role ROLE [--role ...] [--name N] [--email E] [--group G ...]); prints a one-time password',
    options: {
      id: { type: 'string' },
      role: { type: 'string', multiple: true },
      name: { type: 'string' },
      email: { type: 'string' },
      group: { type: 'string', multiple: true },
    },
    async run(ctx, values, print) {
      if (typeof values.id !== 'string') throw new BadInputError('--id is required', { field: 'id' });
      const user = await createUser(ctx, CLI_ACTOR, {
        id: values.id,
        name: values.name as string | undefined,
        email: values.email as string | undefined,
        roles: (values.role as string[] | undefined) ?? [],
        groups: (values.group as string[] | undefined) ?? [],
      });
      const oneTime = await resetPassword(ctx, CLI_ACTOR, user.id);
      print(`created ${user.id} (${user.roles.join(', ') || 'no role'})`);
      print(`one-time password: ${oneTime}`);
      print('sign in with it; the first thing asked is a new password.');
    },
  },
  'reset-password': {
    summary: "give a user a new one-time password (--id ID), e.g. a locked-out admin's",
    options: { id: { type: 'string' } },
    async run(ctx, values, print) {
      if (typeof values.id !== 'string') throw new BadInputError('--id is required', { field: 'id' });
      print(`one-time password: ${await resetPassword(ctx, CLI_ACTOR, values.id)}`);
    },
  },
  'remove-demo-users': {
    summary: 'deactivate the demo users that still have the password "demo" (their history stays)',
    options: {},
    async run(ctx, _values, print) {
      const { removed, kept } = await removeDemoUsers(ctx);
      print(removed.length ? `removed demo users: ${removed.join(', ')}` : 'no demo user has the password "demo"');
      if (kept.length) print(`kept (password changed, so somebody's account now): ${kept.join(', ')}`);
    },
  },
};

const usage = () =>
  ['usage: npm run admin -- <command> [options]', '', 'commands:']
    .concat(Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(18)} ${c.summary}`))
    .join('\n');

/** Runs one command line; returns the exit code. */
async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`${name ? `unknown command: ${name}\n\n` : ''}${usage()}\n`);
    return 2;
  }
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ args: [...rest], options: command.options, strict: true, allowPositionals: false }).values;
  } catch (err) {
    process.stderr.write(`${name}: ${(err as Error).message}\n\n${usage()}\n`);
    return 2;
  }
  const config = loadConfig();
  const db = await makeDb(config.database);
  const ctx = makeEngineContext({ db, clock: makeSystemClock(), logger: makeLogger(config.logLevel) });
  try {
    await command.run(ctx, values, (line) => process.stdout.write(`${line}\n`));
    return 0;
  } catch (err) {
    if (!(err instanceof CrossdeskError)) throw err;
    process.stderr.write(`${name}: ${err.message}\n`);
    return 1;
  } finally {
    await db.destroy();
  }
}

process.exitCode = await main(process.argv.slice(2));
