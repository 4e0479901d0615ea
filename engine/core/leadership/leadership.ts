import type { Knex } from 'knex';

/** What a node does in a cluster: the leader runs the single router; standbys wait to take over. */
// One role type for the lease and the nodes list.
import type { NodeRole } from '../cluster/index.ts';
export type { NodeRole };

/**
 * Checks, inside the transaction of a router write, that this node still leads in the term it was
 * elected in; throws LeadershipLost (and steps the node down) when it does not.
 */
export type Fence = (trx: Knex.Transaction) => Promise<void>;

/**
 * This node's leadership, as the composition root passes it to /health, the cluster query and the
 * loops that must run on one node only.
 */
export interface Leadership {
  role(): NodeRole;
  /** The term this node leads in; as a standby, the last term it saw (0 before any). */
  term(): number;
  /** For the router's writes; absent when the node leads for good (one SQLite server). */
  readonly fence?: Fence;
  /** Calls `listener` at every change of role (not for the current one); returns an unsubscribe. */
  onChange(listener: (role: NodeRole, term: number) => void): () => void;
  /** Starts campaigning (or leading, for a fixed leadership). */
  start(): Promise<void>;
  /** Stops; a leader releases its lease at once, so a standby takes over without waiting for it to expire. */
  stop(): Promise<void>;
}

/** A fenced write found that another node leads now. Never reaches clients: only the router writes fenced. */
export class LeadershipLost extends Error {
  readonly code = 'NOT_LEADER';
  constructor(readonly term: number) {
    super(`this node no longer leads (its term ${term} is over)`);
  }
}

/**
 * The leadership of the only server on a database (SQLite: one server process, on purpose): always
 * leader in term 1, and no fence, so the router's writes cost nothing extra.
 */
export function makeFixedLeadership(): Leadership {
  return {
    role: () => 'leader',
    term: () => 1,
    onChange: () => () => undefined,
    start: async () => undefined,
    stop: async () => undefined,
  };
}
