// Delivering the outbox: one durable job per message, through SMTP with nodemailer.
//
// Exactly-once-ish: SMTP has no idempotency key, so a delivery is made safe in three steps.
// 1. The message's Message-ID is fixed when it is written (outbox.ts); every attempt sends the
//    same message, so the rare duplicate below is recognisable (mail stores merge them).
// 2. Before a byte goes out, the attempt is committed (`sending`, attempts + 1): a worker that dies
//    mid-send leaves a trace, and the job's lease (longer than nodemailer's timeouts together)
//    keeps a second worker off a message while a live one is still talking to the server.
// 3. When the server has answered 250 to the message, `sent` is written in the transaction that
//    completes the job (`job.transaction`), so a finished delivery is never run again.
// A worker killed before the server's 250 delivered nothing (an SMTP server takes a message only
// when it answers it, RFC 5321 §6.1): the retry after its lease sends it once. Only a kill in the
// few milliseconds between the 250 and that commit can repeat a message, with the same Message-ID.
import { and, eq, inArray } from 'drizzle-orm';
import type { Transporter } from 'nodemailer';
import { z } from 'zod';
import { Id } from '@pbc/contract';
import type { Db } from '../../db/database.js';
import { defineJob, type JobDefinition } from '../../jobs/queue.js';
import { mailOutbox } from './schema.js';

/** Who the product's messages come from. */
export const mailFrom = {
  name: 'Partner Benefits Center',
  address: 'no-reply@partner-benefits.example',
};

export interface OutgoingMail {
  messageId: string;
  to: { name: string; address: string };
  locale: string;
  subject: string;
  html: string;
  text: string;
}

/** Hands a message to a mail server; resolves once the server accepted it. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** nodemailer's timeouts, which the job's lease must outlast (step 2 above). */
const smtpTimeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/** SMTP_URL (`smtp://user:pass@host:587`, `smtps://…:465`) as a Mailer. */
export function smtpMailer(url: string): Mailer {
  // Pooled: one connection carries many messages instead of a handshake each. nodemailer is
  // loaded with the first message: a server that sends none never holds it in memory.
  let transport: Promise<Transporter> | undefined;
  const open = () =>
    (transport ??= import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport({ url, pool: true, ...smtpTimeouts } as never),
    ));
  return {
    async send(mail) {
      await (
        await open()
      ).sendMail({
        from: mailFrom,
        to: mail.to,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        messageId: mail.messageId,
        headers: { 'Content-Language': mail.locale },
      });
    },
    close: () => void transport?.then((opened) => opened.close()),
  };
}

type MailRow = typeof mailOutbox.$inferSelect;

/** Statuses a delivery never touches again. */
const settled: MailRow['status'][] = ['sent', 'failed', 'unsent'];

const errorText = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).slice(0, 1000);

export interface DeliveryPolicy {
  /** Attempts after the first; the delay doubles each time. */
  retry: { limit: number; delaySeconds: number };
  leaseSeconds: number;
}

/**
 * The delivery job with its retry policy. The product's is `deliverMail`; tests build one with
 * short delays (same queue name).
 */
export function mailDelivery(policy: DeliveryPolicy): JobDefinition<{ mailId: string }> {
  const job = defineJob({
    name: 'mail.deliver',
    data: z.object({ mailId: Id }),
    ...policy,
    async handle(run, { db, clock, mailer }) {
      const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, run.data.mailId));
      if (!mail || settled.includes(mail.status)) return;
      if (!mailer) {
        await run.transaction((tx) => setStatus(tx, mail.id, { status: 'unsent' }));
        return;
      }
      await setStatus(db, mail.id, {
        status: 'sending',
        attempts: mail.attempts + 1,
        lastAttemptAt: clock.now(),
      });
      try {
        await mailer.send({
          messageId: mail.messageId,
          to: { name: mail.toName, address: mail.toAddress },
          locale: mail.locale,
          subject: mail.subject,
          html: mail.html,
          text: mail.text,
        });
      } catch (error) {
        const last = run.retryCount >= job.retry.limit;
        await setStatus(db, mail.id, {
          status: last ? 'failed' : 'retrying',
          lastError: errorText(error),
        });
        throw error;
      }
      await run.transaction((tx) =>
        setStatus(tx, mail.id, { status: 'sent', sentAt: clock.now(), lastError: null }),
      );
    },
  });
  return job;
}

/** Changes a message not yet settled (a second run finds it settled and changes nothing). */
async function setStatus(db: Db, mailId: string, changes: Partial<MailRow>): Promise<void> {
  await db
    .update(mailOutbox)
    .set(changes)
    .where(
      and(eq(mailOutbox.id, mailId), inArray(mailOutbox.status, ['queued', 'sending', 'retrying'])),
    );
}

/** About half an hour of retries: 30 s, 1, 2, 4, 8 and 16 min. */
export const deliverMail = mailDelivery({
  retry: { limit: 6, delaySeconds: 30 },
  leaseSeconds: 120,
});
