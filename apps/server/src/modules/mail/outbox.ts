// Writing a message: rendered and stored in the outbox, with its delivery job, in the
// transaction of the change that causes it, so a message exists exactly when its change commits.
import type { Locale, SentMail } from '@pbc/contract';
import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { enqueue } from '../../jobs/queue.js';
import type { Clock } from '../../trpc/context.js';
import type * as Compose from './compose.js';
import { deliverMail, mailFrom } from './delivery.js';
import { mailOutbox } from './schema.js';

export interface NewMail {
  companyId: string;
  to: { name: string; address: string };
  locale: Locale;
  content: Compose.MailContent;
  /** What it is about, so that object's page can say whether it went out. */
  topic: { type: string; id: string };
}

// The renderer (react-dom/server) is loaded with the first message, not at start; once, as every
// `import()` call resolves its specifier again (through the loader hooks, under tsx).
let composer: Promise<typeof Compose> | undefined;

/** Writes `mail` and its delivery job in `tx`; answers the message's id. */
export async function enqueueMail(tx: Db, clock: Clock, mail: NewMail): Promise<string> {
  const { renderMail } = await (composer ??= import('./compose.js'));
  const rendered = renderMail(mail.content, mail.locale);
  const domain = mailFrom.address.split('@')[1];
  const [row] = await tx
    .insert(mailOutbox)
    .values({
      companyId: mail.companyId,
      toAddress: mail.to.address,
      toName: mail.to.name,
      locale: mail.locale,
      ...rendered,
      messageId: `<${randomUUID()}@${domain}>`,
      topicType: mail.topic.type,
      topicId: mail.topic.id,
      createdAt: clock.now(),
    })
    .returning({ id: mailOutbox.id });
  await enqueue(tx, clock, deliverMail, { mailId: row!.id });
  return row!.id;
}

type MailRow = typeof mailOutbox.$inferSelect;

export const toSentMail = (row: MailRow): SentMail => ({
  id: row.id,
  to: row.toAddress,
  toName: row.toName,
  locale: row.locale,
  subject: row.subject,
  html: row.html,
  text: row.text,
  status: row.status,
  createdAt: row.createdAt.toISOString(),
  sentAt: row.sentAt?.toISOString() ?? null,
  attempts: row.attempts,
  lastError: row.lastError,
});

/** The company's messages, newest first. */
export async function listSentMail(
  db: Db,
  companyId: string,
  { limit }: { limit: number },
): Promise<SentMail[]> {
  const rows = await db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.companyId, companyId))
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(limit);
  return rows.map(toSentMail);
}

/** The latest message about each of `topicIds` (a Go-To-Market offer's instructions…). */
export async function latestMailAbout(
  db: Db,
  companyId: string,
  topicIds: string[],
): Promise<Map<string, SentMail>> {
  if (topicIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.companyId, companyId), inArray(mailOutbox.topicId, topicIds)))
    .orderBy(desc(mailOutbox.createdAt));
  const latest = new Map<string, SentMail>();
  for (const row of rows) if (!latest.has(row.topicId)) latest.set(row.topicId, toSentMail(row));
  return latest;
}
