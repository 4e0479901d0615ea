import type Koa from 'koa';

/**
 * The embeddable widget: one `<script src="https://desk.example.com/chat/widget.js" data-queue="web-chat"
 * async></script>` on a company's page adds a chat button that opens the queue's chat page in a frame
 * (docs/web.md "Live chat"). The frame keeps the conversation on this server's origin, so the host page
 * never sees the customer's token or the messages, and its CSP and ours stay separate. The script builds
 * its elements with DOM calls and textContent only.
 */
const WIDGET = `(() => {
  const me = document.currentScript;
  if (!me || !me.dataset.queue) return;
  const base = new URL(me.src).origin;
  const params = new URLSearchParams({ embed: '1' });
  if (me.dataset.skill) params.set('skill', me.dataset.skill);
  const src = base + '/chat/' + encodeURIComponent(me.dataset.queue) + '?' + params.toString();
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = me.dataset.label || 'Chat with us';
  button.setAttribute('aria-expanded', 'false');
  button.dataset.crossdeskChat = 'button';
  Object.assign(button.style, { position: 'fixed', right: '20px', bottom: '20px', zIndex: '2147483000',
    padding: '10px 16px', borderRadius: '20px', border: '0', background: me.dataset.color || '#1f5fbf',
    color: '#fff', font: '14px system-ui, sans-serif', cursor: 'pointer' });
  let frame = null;
  button.addEventListener('click', () => {
    if (!frame) {
      frame = document.createElement('iframe');
      frame.src = src;
      frame.title = button.textContent;
      frame.dataset.crossdeskChat = 'frame';
      Object.assign(frame.style, { position: 'fixed', right: '20px', bottom: '70px', width: '360px',
        height: '520px', maxHeight: 'calc(100vh - 90px)', border: '1px solid #ccd', borderRadius: '8px',
        background: '#fff', zIndex: '2147483000' });
      document.body.appendChild(frame);
    } else frame.hidden = !frame.hidden;
    button.setAttribute('aria-expanded', String(!frame.hidden));
  });
  document.body.appendChild(button);
})();
`;

/** `GET /chat/widget.js`: loadable from any site (it only frames our page). */
export function serveChatWidget(ctx: Koa.Context): void {
  ctx.type = 'text/javascript; charset=utf-8';
  ctx.set('cache-control', 'public, max-age=300');
  ctx.set('cross-origin-resource-policy', 'cross-origin');
  ctx.body = WIDGET;
}
