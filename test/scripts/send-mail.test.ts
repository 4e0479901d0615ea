import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startTestMailbox, type TestMailbox } from '../support/mail.ts';

const run = promisify(execFile);
const SCRIPT = ['--import', 'tsx', 'scripts/send-mail.ts'];

describe("npm run mail:send (scripts/send-mail.ts), the tour's test mail", () => {
  let mailbox: TestMailbox;
  before(async () => {
    mailbox = await startTestMailbox();
  });
  after(async () => {
    await mailbox.close();
  });

  it('sends one mail with the given subject and body to the SMTP port', async () => {
    const port = new URL(mailbox.url).port;
    const { stdout } = await run(process.execPath, [
      ...SCRIPT,
      '--to',
      'support@localhost',
      '--subject',
      'Question about my invoice',
      '--body',
      'Invoice 42 is twice.',
      '--port',
      port,
    ]);
    assert.match(stdout, /^sent .* to support@localhost/);
    assert.equal(mailbox.received.length, 1);
    const raw = mailbox.received[0].toString();
    assert.match(raw, /Subject: Question about my invoice/);
    assert.match(raw, /Invoice 42 is twice\./);
  });

  it('answers a missing --to with the usage and exit code 2', async () => {
    await assert.rejects(run(process.execPath, SCRIPT), (err: { code?: number; stderr?: string }) => {
      assert.equal(err.code, 2);
      assert.match(String(err.stderr), /usage: npm run mail:send/);
      return true;
    });
  });
});
