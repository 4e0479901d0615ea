import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import {
  listIncidents,
  makeBuiltinWorker,
  makeEmailHandler,
  makeHttpHandler,
  type BuiltinWorker,
} from '../../../../engine/index.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { deployFixture, openElementIds, reload, start } from '../../../support/scenario.ts';

const listen = (
  server: { listen: (port: number, host: string, cb: () => void) => unknown; address?: () => unknown },
  s: any,
) => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((s.address() as AddressInfo).port)));

describe('built-in service handlers (real SMTP and HTTP on loopback)', () => {
  let t: TestEngine;
  let smtp: SMTPServer;
  let http: Server;
  let shopUrl: string;
  let smtpPort: number;
  let worker: BuiltinWorker;
  const mails: { to: string; raw: string }[] = [];
  let shopStatus = 200;
  const keys: string[] = [];

  beforeEach(async () => {
    mails.length = 0;
    keys.length = 0;
    shopStatus = 200;
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, done) {
        let raw = '';
        stream.on('data', (d) => (raw += d));
        stream.on(
          'end',
          () => (mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), raw }), done()),
        );
      },
    });
    smtpPort = await listen(smtp.server as any, smtp.server);
    http = createServer((req, res) => {
      keys.push(String(req.headers['idempotency-key']));
      res.writeHead(shopStatus, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: req.url, status: 'shipped' }));
    });
    shopUrl = `http://127.0.0.1:${await listen(http, http)}`;
    t = await makeTestEngine();
    await seedUsers(t.ctx);
    await deployFixture(t.ctx, import.meta.url, 'notify.bpmn');
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });
    worker = makeBuiltinWorker(t.ctx, {
      http: makeHttpHandler({ allow: ['127.0.0.1'] }),
      email: makeEmailHandler((m) => transport.sendMail(m), 'desk@crossdesk.test'),
    });
  });
  afterEach(async () => {
    await t.close();
    await new Promise<void>((r) => smtp.close(() => r()));
    await new Promise<void>((r) => http.close(() => r()));
  });

  it('given an http then an email handler, then the worker calls the shop, mails the customer with its answer, and the process goes on', async () => {
    const instance = await start(t.ctx, 'notify', { shopUrl, orderId: 'A-17', email: 'ada@example.test' });
    assert.deepEqual((await reload(t.ctx, instance.id)).activeElementIds, ['lookup']);
    await worker.runDue();
    await worker.runDue();
    assert.deepEqual(await openElementIds(t.ctx, instance.id), ['check']);
    const variables = (await reload(t.ctx, instance.id)).variables;
    assert.equal(variables.httpStatus, 200);
    assert.deepEqual(variables.httpBody, { id: '/orders/A-17', status: 'shipped' });
    assert.equal(mails.length, 1);
    assert.equal(mails[0].to, 'ada@example.test');
    assert.match(mails[0].raw, /Subject: Your order A-17/);
    assert.match(mails[0].raw, /Status: shipped/);
    assert.match(
      mails[0].raw,
      new RegExp(`Message-ID: ${String(variables.emailMessageId).replace(/[<>]/g, '.')}`, 'i'),
    );
    assert.equal(keys.length, 1);
    assert.ok(keys[0].startsWith('ext_'), 'the job id is the idempotency key');
  });

  it('given the shop answers 503, then the call is retried later; given 404, it becomes an incident at once', async () => {
    shopStatus = 503;
    const instance = await start(t.ctx, 'notify', { shopUrl, orderId: 'B-1', email: 'b@example.test' });
    await worker.runDue();
    assert.equal(keys.length, 1);
    assert.deepEqual(await listIncidents(t.ctx, instance.id), []);
    await worker.runDue();
    assert.equal(keys.length, 1, 'waits for its back-off');
    shopStatus = 404;
    t.clock.advance(3_600_000);
    await worker.runDue();
    assert.equal(keys.length, 2, 'retried after the back-off');
    const [incident] = await listIncidents(t.ctx, instance.id);
    assert.match(incident.errorMessage ?? '', /http: HTTP 404/);
  });

  it('given no mail server is configured, then the email job fails into an incident after its retries instead of vanishing', async () => {
    const noMail = makeBuiltinWorker(t.ctx, {
      http: makeHttpHandler({ allow: ['127.0.0.1'] }),
      email: makeEmailHandler(undefined, 'desk@crossdesk.test'),
    });
    const instance = await start(t.ctx, 'notify', { shopUrl, orderId: 'C-1', email: 'c@example.test' });
    for (let i = 0; i < 5; i++) {
      await noMail.runDue();
      t.clock.advance(3_600_000);
    }
    const [incident] = await listIncidents(t.ctx, instance.id);
    assert.match(incident.errorMessage ?? '', /CROSSDESK_SMTP_OUT/);
  });

  it('given a model whose html input is an object naming a file or a URL, then the mailer reads neither and the job is an incident', async () => {
    await deployFixture(t.ctx, import.meta.url, 'mail-content.bpmn');
    const secret = join(mkdtempSync(join(tmpdir(), 'crossdesk-mail-')), 'secret.txt');
    writeFileSync(secret, 'the server file');
    for (const payload of [{ path: secret }, { href: `${shopUrl}/internal` }, { path: `${shopUrl}/internal` }]) {
      const instance = await start(t.ctx, 'mail-content', { email: 'x@example.test', payload });
      await worker.runDue();
      const [incident] = await listIncidents(t.ctx, instance.id);
      assert.match(incident?.errorMessage ?? 'no incident', /email: input parameter "html" must be text/);
    }
    assert.equal(mails.length, 0, 'nothing was mailed');
    assert.deepEqual(keys, [], 'the inside URL was never fetched');
  });
});
