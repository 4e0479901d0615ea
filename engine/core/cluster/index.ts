/** The nodes of a cluster: roles, heartbeats, readiness, and the SQLite server lease. */
export { SINGLE_NODE, type ClusterRole, type NodeRole } from './cluster-role.ts';
export { makeReadinessGate, type ReadinessGate } from './readiness-gate.ts';
export { startNodeHeartbeat, type NodeHeartbeat } from './node-heartbeat.ts';
export { viewCluster, type ClusterNodeView, type ClusterView } from './cluster-view.ts';
export { acquireServerLease, ServerLeaseHeldError, type ServerLease } from './server-lease.ts';
export { makeSubscriptionSlots, type SubscriptionSlots } from './subscription-slots.ts';
