/** How a node reads, wakes and prunes the change feed (config: CROSSDESK_FEED_*; docs/cluster.md). */
export interface FeedSettings {
  /** A reader looks for new records at least this often, hint or not. */
  readonly pollMs: number;
  /** Wake-ups this node sends other nodes are gathered over this long: at most one per window. */
  readonly notifyMs: number;
  /** Records read per query. */
  readonly batchSize: number;
  /** Records are kept at least this long (and until every registered reader has read them). */
  readonly retentionHours: number;
  /** How often old records are pruned. */
  readonly pruneMinutes: number;
  /** A node's checkpoint that has not moved this long stops holding pruning back. */
  readonly nodeCheckpointHours: number;
  /** A reader saves its checkpoint at most this often while it reads (and when it stops). */
  readonly checkpointMs: number;
  /** How long a dropped LISTEN connection waits before it is reopened. */
  readonly reconnectMs: number;
}

export const DEFAULT_FEED_SETTINGS: FeedSettings = {
  pollMs: 500,
  notifyMs: 5,
  batchSize: 500,
  retentionHours: 24,
  pruneMinutes: 10,
  nodeCheckpointHours: 24,
  checkpointMs: 1000,
  reconnectMs: 1000,
};
