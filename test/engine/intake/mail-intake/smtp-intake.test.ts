import { strict as assert } from 'node:assert';
import { startMailIntake, type MailIntake } from '../../../../engine/index.ts';
import type { TestEngine } from '../../../support/context.ts';
import { smtpClient } from '../../../support/mail.ts';
import { openTasks, useTestEngine } from '../../../support/scenario.ts';
import { seedTestRules } from '../interactions/support.ts';

const count = async (t: TestEngine, table: string) => Number((await t.ctx.db(table).count({ n: '*' }))[0].n);

describe('SMTP intake (real SMTP on loopback)', () => {
  const engine = useTestEngine(
    new URL('../interactions/capture.test.ts', import.meta.url).href,
    'support-request.bpmn',
    'refund-request.bpmn',
  );
  let t: TestEngine;
  let intake: MailIntake;
  beforeEach(async () => {
    t = engine();
    await seedTestRules(t.ctx);
    intake = await startMailIntake(t.ctx, {
      host: '127.0.0.1',
      port: 0,
      addresses: ['support@crossdesk.test'],
      maxBytes: 20_000,
    });
  });
  afterEach(() => intake.stop());

  it('given a mail to the intake address, then it becomes an interaction that starts a case, attachments as metadata only', async () => {
    const info = await smtpClient(intake.port).sendMail({
      from: 'Ada Lovelace <ada@example.com>',
      to: 'Support@Crossdesk.test',
      subject: 'Help: parcel missing',
      text: 'My parcel never arrived.',
      messageId: '<parcel-1@example.com>',
      attachments: [{ filename: 'receipt.txt', content: 'order 42' }],
    });
    assert.match(info.response, /^250 2\.0\.0 accepted as interaction ia_/);
    const [row] = await t.ctx.db('interactions');
    assert.deepEqual(
      [row.channel, row.external_id, row.message_id, row.subject, row.outcome],
      ['EMAIL', 'email:<parcel-1@example.com>', '<parcel-1@example.com>', 'Help: parcel missing', 'STARTED'],
    );
    assert.deepEqual(
      JSON.parse(row.attachments).map((a: any) => [a.filename, a.size]),
      [['receipt.txt', 8]],
    );
    const [customer] = await t.ctx.db('customers');
    assert.deepEqual([customer.email, customer.name], ['ada@example.com', 'Ada Lovelace']);
    assert.equal((await openTasks(t.ctx, row.case_instance_id))[0].elementId, 'answer');
  });

  it('given the same mail delivered twice, then it is one interaction', async () => {
    const mail = {
      from: 'ada@example.com',
      to: 'support@crossdesk.test',
      subject: 'help',
      text: 'x',
      messageId: '<twice@example.com>',
    };
    await smtpClient(intake.port).sendMail(mail);
    await smtpClient(intake.port).sendMail(mail);
    assert.equal(await count(t, 'interactions'), 1);
  });

  it('given a reply (In-Reply-To an earlier mail of an open case), then it joins that case', async () => {
    const client = smtpClient(intake.port);
    await client.sendMail({
      from: 'ada@example.com',
      to: 'support@crossdesk.test',
      subject: 'help with login',
      text: 'x',
      messageId: '<t1@example.com>',
    });
    await client.sendMail({
      from: 'ada.other@example.com',
      to: 'support@crossdesk.test',
      subject: 'Re: help with login',
      text: 'more',
      messageId: '<t2@example.com>',
      inReplyTo: '<t1@example.com>',
      references: ['<t1@example.com>'],
    });
    const rows = await t.ctx.db('interactions').orderBy('created_at').orderBy('id');
    const [first, reply] = [
      rows.find((r: any) => r.message_id === '<t1@example.com>'),
      rows.find((r: any) => r.message_id === '<t2@example.com>'),
    ];
    assert.equal(reply.case_instance_id, first.case_instance_id);
    assert.deepEqual(JSON.parse(reply.thread_refs), ['<t1@example.com>']);
    assert.equal(await count(t, 'process_instances'), 1);
  });

  it('given an oversized mail, then 552 and nothing is stored', async () => {
    const err = await smtpClient(intake.port)
      .sendMail({ from: 'ada@example.com', to: 'support@crossdesk.test', subject: 'help', text: 'x'.repeat(50_000) })
      .catch((e) => e);
    assert.equal(err.responseCode, 552);
    assert.deepEqual(
      [await count(t, 'interactions'), await count(t, 'customers'), await count(t, 'process_instances')],
      [0, 0, 0],
    );
  });

  it('given a malformed mail (no headers, or no From), then 554 and nothing is stored', async () => {
    const client = smtpClient(intake.port);
    const envelope = { from: 'ada@example.com', to: 'support@crossdesk.test' };
    const noHeaders = await client
      .sendMail({ envelope, raw: '\r\njust some text, no header section\r\n' })
      .catch((e) => e);
    const noFrom = await client
      .sendMail({ envelope, raw: 'To: support@crossdesk.test\r\nSubject: help\r\n\r\nbody\r\n' })
      .catch((e) => e);
    assert.deepEqual([noHeaders.responseCode, noFrom.responseCode], [554, 554]);
    assert.match(noFrom.response, /no valid From/);
    assert.deepEqual([await count(t, 'interactions'), await count(t, 'customers')], [0, 0]);
  });

  it('given mail to another address, then the recipient is refused with 550', async () => {
    const err = await smtpClient(intake.port)
      .sendMail({ from: 'ada@example.com', to: 'ceo@crossdesk.test', subject: 'help', text: 'x' })
      .catch((e) => e);
    assert.equal(err.responseCode, 550);
    assert.equal(await count(t, 'interactions'), 0);
  });
});
