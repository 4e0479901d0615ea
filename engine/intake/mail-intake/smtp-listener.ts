import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';
import type { EngineContext } from '../../core/context/index.ts';
import { CrossdeskError, ErrorCode } from '../../core/errors/index.ts';
import { captureInteraction } from '../interactions/index.ts';
import { SYSTEM_ACTOR } from '../../core/access/index.ts';
import { MalformedMailError, parseMail } from './parse-mail.ts';

/** Settings of the inbound SMTP listener. */
export interface MailIntakeOptions {
  host: string;
  /** 0: any free port (tests). */
  port: number;
  /** Recipient addresses accepted (lower case). */
  addresses: readonly string[];
  maxBytes: number;
}

/** A running SMTP listener. */
export interface MailIntake {
  readonly port: number;
  stop(): Promise<void>;
}

/** An SMTP reply: smtp-server answers with `responseCode` and the message. */
const smtpError = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

/**
 * Keeps at most `limit` bytes of a mail: past that the rest is read and dropped (SMTP answers only
 * after the end of DATA) and the result is null. Memory stays at the limit however much is sent.
 */
export function readAtMost(stream: NodeJS.ReadableStream, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else chunks.length = 0;
    };
    stream.on('data', onData);
    stream.once('end', () => resolve(size > limit ? null : Buffer.concat(chunks, size)));
    stream.once('error', reject);
  });
}

async function receive(ctx: EngineContext, stream: SMTPServerDataStream, maxBytes: number): Promise<string> {
  const raw = await readAtMost(stream, maxBytes);
  if (raw === null || stream.sizeExceeded) throw smtpError(552, '5.3.4 message exceeds the fixed maximum message size');
  try {
    const { input, threading } = await parseMail(raw);
    const interaction = await captureInteraction(ctx, SYSTEM_ACTOR, input, threading);
    return interaction.id;
  } catch (err) {
    if (err instanceof MalformedMailError) throw smtpError(554, `5.6.0 ${err.message}`);
    if (err instanceof CrossdeskError && err.code === ErrorCode.BAD_USER_INPUT)
      throw smtpError(554, `5.6.0 ${err.message}`);
    ctx.logger.error('mail intake failed; the sender will retry', { err: String(err) });
    throw smtpError(451, '4.3.0 temporary failure, try again later');
  }
}

/**
 * Starts the inbound SMTP listener: mail to one of `addresses` becomes an interaction (threaded by its
 * headers), other recipients are refused (550), oversized mail gets 552 and malformed mail 554, and in
 * those cases nothing is stored. A failure of our own is 451 so the sending server retries later.
 * Plain SMTP without AUTH or STARTTLS: run it behind the organisation's mail gateway.
 */
export async function startMailIntake(ctx: EngineContext, options: MailIntakeOptions): Promise<MailIntake> {
  const accepted = new Set(options.addresses.map((a) => a.toLowerCase()));
  const server = new SMTPServer({
    banner: 'Crossdesk intake',
    size: options.maxBytes,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (accepted.has(address.address.toLowerCase())) return callback();
      callback(smtpError(550, `5.1.1 <${address.address}>: no such mailbox here`));
    },
    onData(stream, _session, callback) {
      receive(ctx, stream, options.maxBytes).then(
        (id) => callback(null, `2.0.0 accepted as interaction ${id}`),
        (err: Error) => callback(err),
      );
    },
  });
  server.on('error', (err) => ctx.logger.warn('smtp connection error', { err: String(err) }));
  const port = await new Promise<number>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, options.host, () => resolve((server.server.address() as AddressInfo).port));
  });
  return { port, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
