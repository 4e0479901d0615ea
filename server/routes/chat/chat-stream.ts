import { PassThrough } from 'node:stream';
import type Koa from 'koa';
import {
  customerSeen,
  readChatByToken,
  type ChatConversationRecord,
  type EngineContext,
} from '../../../engine/index.ts';
import { publicMessage } from './public-view.ts';

/** How often an open stream says it is alive (and the customer counts as seen). */
const HEARTBEAT_MS = 15_000;

/**
 * `GET /chat/:queue/c/:token/events`: the customer's live stream (Server-Sent Events). Each message
 * is an event whose id is its seq, so a reconnecting EventSource (Last-Event-ID) or a reloaded page
 * (`?after=`) resumes exactly. Messages (and the end) are read from the database after a change is
 * published here and at each heartbeat, so what another node wrote arrives too (within a heartbeat). While
 * the stream is open the customer is present: the idle timeout counts from when it closed.
 */
export function openChatStream(
  engine: EngineContext,
  ctx: Koa.Context,
  conversation: ChatConversationRecord,
  token: string,
  shutdown: AbortSignal,
): void {
  const stream = new PassThrough();
  // Mutable state of the stream: the last seq sent, the read in flight, whether it has closed.
  let lastSeq = Number(ctx.get('last-event-id') || ctx.query.after || 0) || 0;
  let pumping: Promise<void> = Promise.resolve();
  let closed = false;
  const send = (event: string, data: unknown, id?: number) =>
    stream.write(`${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  const pump = () => {
    pumping = pumping.then(async () => {
      if (closed) return;
      const view = await readChatByToken(engine, token, lastSeq);
      for (const m of view.messages) send('message', publicMessage(m), (lastSeq = m.seq));
      // Ended here or on another node: the stream says so once and closes.
      if (view.conversation.state !== 'OPEN') {
        send('ended', { state: 'ENDED' });
        close();
      }
    });
    pumping = pumping.catch((err) => engine.logger.warn('chat stream read failed', { err: String(err) }));
  };
  const off = engine.events.subscribe((e) => {
    if ((e.type === 'chat.message' || e.type === 'chat.ended') && e.chat.id === conversation.id) pump();
  });
  const beat = setInterval(() => {
    stream.write(': alive\n\n');
    void customerSeen(engine, conversation).catch(() => undefined);
    pump();
  }, HEARTBEAT_MS);
  const close = () => {
    if (closed) return;
    closed = true;
    off();
    clearInterval(beat);
    shutdown.removeEventListener('abort', close);
    stream.end();
  };
  shutdown.addEventListener('abort', close);
  ctx.req.on('close', close);
  ctx.status = 200;
  ctx.type = 'text/event-stream';
  ctx.set('cache-control', 'no-store');
  ctx.set('x-accel-buffering', 'no');
  ctx.body = stream;
  stream.write('retry: 3000\n\n');
  void customerSeen(engine, conversation).catch(() => undefined);
  pump();
}
