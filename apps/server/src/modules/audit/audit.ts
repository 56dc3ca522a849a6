// The audit log: one writer, `recordAudit`, called by every mutation inside its transaction.
import {
  Id,
  IsoDateTime,
  type AuditEvent,
  type AuditListInput,
  type AuditPage,
} from '@pbc/contract';
import { and, desc, eq, gte, like, lte, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/database.js';
import { auditEvents } from './schema.js';
import { AppError } from '../../errors.js';
import type { Clock, RequestInfo, Session } from '../../trpc/context.js';
import { escapeLike } from '../../shared/like.js';

export interface AuditEntry {
  /** Dotted verb: `<router>.<procedure>`, e.g. `directory.add`. */
  action: string;
  targetType: string;
  targetId: string | null;
  /** What a person reads in the log: a product, an edition, a person's name. */
  targetName?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Who acts, in which request, when: what a mutation passes to the services it calls. */
export interface ActorContext {
  session: Session;
  request: Pick<RequestInfo, 'id'>;
  clock: Clock;
}

/** Whoever an event is written for: a signed-in user, or the system (a job) with no user. */
export interface AuditActor {
  session: Pick<Session, 'companyId'> & { userId: string | null; displayName: string | null };
  request: Pick<RequestInfo, 'id'>;
  clock: Clock;
}

/** The system acting for `companyId` in a job: the job's id stands for the request's. */
export function jobActor(companyId: string, jobId: string, clock: Clock): AuditActor {
  return { session: { companyId, userId: null, displayName: null }, request: { id: jobId }, clock };
}

/** Writes one event on `tx`: it commits or rolls back with the change it describes. */
export async function recordAudit(tx: Db, ctx: AuditActor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEvents).values({
    companyId: ctx.session.companyId,
    actorUserId: ctx.session.userId,
    actorName: ctx.session.displayName,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    targetName: entry.targetName ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    at: ctx.clock.now(),
    requestId: ctx.request.id,
  });
}

/** The list input after defaults, as the procedure receives it. */
export type AuditQuery = z.output<typeof AuditListInput>;

/** Keyset cursor (at, id) of the last row of a page, opaque to the client. */
function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
}

function decodeCursor(cursor: string): { at: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [string, string];
    const instant = IsoDateTime.safeParse(at);
    const row = Id.safeParse(id);
    if (!instant.success || !row.success) throw new Error('bad cursor');
    return { at: new Date(instant.data), id: row.data };
  } catch {
    throw new AppError(
      'VALIDATION',
      'This page link is no longer valid: start from the first page',
      {
        fieldErrors: { cursor: ['Invalid cursor'] },
      },
    );
  }
}

type AuditRow = typeof auditEvents.$inferSelect;

/** The filter's conditions on the company's events (the list's and the CSV export's). */
function filterConditions(companyId: string, filter: AuditQuery['filter']): (SQL | undefined)[] {
  const t = auditEvents;
  return [
    eq(t.companyId, companyId),
    filter.actorId ? eq(t.actorUserId, filter.actorId) : undefined,
    filter.action ? like(t.action, `${escapeLike(filter.action)}%`) : undefined,
    filter.from ? gte(t.at, new Date(filter.from)) : undefined,
    filter.to ? lte(t.at, new Date(filter.to)) : undefined,
  ];
}

/**
 * Up to `limit` events after the keyset position `after`, newest first. The order and the
 * position's row comparison match `audit_events_company_at_id_idx`: a page is an index range
 * read, however deep it is and however many events the company has.
 */
function readPage(
  db: Db,
  conditions: (SQL | undefined)[],
  after: { at: Date; id: string } | null,
  limit: number,
): Promise<AuditRow[]> {
  const t = auditEvents;
  const position = after
    ? sql`(${t.at}, ${t.id}) < (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)`
    : undefined;
  return db
    .select()
    .from(t)
    .where(and(...conditions, position))
    .orderBy(desc(t.at), desc(t.id))
    .limit(limit);
}

/** The company's events, newest first, filtered, one page after `cursor`. */
export async function listAuditEvents(
  db: Db,
  companyId: string,
  input: AuditQuery,
): Promise<AuditPage> {
  const after = input.cursor ? decodeCursor(input.cursor) : null;
  const rows = await readPage(
    db,
    filterConditions(companyId, input.filter),
    after,
    input.limit + 1,
  );
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(toAuditEvent),
    nextCursor: rows.length > input.limit && last ? encodeCursor(last.at, last.id) : null,
  };
}

/**
 * Every filtered event, newest first, in batches of `batchSize` rows (the CSV export): each batch
 * is one keyset read after the previous batch's last row, so the export is linear in its rows.
 * The next batch is read while the caller works on the current one.
 */
export async function* auditEventBatches(
  db: Db,
  companyId: string,
  filter: AuditQuery['filter'],
  batchSize: number,
): AsyncGenerator<AuditRow[]> {
  const conditions = filterConditions(companyId, filter);
  const read = (after: AuditRow | null) => {
    const rows = readPage(db, conditions, after, batchSize);
    // A caller that stops early never awaits the read ahead: its failure is nobody's to hear.
    rows.catch(() => {});
    return rows;
  };
  for (let pending = read(null); ;) {
    const rows = await pending;
    const full = rows.length === batchSize;
    if (full) pending = read(rows[rows.length - 1]!);
    if (rows.length > 0) yield rows;
    if (!full) return;
  }
}

function toAuditEvent(row: AuditRow): AuditEvent {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actor: row.actorUserId ? { id: row.actorUserId, displayName: row.actorName ?? '' } : null,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    targetName: row.targetName,
    before: row.before,
    after: row.after,
    requestId: row.requestId,
  };
}
