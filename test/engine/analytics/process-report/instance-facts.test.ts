import { strict as assert } from 'node:assert';
import { endFacts } from '../../../../engine/analytics/process-report/index.ts';
import type { InstanceTrail } from '../../../../models/index.ts';

const MIN = 60_000;
const T0 = Date.UTC(2026, 0, 5, 9);

describe('process facts of one ended instance (endFacts)', () => {
  it('pairs visits by execution, splits time by element kind, counts incidents and finds the first SLA breach', () => {
    const entry = (type: string, elementId: string, executionId: string, elementType: string, at: number) => ({
      type,
      elementId,
      at: T0 + at * MIN,
      data: { elementType, executionId },
    });
    const trail: InstanceTrail = {
      definitionVersion: 3,
      history: [
        entry('element.started', 'call', 'call_1', 'bpmn:ServiceTask', 0),
        { type: 'incident.created', elementId: 'call', at: T0 + MIN, data: null },
        { type: 'incident.created', elementId: 'call', at: T0 + 2 * MIN, data: null },
        entry('element.completed', 'call', 'call_1', 'bpmn:ServiceTask', 5),
        entry('element.started', 'answer', 'answer_1', 'bpmn:IntermediateCatchEvent', 5),
        entry('element.completed', 'answer', 'answer_1', 'bpmn:IntermediateCatchEvent', 65),
        // Two passes through one task (a loop): two visits.
        entry('element.started', 'check', 'check_1', 'bpmn:UserTask', 65),
        entry('element.completed', 'check', 'check_1', 'bpmn:UserTask', 75),
        entry('element.started', 'check', 'check_2', 'bpmn:UserTask', 75),
      ],
      tasks: [
        {
          executionId: 'check_1',
          elementId: 'check',
          createdAt: 0,
          answeredAt: T0 + 70 * MIN,
          completedAt: null,
          slaBreachedAt: T0 + 72 * MIN,
        },
        {
          executionId: 'check_2',
          elementId: 'check',
          createdAt: 0,
          answeredAt: null,
          completedAt: null,
          slaBreachedAt: T0 + 90 * MIN,
        },
      ],
    };
    const row = {
      id: 'pi_1',
      definition_id: 'd',
      definition_key: 'loop',
      business_key: 'B-1',
      state: 'CANCELLED',
      started_at: T0,
      ended_at: T0 + 100 * MIN,
    };
    const { fact, elements, cells } = endFacts(row, trail);
    assert.deepEqual(
      { ...fact },
      {
        instanceId: 'pi_1',
        definitionKey: 'loop',
        definitionVersion: 3,
        businessKey: 'B-1',
        state: 'CANCELLED',
        startedAt: T0,
        endedAt: T0 + 100 * MIN,
        durationMs: 100 * MIN,
        incidents: 2,
        slaBreachElementId: 'check',
        slaBreachedAt: T0 + 72 * MIN,
      },
    );
    const times = elements.map((e) => [e.executionId, e.waitingMs / MIN, e.workingMs / MIN]);
    assert.deepEqual(times, [
      ['call_1', 0, 5],
      ['answer_1', 60, 0],
      ['check_1', 5, 5],
      // Still open when the instance was cancelled: closed at its end, never answered, so all waiting.
      ['check_2', 25, 0],
    ]);
    // A cancelled instance adds no duration, its incidents and where its breach started.
    const metrics = cells
      .filter((c) => c.elementId === '' || c.metric === 'breach')
      .map((c) => [c.metric, c.elementId, c.n, c.sumMs]);
    assert.deepEqual(metrics.sort(), [
      ['breach', 'check', 1, 0],
      ['cancelled', '', 1, 0],
      ['incidents', '', 1, 2],
    ]);
    assert.equal(
      cells.filter((c) => c.elementId === 'check' && c.metric === 'total').reduce((n, c) => n + c.n, 0),
      2,
    );
  });
});
