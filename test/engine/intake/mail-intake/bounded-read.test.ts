import { strict as assert } from 'node:assert';
import { connect, type Socket } from 'node:net';
import { PassThrough } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { readAtMost } from '../../../../engine/intake/mail-intake/smtp-listener.ts';
import { startMailIntake, type MailIntake } from '../../../../engine/index.ts';
import { makeTestEngine, type TestEngine } from '../../../support/context.ts';

/** A minimal SMTP client: each `say` sends a line and resolves with the server's (last) reply line. */
function smtpSession(port: number) {
  const socket: Socket = connect(port, '127.0.0.1');
  let buffer = '';
  const waiting: ((line: string) => void)[] = [];
  socket.on('data', (d) => {
    buffer += d;
    for (let at = buffer.indexOf('\r\n'); at >= 0; at = buffer.indexOf('\r\n')) {
      const line = buffer.slice(0, at);
      buffer = buffer.slice(at + 2);
      // Multi-line replies (250-...) end with the line that has a space after the code.
      if (/^\d{3} /.test(line)) waiting.shift()?.(line);
    }
  });
  const reply = () => new Promise<string>((resolve) => waiting.push(resolve));
  const greeting = reply();
  return {
    greeting,
    say: (line: string) => {
      const next = reply();
      socket.write(`${line}\r\n`);
      return next;
    },
    /** Writes raw bytes, waiting for the socket to drain. */
    write: (chunk: Buffer) =>
      new Promise<void>((resolve) => (socket.write(chunk) ? resolve() : socket.once('drain', resolve))),
    reply,
    close: () => socket.destroy(),
  };
}

// A collector to call: garbage buffers count in arrayBuffers until collected, live ones always.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

describe('SMTP intake reads at most the size limit into memory', () => {
  let t: TestEngine;
  let intake: MailIntake;
  beforeEach(async () => {
    t = await makeTestEngine();
    intake = await startMailIntake(t.ctx, {
      host: '127.0.0.1',
      port: 0,
      addresses: ['support@crossdesk.test'],
      maxBytes: 1024 * 1024,
    });
  });
  afterEach(async () => {
    await intake.stop();
    await t.close();
  });

  it('keeps at most the limit of a stream and answers null past it, reading the rest away', async () => {
    const stream = new PassThrough();
    const read = readAtMost(stream, 10);
    stream.write('12345');
    stream.write('678901');
    stream.end('more');
    assert.equal(await read, null);
    const fits = new PassThrough();
    const ok = readAtMost(fits, 10);
    fits.end('1234567890');
    assert.equal(String(await ok), '1234567890');
  });

  it('refuses a 16 MB mail sent without a SIZE declaration with 552, holding no more than the 1 MB limit', async () => {
    const smtp = smtpSession(intake.port);
    try {
      assert.match(await smtp.greeting, /^220 /);
      assert.match(await smtp.say('EHLO tester'), /^250 /);
      assert.match(await smtp.say('MAIL FROM:<ada@example.com>'), /^250 /);
      assert.match(await smtp.say('RCPT TO:<support@crossdesk.test>'), /^250 /);
      assert.match(await smtp.say('DATA'), /^354 /);
      gc();
      const baseline = process.memoryUsage().arrayBuffers;
      let peak = 0;
      const sampler = setInterval(() => {
        gc();
        peak = Math.max(peak, process.memoryUsage().arrayBuffers - baseline);
      }, 20);
      const line = Buffer.from(`${'x'.repeat(998)}\r\n`);
      const chunk = Buffer.concat([
        Buffer.from('From: ada@example.com\r\nSubject: big\r\n\r\n'),
        ...Array(64).fill(line),
      ]);
      for (let sent = 0; sent < 16 * 1024 * 1024; sent += chunk.length) {
        await smtp.write(chunk);
        // Let the sampler run while the mail streams in.
        if (sent % (2 * 1024 * 1024) < chunk.length) await new Promise((r) => setTimeout(r, 25));
      }
      const answer = smtp.reply();
      await smtp.write(Buffer.from('.\r\n'));
      assert.match(await answer, /^552 /);
      clearInterval(sampler);
      if (process.env.CROSSDESK_REPORT) process.stderr.write(`smtp peak ${(peak / 1024 / 1024).toFixed(2)} MB\n`);
      assert.ok(
        peak < 8 * 1024 * 1024,
        `peak ${(peak / 1024 / 1024).toFixed(1)} MB of live buffers while 16 MB arrived`,
      );
      assert.equal(Number((await t.ctx.db('interactions').count({ n: '*' }))[0].n), 0);
    } finally {
      smtp.close();
    }
  });
});
