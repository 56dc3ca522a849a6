// A real SMTP server for tests (smtp-server): it parses what it takes (mailparser) and can refuse
// the first attempts, or hold a message before answering it. Like any SMTP server it has taken a
// message only once it answered 250 to it (RFC 5321 §6.1): a client gone before that delivered
// nothing.
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

export interface TestSmtp {
  url: string;
  /** Messages taken (answered 250), in order. */
  received: ParsedMail[];
  /** Refuse the next `n` messages with a temporary error (451). */
  refuseNext(n: number): void;
  /**
   * Holds the next message, once read, until `hold` settles; `clientGone` resolves when the
   * client's connection closes.
   */
  holdNext(hold: (clientGone: Promise<void>) => Promise<void>): void;
  close(): Promise<void>;
}

export async function startTestSmtp(): Promise<TestSmtp> {
  const received: ParsedMail[] = [];
  const closed = new Set<string>();
  const onGone = new Map<string, () => void>();
  let refusals = 0;
  let hold: ((clientGone: Promise<void>) => Promise<void>) | null = null;
  const server = new SMTPServer({
    // Plain SMTP on 127.0.0.1: no TLS certificate to trust, no account.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onClose(session: SMTPServerSession) {
      closed.add(session.id);
      onGone.get(session.id)?.();
    },
    onData(stream, session, callback) {
      void (async () => {
        const parsed = await simpleParser(stream);
        if (refusals > 0) {
          refusals -= 1;
          const error = Object.assign(new Error('Try again later'), { responseCode: 451 });
          return callback(error);
        }
        const held = hold;
        hold = null;
        if (held)
          await held(
            closed.has(session.id)
              ? Promise.resolve()
              : new Promise<void>((resolve) => onGone.set(session.id, resolve)),
          );
        if (closed.has(session.id)) return callback(new Error('The client has gone'));
        received.push(parsed);
        callback();
      })().catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext(n) {
      refusals = n;
    },
    holdNext(next) {
      hold = next;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
