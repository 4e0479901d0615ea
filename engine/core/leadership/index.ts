/** Which node leads a cluster: a lease with a term, and the fence that keeps a deposed leader from writing. */
export { makeFixedLeadership, LeadershipLost, type Fence, type Leadership, type NodeRole } from './leadership.ts';
export {
  makeLeaseLeadership,
  makeNodeLeadership,
  type LeaseLeadership,
  type LeaseOptions,
} from './lease-leadership.ts';
