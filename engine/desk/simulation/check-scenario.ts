import { Channel } from '../../../models/index.ts';
import { DEFAULT_CAPACITY } from '../routing/index.ts';
import { DEFAULT_SIMULATION_LIMITS, type SimulationLimits } from './limits.ts';
import { hoursAt, listAt, numberAt, objectAt, oneOf, refuse, skillsAt, stringAt } from './read-fields.ts';
import { expectedArrivals, Policy, Team, type Scenario, type SimAgents, type SimQueue } from './scenario.ts';

const DAY = 86_400;

/**
 * Reads a scenario from JSON (the `simulate` mutation's argument, the CLI's file): every field checked,
 * defaults applied, and the size held to the limits. Refusals are BAD_USER_INPUT naming the field.
 */
export function checkScenario(raw: unknown, limits: SimulationLimits = DEFAULT_SIMULATION_LIMITS): Scenario {
  const s = objectAt(raw, 'scenario');
  const hours = numberAt(s.hours, 'hours', { min: 0, max: limits.maxHours, above: true }, 8);
  const policy = oneOf(s.policy, 'policy', Object.values(Policy), Policy.BLENDED);
  const queues = listAt(s.queues, 'queues').map((q, i) => checkQueue(q, `queues[${i}]`, hours));
  if (queues.length === 0) refuse('queues', 'must name at least one queue');
  const names = new Set(queues.map((q) => q.name));
  if (names.size < queues.length) refuse('queues', 'names must differ');
  const agents = listAt(s.agents, 'agents').map((a, i) => checkAgents(a, `agents[${i}]`, hours, policy));
  const count = agents.reduce((n, a) => n + a.count, 0);
  if (count === 0) refuse('agents', 'must hold at least one agent');
  if (count > limits.maxAgents) refuse('agents', `${count} agents, more than the limit of ${limits.maxAgents}`);
  const contacts = queues.reduce((n, q) => n + q.backlog + expectedArrivals(q.arrivals, hours), 0);
  if (contacts > limits.maxContacts)
    refuse('queues', `about ${Math.round(contacts)} contacts expected, more than the limit of ${limits.maxContacts}`);
  for (const [i, q] of queues.entries())
    for (const [j, step] of q.escalation.entries())
      if (step.moveToQueue && !names.has(step.moveToQueue))
        refuse(`queues[${i}].escalation[${j}].moveToQueue`, 'must name a queue of the scenario');
  return {
    seed: numberAt(s.seed, 'seed', { min: 0, max: 2 ** 32 - 1, integer: true }, 1),
    hours,
    policy,
    acceptSeconds: numberAt(s.acceptSeconds, 'acceptSeconds', { min: 0, max: 600 }, 0),
    intervalMinutes: numberAt(s.intervalMinutes, 'intervalMinutes', { min: 5, max: 24 * 60, integer: true }, 30),
    warmupHours: numberAt(s.warmupHours, 'warmupHours', { min: 0, max: hours }, 0),
    queues,
    agents,
  };
}

