// Email: the outbox every message is written to, and the "Sent email" list a Global admin
// reads (with no SMTP configured, the messages stay there).
import { z } from 'zod';
import { Id, IsoDateTime, Locale } from './common.js';

/**
 * Where a message stands: `queued` (written, its delivery job waiting), `sending` (an attempt is
 * under way), `retrying` (an attempt failed, another is due), `sent` (the SMTP server took it),
 * `failed` (every attempt failed), `unsent` (no SMTP server configured: kept in the outbox).
 */
export const MailStatus = z.enum(['queued', 'sending', 'retrying', 'sent', 'failed', 'unsent']);
export type MailStatus = z.infer<typeof MailStatus>;

/** A message of the outbox, as the Sent email page shows it. */
export const SentMail = z.object({
  id: Id,
  to: z.string(),
  toName: z.string(),
  locale: Locale,
  subject: z.string(),
  /** The rendered HTML part: every user-supplied text in it is escaped; shown in a sandboxed frame. */
  html: z.string(),
  text: z.string(),
  status: MailStatus,
  createdAt: IsoDateTime,
  sentAt: IsoDateTime.nullable(),
  attempts: z.number().int().nonnegative(),
  lastError: z.string().nullable(),
});
export type SentMail = z.infer<typeof SentMail>;
