/** What a node does in a cluster: the leader routes, standbys serve requests and wait to take over. */
export type NodeRole = 'leader' | 'standby';

/**
 * This node's place in the cluster, as the leadership lease decides it (docs/cluster.md). The composition
 * root passes one in; the lease implements it. Until there is a lease, a lone node leads in term 0.
 */
export interface ClusterRole {
  role(): NodeRole;
  /** The leader term this node knows (increases at each takeover; 0 before any election). */
  term(): number;
}

/** One node, no election: it leads, term 0. */
export const SINGLE_NODE: ClusterRole = { role: () => 'leader', term: () => 0 };
