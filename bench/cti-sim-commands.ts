import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyCtiSignature } from '../engine/desk/cti/signature.ts';

/** One `call.command` webhook as Crossdesk sends it (see engine/desk/cti/call-command.ts). */
export interface CommandRequest {
  commandId: string;
  taskId: string;
  callId: string;
  agentId: string;
  command: 'HANG_UP' | 'HOLD' | 'UNHOLD' | 'TRANSFER';
  target: string | null;
}

/**
 * The simulated switch's webhook endpoint: receives Crossdesk's `call.command` (and `callback.dial`)
 * requests, checks their signature when a secret is given (401 otherwise), answers 200 at once and
 * hands each command to `onCommand` once (a retry with the same Idempotency-Key is answered, not redone).
 * Point the server at it with CROSSDESK_CTI_COMMAND_URL=http://HOST:PORT/commands.
 */
export async function listenForCommands(options: {
  port: number;
  secret?: string;
  onCommand: (command: CommandRequest) => Promise<void>;
  onError: (err: Error) => void;
}): Promise<{ url: string; server: Server }> {
  const seen = new Set<string>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const header = (name: string) => req.headers[name] as string | undefined;
      const refused = options.secret
        ? verifyCtiSignature(
            options.secret,
            body,
            header('x-crossdesk-timestamp'),
            header('x-crossdesk-signature'),
            Date.now(),
          )
        : null;
      if (refused) {
        res.statusCode = 401;
        return res.end(JSON.stringify({ error: refused }));
      }
      res.statusCode = 200;
      res.end('{}');
      const key = header('idempotency-key') ?? '';
      if (header('x-crossdesk-event') !== 'call.command' || seen.has(key)) return;
      seen.add(key);
      let command: CommandRequest;
      try {
        command = JSON.parse(body.toString('utf8')) as CommandRequest;
      } catch (err) {
        return options.onError(err as Error);
      }
      options.onCommand(command).catch(options.onError);
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/commands`, server };
}