function checkQueue(raw: unknown, at: string, hours: number): SimQueue {
  const q = objectAt(raw, at);
  const channel = oneOf(q.channel, `${at}.channel`, Object.values(Channel), Channel.VOICE);
  const rate = { min: 0, max: 1_000_000 };
  const flat = numberAt(q.arrivalsPerHour, `${at}.arrivalsPerHour`, rate, 0);
  const arrivals =
    q.arrivals === undefined
      ? [{ start: 0, perHour: flat }]
      : listAt(q.arrivals, `${at}.arrivals`).map((p, i) => ({
          start: hoursAt(objectAt(p, `${at}.arrivals[${i}]`).start, `${at}.arrivals[${i}].start`, hours),
          perHour: numberAt((p as Record<string, unknown>).perHour, `${at}.arrivals[${i}].perHour`, rate),
        }));
  arrivals.forEach((p, i) => {
    if (i > 0 && p.start <= arrivals[i - 1].start) refuse(`${at}.arrivals[${i}].start`, 'must be after the one before');
  });
  if (arrivals.length && arrivals[0].start > 0) arrivals.unshift({ start: 0, perHour: 0 });
  const handle = q.handleTime === undefined ? {} : objectAt(q.handleTime, `${at}.handleTime`);
  const sla = q.slaSeconds === undefined || q.slaSeconds === null ? null : q.slaSeconds;
  return {
    name: stringAt(q.name, `${at}.name`),
    channel,
    arrivals,
    averageHandleSeconds: numberAt(q.averageHandleSeconds, `${at}.averageHandleSeconds`, { min: 1, max: DAY }),
    handleTime: {
      distribution: oneOf(
        handle.distribution,
        `${at}.handleTime.distribution`,
        ['EXPONENTIAL', 'LOGNORMAL'],
        'EXPONENTIAL',
      ),
      cv: numberAt(handle.cv, `${at}.handleTime.cv`, { min: 0.05, max: 5 }, 1),
    },
    targetSeconds: numberAt(q.targetSeconds, `${at}.targetSeconds`, { min: 0, max: DAY }, 20),
    serviceLevelTarget: numberAt(
      q.serviceLevelTarget,
      `${at}.serviceLevelTarget`,
      { min: 0, max: 0.9999, above: true },
      0.8,
    ),
    patienceSeconds:
      q.patienceSeconds === undefined || q.patienceSeconds === null
        ? null
        : numberAt(q.patienceSeconds, `${at}.patienceSeconds`, { min: 1, max: DAY }),
    slaSeconds: sla === null ? null : numberAt(sla, `${at}.slaSeconds`, { min: 1, max: 30 * DAY }),
    skills: skillsAt(q.skills, `${at}.skills`),
    backlog: numberAt(q.backlog, `${at}.backlog`, { min: 0, max: 1_000_000, integer: true }, 0),
    backlogAgeSeconds: numberAt(q.backlogAgeSeconds, `${at}.backlogAgeSeconds`, { min: 0, max: 30 * DAY }, 0),
    interruptible: q.interruptible === undefined ? false : q.interruptible === true,
    priority: numberAt(q.priority, `${at}.priority`, { min: 0, max: 1000 }, 50),
    agingPerMinute: numberAt(q.agingPerMinute, `${at}.agingPerMinute`, { min: 0, max: 1000 }, 1),
    escalation: listAt(q.escalation, `${at}.escalation`, true).map((step, i) => {
      const e = objectAt(step, `${at}.escalation[${i}]`);
      const f = `${at}.escalation[${i}]`;
      return {
        afterSeconds: numberAt(e.afterSeconds, `${f}.afterSeconds`, { min: 0, max: 30 * DAY }),
        lowerSkillLevelBy: numberAt(
          e.lowerSkillLevelBy,
          `${f}.lowerSkillLevelBy`,
          { min: 0, max: 9, integer: true },
          0,
        ),
        raisePriority: numberAt(e.raisePriority, `${f}.raisePriority`, { min: 0, max: 1000 }, 0),
        moveToQueue: e.moveToQueue === undefined ? null : stringAt(e.moveToQueue, `${f}.moveToQueue`),
      };
    }),
  };
}

function checkAgents(raw: unknown, at: string, hours: number, policy: Policy): SimAgents {
  const a = objectAt(raw, at);
  // A bare number is how many tasks at once, of any channel (one call at most).
  const n =
    typeof a.capacity === 'number' ? numberAt(a.capacity, `${at}.capacity`, { min: 1, max: 50, integer: true }) : null;
  const cap =
    n !== null
      ? { VOICE: 1, CHAT: n, EMAIL: n, BACKOFFICE: n, total: n }
      : a.capacity === undefined
        ? {}
        : objectAt(a.capacity, `${at}.capacity`);
  const slot = (name: keyof typeof DEFAULT_CAPACITY) =>
    numberAt(cap[name], `${at}.capacity.${name}`, { min: 0, max: 50, integer: true }, DEFAULT_CAPACITY[name]);
  const shift = a.shift === undefined ? {} : objectAt(a.shift, `${at}.shift`);
  const start = hoursAt(shift.start, `${at}.shift.start`, hours, 0);
  const end = hoursAt(shift.end, `${at}.shift.end`, hours, hours);
  if (end <= start) refuse(`${at}.shift.end`, 'must be after shift.start');
  const breaks = listAt(shift.breaks, `${at}.shift.breaks`, true).map((b, i) => {
    const f = `${at}.shift.breaks[${i}]`;
    const o = objectAt(b, f);
    return { start: hoursAt(o.start, `${f}.start`, hours), end: hoursAt(o.end, `${f}.end`, hours) };
  });
  breaks.forEach((b, i) => {
    const f = `${at}.shift.breaks[${i}]`;
    if (!(b.start >= start && b.end <= end && b.start < b.end)) refuse(f, 'must lie inside the shift, end after start');
    if (i > 0 && b.start < breaks[i - 1].end) refuse(`${f}.start`, 'must not be before the end of the break before');
  });
  const team = a.team === undefined || a.team === null ? null : oneOf(a.team, `${at}.team`, Object.values(Team));
  if (policy === Policy.SEPARATE && team === null) refuse(`${at}.team`, 'must be VOICE or BACKOFFICE under SEPARATE');
  return {
    count: numberAt(a.count, `${at}.count`, { min: 0, max: 1_000_000, integer: true }, 1),
    skills: skillsAt(a.skills, `${at}.skills`),
    capacity: {
      VOICE: slot('VOICE'),
      CHAT: slot('CHAT'),
      EMAIL: slot('EMAIL'),
      BACKOFFICE: slot('BACKOFFICE'),
      total: slot('total'),
    },
    team,
    shift: { start, end },
    breaks,
  };
}
