import type { Config } from '../config.ts';

/** The server will not start as configured; the message says what to do instead. */
export class StartRefusedError extends Error {}

/** Where to listen and what to say at start, given the demo users found in the database. */
export interface DemoPolicy {
  host: string;
  warning: string | null;
}

/**
 * Demo users (password `demo`, published in the README) must not reach a network by accident: while
 * they exist the server listens on 127.0.0.1 unless HOST says otherwise, warns at every start, and
 * under NODE_ENV=production refuses to start unless CROSSDESK_DEMO=true asks for a demo explicitly.
 */
export function demoPolicy(config: Config, demoUsers: readonly string[]): DemoPolicy {
  if (demoUsers.length === 0) return { host: config.host ?? '0.0.0.0', warning: null };
  const who = `demo users (${demoUsers.join(', ')}) can sign in with the password "demo"`;
  const remove = 'remove them with `npm run admin -- remove-demo-users`';
  if (config.production && !config.demoExplicit)
    throw new StartRefusedError(
      `refusing to start under NODE_ENV=production: ${who}; ${remove}, or set CROSSDESK_DEMO=true to run a demo on purpose`,
    );
  const host = config.host ?? '127.0.0.1';
  const where = config.host ? `HOST=${config.host} is set, so others can reach them` : 'listening on 127.0.0.1 only';
  return { host, warning: `DEMO USERS: ${who} (${where}); before serving anyone else, ${remove}` };
}
