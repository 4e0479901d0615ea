import { strict as assert } from 'node:assert';
import { takenFlows } from '../../web/src/lib/instance-overlays.ts';

describe('web: instance diagram paths', () => {
  it('marks the flows whose source completed and whose target was entered: only the branch taken behind a gateway', () => {
    const flows = [
      { id: 'f1', source: 'start', target: 'gw' },
      { id: 'yes', source: 'gw', target: 'approve' },
      { id: 'no', source: 'gw', target: 'reject' },
      { id: 'f4', source: 'approve', target: 'end' },
    ];
    const history = [
      { type: 'element.completed', elementId: 'start' },
      { type: 'element.completed', elementId: 'gw' },
      { type: 'element.started', elementId: 'approve' },
    ];
    assert.deepEqual(takenFlows(flows, history), ['f1', 'yes']);
    assert.deepEqual(
      takenFlows(flows, [
        ...history,
        { type: 'element.completed', elementId: 'approve' },
        { type: 'element.completed', elementId: 'end' },
      ]),
      ['f1', 'yes', 'f4'],
    );
  });
});
