// The outbox: every message, written in the transaction of the change that causes it and
// delivered by a durable job; it stays here, with its status, once sent or failed.
import { MailStatus } from '@pbc/contract';
import { index, integer, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, instant, locale, valuesOf } from '../../db/columns.js';
import { companyId } from '../identity/schema.js';

export const mailStatus = pgEnum('mail_status', valuesOf(MailStatus));

export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: id(),
    companyId: companyId(),
    toAddress: text('to_address').notNull(),
    toName: text('to_name').notNull(),
    locale: locale('locale').notNull(),
    subject: text('subject').notNull(),
    html: text('html').notNull(),
    text: text('text').notNull(),
    /** Fixed when the message is written: every attempt sends the same one (see delivery.ts). */
    messageId: text('message_id').notNull().unique('mail_outbox_message_id_uq'),
    status: mailStatus('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** What the message is about (a Go-To-Market offer, a seat), so its page can show delivery. */
    topicType: text('topic_type').notNull(),
    topicId: uuid('topic_id').notNull(),
    createdAt: instant('created_at').notNull(),
    lastAttemptAt: instant('last_attempt_at'),
    sentAt: instant('sent_at'),
  },
  (t) => [
    index('mail_outbox_company_idx').on(t.companyId, t.createdAt),
    index('mail_outbox_topic_idx').on(t.topicId),
  ],
);
