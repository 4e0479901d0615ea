import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';
import { smtpClient, startTestMailbox, type TestMailbox } from '../support/mail.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { waitFor } from './http-helpers.ts';

const supportXml = readFileSync(
  new URL('../engine/intake/interactions/fixtures/support-request.bpmn', import.meta.url),
  'utf8',
);

const TASKS = `query ($key: String) { tasks(filter: { processKey: $key, states: [QUEUED, ASSIGNED] }) { edges { node {
  id elementId name processInstance { businessKey }
  interactions { id direction subject outcome messageId customer { email } }
} } } }`;

describe('mail end to end: SMTP in, task, reply out, customer reply correlated', () => {
  let s: TestServer;
  let mailbox: TestMailbox;
  beforeEach(async () => {
    mailbox = await startTestMailbox();
    s = await startTestServer({
      CROSSDESK_SMTP_PORT: '0',
      CROSSDESK_SMTP_OUT: mailbox.url,
      CROSSDESK_INTAKE_ADDRESSES: 'support@crossdesk.test',
      CROSSDESK_MAIL_FROM: 'Crossdesk <support@crossdesk.test>',
    });
    await s.gql(
      'mutation ($x: String!) { deployProcess(input: { bpmnXml: $x }) { id } }',
      { x: supportXml },
      { as: 'designer' },
    );
    await s.gql(
      `mutation { upsertClassificationRule(input: { name: "mail", position: 1, match: { channels: [EMAIL] }, action: { processKey: "support-request" } }) { id } }`,
      {},
      { as: 'designer' },
    );
  });
  afterEach(async () => {
    await s.close();
    await mailbox.close();
  });

  const openTasks = async () =>
    (await s.gql(TASKS, { key: 'support-request' })).data.tasks.edges.map((e: any) => e.node);

  it('turns a mail into a task, sends the expert reply threaded, and correlates the customer answer into the waiting case', async () => {
    const port = s.server.smtpPort as number;
    await smtpClient(port).sendMail({
      from: 'Ada <ada@example.com>',
      to: 'support@crossdesk.test',
      subject: 'Where is my parcel?',
      text: 'Ordered two weeks ago.',
      messageId: '<q1@example.com>',
    });
    const [task] = await openTasks();
    assert.equal(task.elementId, 'answer');
    const [incoming] = task.interactions;
    assert.deepEqual(
      [incoming.subject, incoming.customer.email, incoming.outcome],
      ['Where is my parcel?', 'ada@example.com', 'STARTED'],
    );

    const reply = await s.gql(
      `mutation ($input: ReplyToInteractionInput!) { replyToInteraction(input: $input) { id direction messageId subject outcome } }`,
      { input: { interactionId: incoming.id, taskId: task.id, body: 'It is on its way.' } },
      { as: 'expert' },
    );
    assert.equal(reply.errors, undefined, JSON.stringify(reply.errors));
    const sent = reply.data.replyToInteraction;
    const caseRef = task.processInstance.businessKey;
    assert.deepEqual(
      [sent.direction, sent.outcome, sent.subject],
      ['OUTBOUND', 'SENT', `Re: Where is my parcel? [${caseRef}]`],
    );
    await waitFor(() => mailbox.received.length === 1, 'the reply in the customer mailbox');
    const out = await simpleParser(mailbox.received[0]);
    assert.deepEqual(
      [out.messageId, out.inReplyTo, out.subject, out.to && 'text' in out.to ? out.to.text : null],
      [sent.messageId, '<q1@example.com>', sent.subject, 'ada@example.com'],
    );
    assert.match(out.text ?? '', /on its way/);

    await s.gql(`mutation ($id: ID!) { claimTask(id: $id) { id } }`, { id: task.id }, { as: 'expert' });
    await s.gql(`mutation ($id: ID!) { completeTask(id: $id) { state } }`, { id: task.id }, { as: 'expert' });
    assert.deepEqual(await openTasks(), []);

    // The customer's mail client keeps the thread headers but drops the case tag from the subject.
    await smtpClient(port).sendMail({
      from: 'ada@example.com',
      to: 'support@crossdesk.test',
      subject: 'thanks, but',
      text: 'Still nothing.',
      messageId: '<q2@example.com>',
      inReplyTo: sent.messageId,
      references: ['<q1@example.com>', sent.messageId],
    });
    const [followUp] = await openTasks();
    assert.equal(followUp.elementId, 'followUp');
    assert.deepEqual(
      followUp.interactions.map((i: any) => [i.direction, i.subject]),
      [
        ['INBOUND', 'Where is my parcel?'],
        ['OUTBOUND', sent.subject],
        ['INBOUND', 'thanks, but'],
      ],
    );
    assert.equal(followUp.interactions[2].outcome, 'CORRELATED');
  });

  it('refuses a reply when the customer has no e-mail address, and sends nothing', async () => {
    const captured = await s.gql(
      `mutation { captureInteraction(input: { channel: VOICE, subject: "call", customer: { phone: "+15550111" } }) { id } }`,
      {},
      { as: 'agent' },
    );
    const r = await s.gql(
      `mutation ($id: ID!) { replyToInteraction(input: { interactionId: $id, body: "hi" }) { id } }`,
      { id: captured.data.captureInteraction.id },
      // A supervisor may answer any contact; an expert only one of work they hold or may take.
      { as: 'supervisor' },
    );
    assert.equal(r.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(mailbox.received.length, 0);
  });
});
