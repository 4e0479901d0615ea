/**
 * `npm run mail:send -- --to support@localhost --subject "..." --body "..."`: sends one test mail to the
 * server's SMTP intake on this machine, so the README's tour needs no mail client. The port is
 * CROSSDESK_SMTP_PORT (as the server reads it) unless --port is given. Exit codes: 0 sent, 1 refused, 2 usage.
 */
import { parseArgs } from 'node:util';
import nodemailer from 'nodemailer';

const USAGE =
  'usage: npm run mail:send -- --to ADDRESS [--from ADDRESS] [--subject TEXT] [--body TEXT] [--host HOST] [--port N]';

function options(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      to: { type: 'string' },
      from: { type: 'string', default: 'ada@example.com' },
      subject: { type: 'string', default: 'Complaint: damaged parcel' },
      body: { type: 'string', default: 'The box arrived broken.' },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: process.env.CROSSDESK_SMTP_PORT ?? '2525' },
    },
  });
  const port = Number(values.port);
  if (!values.to || !Number.isInteger(port) || port <= 0) throw new Error(USAGE);
  return { ...values, to: values.to, port };
}

async function main(): Promise<number> {
  let o: ReturnType<typeof options>;
  try {
    o = options(process.argv.slice(2));
  } catch (err) {
    console.error(err instanceof Error && err.message.startsWith('usage') ? err.message : `${String(err)}\n${USAGE}`);
    return 2;
  }
  const transport = nodemailer.createTransport({ host: o.host, port: o.port, secure: false, ignoreTLS: true });
  try {
    const info = await transport.sendMail({ from: o.from, to: o.to, subject: o.subject, text: o.body });
    console.log(`sent ${info.messageId} to ${o.to} via ${o.host}:${o.port}`);
    return 0;
  } catch (err) {
    console.error(`not sent: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}

process.exitCode = await main();
