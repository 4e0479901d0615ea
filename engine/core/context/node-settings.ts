/** How nodes report themselves (CROSSDESK_NODE_* settings, README). */
export interface NodeSettings {
  /** Between two heartbeats of a node. */
  readonly heartbeatMs: number;
  /** A node not heard from for this long is shown as stale. */
  readonly staleAfterMs: number;
  /** A node not heard from for this long is removed from the list. */
  readonly pruneAfterMs: number;
}

export const DEFAULT_NODE_SETTINGS: NodeSettings = {
  heartbeatMs: 5_000,
  staleAfterMs: 30_000,
  pruneAfterMs: 24 * 3600_000,
};
