// Sessions: random tokens in the cookie, their SHA-256 in the database; idle and absolute expiry.
import type { Role } from '@pbc/contract';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { hashSessionToken, newSessionToken } from './tokens.js';
import type { SessionSettings } from '../../config.js';
import type { Db } from '../../db/database.js';
import { preparedPerHandle } from '../../db/prepared.js';
import { companies, sessions, users } from './schema.js';
import type { Session } from '../../trpc/context.js';

const minuteMs = 60_000;
/**
 * `last_seen_at` is written at most this often: requests of one page land in the same second
 * and write once, and the idle limit holds to the second (a coarser step would end a session
 * up to a step early: active 30 s ago, gone at 60 s with a 1-minute limit).
 */
const touchEveryMs = 1000;

export async function createSession(
  db: Db,
  user: { userId: string; companyId: string },
  now: Date,
  settings: SessionSettings,
): Promise<{ id: string; token: string; expiresAt: Date }> {
  const { token, tokenHash } = newSessionToken();
  const expiresAt = new Date(now.getTime() + settings.absoluteHours * 60 * minuteMs);
  const [row] = await db
    .insert(sessions)
    .values({ tokenHash, ...user, createdAt: now, lastSeenAt: now, expiresAt })
    .returning({ id: sessions.id });
  return { id: row!.id, token, expiresAt };
}

/** The session lookup runs before every call. */
const sessionLookup = preparedPerHandle((db) =>
  db
    .select({
      id: sessions.id,
      userId: users.id,
      companyId: companies.id,
      roles: users.roles,
      displayName: users.displayName,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, and(eq(users.id, sessions.userId), eq(users.companyId, sessions.companyId)))
    .innerJoin(companies, eq(companies.id, sessions.companyId))
    .where(
      and(
        eq(sessions.tokenHash, sql.placeholder('tokenHash')),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, sql.placeholder('now')),
        gt(sessions.lastSeenAt, sql.placeholder('idleSince')),
      ),
    )
    .prepare('pbc_session_lookup'),
);

/** The live session of a token: session, user and company in one query; refreshes `last_seen_at`. */
export async function resolveSession(
  db: Db,
  token: string,
  now: Date,
  settings: SessionSettings,
): Promise<Session | null> {
  const [row] = await sessionLookup(db).execute({
    tokenHash: hashSessionToken(token),
    now,
    idleSince: new Date(now.getTime() - settings.idleMinutes * minuteMs),
  });
  if (!row) return null;
  const { lastSeenAt, roles, ...session } = row;
  if (now.getTime() - lastSeenAt.getTime() >= touchEveryMs)
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.id));
  return { ...session, roles: roles as Role[] };
}

export async function revokeSession(db: Db, sessionId: string, now: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}
