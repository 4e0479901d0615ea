import {
  agentLoads,
  agentsWhoDeclined,
  effectiveSkillsOf,
  findQueue,
  findTask,
  listActiveUserGroups,
  listAgents,
  Presence,
  TaskState,
  type AgentLoad,
  type AgentRecord,
  type TaskRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { NotFoundError } from '../../core/errors/index.ts';
import { Role, type Actor, requireRole, requireSiteScope, siteScopeOf } from '../../core/access/index.ts';
import { capacityExclusion } from './capacity.ts';
import { taskCoverage, type CoverageGap, type SkillCoverage } from './coverage.ts';
import { nextEscalationAt } from './escalation.ts';
import { isOfferable } from './router-state.ts';
import { siteAllows } from './eligibility.ts';
import { siteRuleOf } from './site-rule.ts';

/** Why a task is not with anyone yet, beyond the unmet requirements of coverage.ts. */
export const WaitCode = {
  /** It is not waiting: reserved, assigned, paused or closed. */
  NOT_WAITING: 'NOT_WAITING',
  /** Its window (a callback's, or a retry delay) has not opened yet. */
  NOT_OPEN: 'NOT_OPEN',
  /** Its window has closed (a callback nobody took in time). */
  WINDOW_CLOSED: 'WINDOW_CLOSED',
  /** Qualified agents exist, but none is AVAILABLE or BUSY. */
  NOBODY_PRESENT: 'NOBODY_PRESENT',
  /** The qualified agents who are present have no room (full, or on a call). */
  ALL_AT_CAPACITY: 'ALL_AT_CAPACITY',
  /** Every qualified agent with room declined it (rejected or let the offer time out). */
  DECLINED: 'DECLINED',
  /** Agents elsewhere would qualify, but the task is not (yet) open to their sites. */
  OTHER_SITES: 'OTHER_SITES',
  /** Someone could take it now: it waits for its turn (higher effective priority goes first) or a claim. */
  IN_LINE: 'IN_LINE',
} as const;
export type WaitCode = (typeof WaitCode)[keyof typeof WaitCode];

/** One reason, most fundamental first; `requirement` carries the data the message is about. */
export interface WaitReason {
  code: CoverageGap | WaitCode;
  requirement: string | null;
  message: string;
}

/** The answer to "why is this task still waiting?" (the supervisor board's "Why?"). */
export interface WaitExplanation {
  taskId: string;
  state: TaskState;
  waiting: boolean;
  reasons: WaitReason[];
  /** Per required skill (after escalation): how many agents meet it, and the best level anyone has. */
  skills: SkillCoverage[];
  /** Agents who meet every requirement, whatever their presence. */
  qualifiedAgents: number;
  /** Of those, AVAILABLE or BUSY now. */
  presentAgents: number;
  /** Of those, with room for the task now. */
  freeAgents: number;
  /** Users without an agent record who may claim it from their inbox. */
  claimers: number;
  /** When the queue's next escalation step (lower levels, more groups) applies, if it has one. */
  nextEscalationAt: number | null;
  /** Whose site may take it and when that widens (null: work of no site). */
  siteRule: string | null;
}

const PRESENT = new Set<string>([Presence.AVAILABLE, Presence.BUSY]);

function presenceCounts(agents: readonly AgentRecord[]): string {
  const counts = new Map<string, number>();
  for (const a of agents) counts.set(a.presence, (counts.get(a.presence) ?? 0) + 1);
  return [...counts.entries()].map(([p, n]) => `${p} ${n}`).join(', ');
}

function windowReason(task: TaskRecord, now: number): WaitReason {
  const windowEnd = task.callback?.windowEnd ?? null;
  if (windowEnd !== null && windowEnd <= now) {
    const at = new Date(windowEnd).toISOString();
    return { code: WaitCode.WINDOW_CLOSED, requirement: at, message: `its window closed at ${at}` };
  }
  const at = new Date(task.readyAt ?? now).toISOString();
  return { code: WaitCode.NOT_OPEN, requirement: at, message: `it is not offered before ${at}` };
}

/** Why agents who could take the task have not: presence, room, declines; or that it only waits its turn. */
async function availability(
  ctx: EngineContext,
  task: TaskRecord,
  qualified: readonly AgentRecord[],
  claimers: number,
): Promise<{ reason: WaitReason; present: number; free: number }> {
  const present = qualified.filter((a) => PRESENT.has(a.presence));
  const loads = await agentLoads(
    ctx.db,
    present.map((a) => a.id),
  );
  const free = present.filter((a) => capacityExclusion(a, loads.get(a.id) as AgentLoad, task.channel, true) === null);
  const counts = { present: present.length, free: free.length };
  const inLine = (message: string) => ({ ...counts, reason: { code: WaitCode.IN_LINE, requirement: null, message } });
  if (claimers > 0 && free.length === 0)
    return inLine(`${claimers} user(s) in its candidate groups may claim it from their inbox`);
  if (qualified.length > 0 && present.length === 0) {
    const seen = presenceCounts(qualified);
    const message = `none of the ${qualified.length} qualified agents is available (${seen})`;
    return { ...counts, reason: { code: WaitCode.NOBODY_PRESENT, requirement: seen, message } };
  }
  if (free.length === 0) {
    const message = `all ${present.length} qualified agents present are at capacity or on a call`;
    return { ...counts, reason: { code: WaitCode.ALL_AT_CAPACITY, requirement: String(present.length), message } };
  }
  const declined = new Set(await agentsWhoDeclined(ctx.db, task.id));
  if (free.every((a) => declined.has(a.id))) {
    const who = free.map((a) => a.id).join(', ');
    return { ...counts, reason: { code: WaitCode.DECLINED, requirement: who, message: `declined by ${who}` } };
  }
  return inLine(`${free.length} qualified agent(s) have room; it waits for its turn by effective priority`);
}

/**
 * Explains why a task waits (supervisors): first any requirement that nobody in the workforce meets
 * (skills at level after escalation, skills together, candidacy, channel capacity), then its window,
 * then presence, room and declines of the agents who could take it.
 */
export async function explainWaiting(ctx: EngineContext, actor: Actor, taskId: string): Promise<WaitExplanation> {
  requireRole(actor, Role.SUPERVISOR);
  const task = await findTask(ctx.db, taskId);
  if (!task) throw new NotFoundError('Task', taskId);
  requireSiteScope(await siteScopeOf(ctx.db, actor), [task.siteId], `the task ${taskId}`);
  const skills = (await effectiveSkillsOf(ctx.db, [task.id])).get(task.id) ?? [];
  const needs = {
    channel: task.channel,
    skills,
    candidateGroups: task.candidateGroups,
    candidateUsers: task.candidateUsers,
  };
  const [agents, users, queue] = await Promise.all([
    listAgents(ctx.db),
    listActiveUserGroups(ctx.db),
    task.queue ? findQueue(ctx.db, task.queue) : Promise.resolve(undefined),
  ]);
  // Only agents of the sites the task is open to count; if agents elsewhere would do, that is the reason.
  const local = task.siteScope === null ? agents : agents.filter((a) => siteAllows(task.siteScope, a.siteId));
  const coverage = taskCoverage(local, users, needs);
  const siteRule = siteRuleOf(task, queue) ?? null;
  const elsewhere = local !== agents && coverage.qualified.length === 0 ? taskCoverage(agents, users, needs) : null;
  const gaps: WaitReason[] =
    elsewhere && elsewhere.qualified.length > 0
      ? [
          {
            code: WaitCode.OTHER_SITES,
            requirement: (task.siteScope ?? []).join(', '),
            message: `${elsewhere.qualified.length} qualified agent(s) work at other sites; site rule: ${siteRule}`,
          },
        ]
      : coverage.gaps;
  const waiting = task.state === TaskState.QUEUED;
  const reasons: WaitReason[] = [];
  if (!waiting)
    reasons.push({
      code: WaitCode.NOT_WAITING,
      requirement: task.state,
      message: `the task is ${task.state}, not waiting`,
    });
  reasons.push(...gaps);
  const now = ctx.clock.now();
  if (waiting && !isOfferable(task, now)) reasons.push(windowReason(task, now));
  let present = 0;
  let free = 0;
  if (waiting && reasons.length === 0) {
    const found = await availability(ctx, task, coverage.qualified, coverage.claimers.length);
    ({ present, free } = found);
    reasons.push(found.reason);
  }
  return {
    taskId: task.id,
    state: task.state,
    waiting,
    reasons,
    skills: coverage.skills,
    qualifiedAgents: coverage.qualified.length,
    presentAgents: present,
    freeAgents: free,
    claimers: coverage.claimers.length,
    nextEscalationAt: waiting ? nextEscalationAt(task, queue) : null,
    siteRule,
  };
}
