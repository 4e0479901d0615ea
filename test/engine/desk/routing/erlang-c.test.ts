import { strict as assert } from 'node:assert';
import { agentsNeeded, erlangC, serviceLevel } from '../../../../engine/index.ts';

// Published reference: 100 calls per 30 minutes with 180 s handle time is 10 Erlangs; the probability of
// waiting is 68.21% with 11 agents, 44.94% with 12, 28.53% with 13, 17.41% with 14, and 80/20 needs 14
// agents (service level 88.84%), as in the standard Erlang C worked example.
describe('Erlang C', () => {
  const close = (actual: number, expected: number, digits = 4) =>
    assert.ok(Math.abs(actual - expected) < 10 ** -digits, `${actual} vs ${expected}`);

  it('gives the published probabilities of waiting for 10 Erlangs', () => {
    close(erlangC(11, 10), 0.6821);
    close(erlangC(12, 10), 0.4494);
    close(erlangC(13, 10), 0.2853);
    close(erlangC(14, 10), 0.1741);
  });

  it('gives the published service levels and the agents an 80/20 target needs', () => {
    close(serviceLevel(13, 10, 180, 20), 0.7956, 3);
    close(serviceLevel(14, 10, 180, 20), 0.8884, 3);
    assert.equal(agentsNeeded(200, 180, 80, 20), 14);
  });

  it('needs every caller to wait when agents do not exceed the load, and nobody when nothing arrives', () => {
    assert.equal(erlangC(10, 10), 1);
    assert.equal(serviceLevel(9, 10, 180, 20), 0);
    assert.equal(agentsNeeded(0, 180, 80, 20), 0);
    assert.equal(erlangC(3, 0), 0);
  });

  it('needs more agents for a stricter target or a heavier load', () => {
    assert.ok(agentsNeeded(200, 180, 90, 20) > agentsNeeded(200, 180, 80, 20));
    assert.ok(agentsNeeded(400, 180, 80, 20) > agentsNeeded(200, 180, 80, 20));
  });
});
