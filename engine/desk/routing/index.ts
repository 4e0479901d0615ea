/** The universal queue's routing: priority, eligibility, matching, blending, reservations, pull. */
export { makeRouter, type Router, type RouterOptions } from './router.ts';
export { makeLeadingRouter, type LeadingRouter, type LeadingRouterOptions } from './leading-router.ts';
export type { RouterStart } from './warm-check.ts';
export type { RouterSnapshot } from './router-snapshot.ts';
export { acceptReservation, rejectReservation, offerTask, rescindOffersOf, declineReservation } from './offers.ts';
export { nextTask } from './pull.ts';
export { claimTask, unclaimTask, assignTask } from './claim-task.ts';
export { resumeTask, requeueTask, resumePausedTasks, pauseForLiveWork } from './pausing.ts';
export {
  effectivePriority,
  PriorityWeights,
  DEFAULT_PRIORITY_QUEUE,
  type PriorityInput,
  type PriorityQueue,
} from './priority.ts';
export { erlangC, serviceLevel, agentsNeeded } from './erlang-c.ts';
export { pickAgent, type RoutingDecision, type AgentView } from './matching.ts';
export { qualification } from './eligibility.ts';
export { DEFAULT_CAPACITY, capacityExclusion } from './capacity.ts';
export { getReservations, getPendingReservationsOfTasks, getPendingReservationsOfAgent } from './queries.ts';
export { taskCoverage, CoverageGap, type Coverage, type Gap, type SkillCoverage, type TaskNeeds } from './coverage.ts';
export { definitionWarnings, staticNeeds, NO_AGENT_RULE, type DeployWarning } from './deploy-warnings.ts';
export { explainWaiting, WaitCode, type WaitExplanation, type WaitReason } from './explain-waiting.ts';
// For the agents and the CTI link: an agent's row guards every change of their work.
export { withAgentGuard, TaskRaceLost } from './agent-guard.ts';
// For the composition root: a task its process cancels takes its offer with it.
export { rescindOffersOnCancel } from './rescind-on-cancel.ts';
export { makeMemoryRoutingStore, type MemoryRoutingStore } from './memory-store.ts';
export type { RoutingEvent } from './inbox.ts';
export type { RoutingStore } from './routing-store.ts';
