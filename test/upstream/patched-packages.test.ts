import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// patches/ holds patch-package files named `<path through node_modules, joined by ++>+<version>.patch`
// (docs/upstream/). A patch is written against one exact version: when an upgrade brings another one,
// patch-package fails or, worse, applies a stale hunk. This test fails first, so the patch is ported
// or dropped on purpose.
const root = resolve(new URL('../../', import.meta.url).pathname);
const requireFromRoot = createRequire(join(root, 'package.json'));

/** Where bpmn-elements' own smqp lives: the copy its `import 'smqp'` loads (src/, the "import" export). */
function elementsSmqpDir(): string {
  const elements = dirname(dirname(requireFromRoot.resolve('bpmn-elements')));
  return dirname(dirname(createRequire(join(elements, 'package.json')).resolve('smqp')));
}

const patches = readdirSync(join(root, 'patches')).filter((f) => f.endsWith('.patch'));

describe('patched upstream packages', () => {
  it('has a patch file for each patched package', () => {
    assert.deepEqual(patches, ['bpmn-elements++smqp+11.0.1.patch']);
  });

  for (const file of patches) {
    const [, path, version] = /^(.+)\+([^+]+)\.patch$/.exec(file) ?? [];
    const dir = join(root, 'node_modules', ...path!.split('++').flatMap((p, i) => (i ? ['node_modules', p] : [p])));
    it(`${path!.replaceAll('++', ' > ')} is still the version its patch was written for (${version})`, () => {
      assert.equal(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version, version);
    });
  }

  it('patches the smqp copy that bpmn-elements loads', () => {
    assert.equal(elementsSmqpDir(), join(root, 'node_modules', 'bpmn-elements', 'node_modules', 'smqp'));
  });

  describe("bpmn-elements' smqp, patched", () => {
    let smqp: any;
    before(async () => {
      smqp = await import(pathToFileURL(join(elementsSmqpDir(), 'src', 'index.js')).href);
    });

    it('builds no event exchange for a queue or an exchange nobody outside the broker listens to', () => {
      const broker = smqp.Broker();
      broker.assertExchange('run', 'topic');
      broker.assertQueue('run-q');
      broker.bindQueue('run-q', 'run', 'run.#');
      broker.publish('run', 'run.start', { n: 1 });
      broker.consume('run-q', (_key: string, msg: any) => msg.ack());
      // Unpatched, `events` is an exchange of its own with the broker's listener bound to it.
      for (const events of [broker.getQueue('run-q').events, broker.getExchange('run').events]) {
        assert.equal(events.constructor.name, 'LifecycleEvents');
        assert.equal(events._exchange, undefined);
      }
      broker.getQueue('run-q').on('depleted', () => {});
      assert.equal(broker.getQueue('run-q').events._exchange.bindingCount, 1);
    });

    it('still tells listeners of queue and exchange lifecycle events, and keeps its own bookkeeping', () => {
      const broker = smqp.Broker();
      const seen: string[] = [];
      broker.assertExchange('run', 'topic', { autoDelete: true });
      const queue = broker.assertQueue('q', { autoDelete: true });
      queue.on('depleted', () => seen.push('depleted'));
      broker.getExchange('run').on('delete', () => seen.push('exchange deleted'));
      broker.bindQueue('q', 'run', '#');
      const consumer = broker.consume('q', (_key: string, msg: any) => msg.ack(), { consumerTag: 'tag-1' });
      broker.publish('run', 'x', {});
      assert.throws(() => broker.consume('q', () => {}, { consumerTag: 'tag-1' }), /tag-1 is occupied/);
      consumer.cancel();
      assert.deepEqual(seen, ['depleted', 'exchange deleted']);
      assert.equal(broker.getQueue('q'), undefined);
      assert.equal(broker.getExchange('run'), undefined);
      assert.equal(broker.consumerCount, 0);
    });

    it('keeps the state a broker saves and recovers unchanged', () => {
      const broker = smqp.Broker();
      broker.assertExchange('run', 'topic', { autoDelete: false });
      broker.assertQueue('run-q', { autoDelete: false });
      broker.bindQueue('run-q', 'run', 'run.#');
      broker.publish('run', 'run.enter', { id: 'task' });
      const state = broker.getState();
      const recovered = smqp.Broker().recover(JSON.parse(JSON.stringify(state)));
      assert.equal(recovered.getQueue('run-q').messageCount, 1);
      assert.deepEqual(recovered.getState().exchanges, state.exchanges);
    });
  });
});
