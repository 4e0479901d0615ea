import { strict as assert } from 'node:assert';
import { chatQueueOf, deskAfterReload, lastSeq, mergeLines, tokenKey } from '../../web/src/lib/chat.ts';

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

  describe('the desk after a reload', () => {
    type Chat = { id: string; state: 'OPEN' | 'ENDED'; endReason: string | null; messages: ReturnType<typeof line>[] };
    const chat = (id: string, seqs: number[], state: Chat['state'] = 'OPEN', endReason: string | null = null) =>
      ({ id, state, endReason, messages: seqs.map((n) => line(n)) }) as Chat;
    const view = (chats: Chat[]) =>
      chats.map((c) => `${c.id}:${c.state}:${c.endReason}:${c.messages.map((m) => m.seq)}`);

    it('keeps a chat the customer ended before the stream said so, ended, with its transcript, in its place', () => {
      const shown = [chat('a', [1, 2]), chat('b', [1])];
      const held = [chat('b', [1, 2]), chat('c', [1])];
      const reread = new Map([['a', chat('a', [1, 2, 3], 'ENDED', 'CUSTOMER_LEFT')]]);
      assert.deepEqual(view(deskAfterReload(shown, held, reread)), [
        'a:ENDED:CUSTOMER_LEFT:1,2,3',
        'b:OPEN:null:1,2',
        'c:OPEN:null:1',
      ]);
    });

    it('never reopens an ended chat: neither a read from before the end nor a chat no longer the agent’s', () => {
      const shown = [chat('a', [1, 2, 3], 'ENDED', 'CLOSED_BY_AGENT'), chat('b', [1, 2], 'ENDED', 'CUSTOMER_LEFT')];
      const held = [chat('a', [1, 2])];
      const reread = new Map<string, Chat | null>([['b', null]]);
      assert.deepEqual(view(deskAfterReload(shown, held, reread)), [
        'a:ENDED:CLOSED_BY_AGENT:1,2,3',
        'b:ENDED:CUSTOMER_LEFT:1,2',
      ]);
    });

    it('drops a chat that moved on to someone else; keeps one whose re-read failed, as shown, for the next reload', () => {
      const shown = [chat('moved', [1]), chat('forbidden', [1]), chat('unknown', [1, 2])];
      const reread = new Map<string, Chat | null>([
        ['moved', chat('moved', [1, 2])],
        ['forbidden', null],
      ]);
      assert.deepEqual(view(deskAfterReload(shown, [], reread)), ['unknown:OPEN:null:1,2']);
    });

    it('keeps lines the stream delivered after myChats was read', () => {
      const shown = [chat('a', [1, 2, 3])];
      assert.deepEqual(view(deskAfterReload(shown, [chat('a', [1, 2])], new Map())), ['a:OPEN:null:1,2,3']);
    });
  });
});
