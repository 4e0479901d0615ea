import { strict as assert } from 'node:assert';
import { chatQueueOf, lastSeq, mergeLines, tokenKey } from '../../web/src/lib/chat.ts';

describe('web: live chat logic', () => {
  const line = (seq: number, body = `m${seq}`) => ({ seq, author: 'CUSTOMER' as const, body, at: seq });

  it('merges messages by seq: a replay after reconnecting adds nothing twice, order follows seq', () => {
    const merged = mergeLines([line(1), line(3)], [line(2), line(3, 'replayed'), line(4)]);
    assert.deepEqual(
      merged.map((l) => [l.seq, l.body]),
      [
        [1, 'm1'],
        [2, 'm2'],
        [3, 'replayed'],
        [4, 'm4'],
      ],
    );
    assert.equal(lastSeq(merged), 4);
    assert.equal(lastSeq([]), 0);
  });

  it('reads the queue of a chat page path and nothing else', () => {
    assert.equal(chatQueueOf('/chat/web-chat'), 'web-chat');
    assert.equal(chatQueueOf('/chat/web-chat/'), 'web-chat');
    assert.equal(chatQueueOf('/chat/web-chat/c/abc'), null);
    assert.equal(chatQueueOf('/chat/widget.js'), null);
    assert.equal(chatQueueOf('/intake/x'), null);
    assert.equal(tokenKey('web-chat'), 'crossdesk.chat.web-chat');
  });
});
