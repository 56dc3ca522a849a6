// Sign-in: email + password, rate limited per account and per address; never tells whether the email exists.
import type { Me, Role } from '@pbc/contract';
import { and, eq, isNotNull } from 'drizzle-orm';
import { hashPassword, verifyPassword } from './passwords.js';
import type { Db } from '../../db/database.js';
import { users } from './schema.js';
import { AppError } from '../../errors.js';
import type { Context, Session } from '../../trpc/context.js';
import { recordAudit } from '../audit/audit.js';
import { getMe } from './directory.js';
import { giveBack, rateLimited, takeAttempt, type Limit } from '../../shared/rate-limit.js';
import { createSession, revokeSession } from './sessions.js';

/** Failed sign-ins allowed per window: few per account (guessing), more per address (an office NAT). */
export function signInLimits(email: string, clientAddress: string): [Limit, Limit] {
  return [
    { key: `signin:account:${email}`, max: 5, windowMinutes: 15 },
    { key: `signin:address:${clientAddress}`, max: 20, windowMinutes: 15 },
  ];
}

const incorrect = () => new AppError('UNAUTHENTICATED', 'Email or password is incorrect');

/** Verified against when the email is unknown, so both answers take as long. */
let unknownUserHash: Promise<string> | undefined;

export async function signIn(
  ctx: Pick<Context, 'db' | 'clock' | 'request' | 'sessionSettings' | 'cookie'>,
  input: { email: string; password: string },
): Promise<Me> {
  const { db } = ctx;
  const now = ctx.clock.now();
  // Taken before the password is checked and outside any transaction: a failure stays counted.
  const attempt = await takeAttempt(db, signInLimits(input.email, ctx.request.clientAddress), now);
  if (!attempt.allowed) throw rateLimited('Too many attempts', attempt.retryAfterMinutes);

  // The same email may be a guest in several directories; the password decides which account.
  const candidates = await db
    .select({
      userId: users.id,
      companyId: users.companyId,
      roles: users.roles,
      displayName: users.displayName,
      passwordHash: users.passwordHash,
    })
    .from(users)
    .where(and(eq(users.email, input.email), isNotNull(users.passwordHash)))
    .orderBy(users.createdAt, users.id)
    .limit(10);
  if (candidates.length === 0)
    await verifyPassword(input.password, await (unknownUserHash ??= hashPassword('unknown user')));
  let user: (typeof candidates)[number] | undefined;
  for (const candidate of candidates) {
    if (await verifyPassword(input.password, candidate.passwordHash!)) {
      user = candidate;
      break;
    }
  }
  if (!user) throw incorrect();
  // A success is no failure: it returns its own attempt and clears no other, so the right password
  // among guesses (or a colleague signing in) gives a guesser no fresh attempts.
  await giveBack(db, attempt.reservation);

  const { userId, companyId, displayName } = user;
  return db.transaction(async (tx) => {
    const created = await createSession(tx, { userId, companyId }, now, ctx.sessionSettings);
    const session: Session = {
      id: created.id,
      userId,
      companyId,
      displayName,
      roles: user.roles as Role[],
    };
    await recordAudit(
      tx,
      { ...ctx, session },
      {
        action: 'auth.signIn',
        targetType: 'session',
        targetId: created.id,
        targetName: displayName,
      },
    );
    const me = await getMe(tx, session);
    ctx.cookie.set(created.token, created.expiresAt);
    return me!;
  });
}

export async function signOut(
  tx: Db,
  ctx: Pick<Context, 'clock' | 'request' | 'cookie'> & { session: Session },
): Promise<void> {
  await revokeSession(tx, ctx.session.id, ctx.clock.now());
  await recordAudit(tx, ctx, {
    action: 'auth.signOut',
    targetType: 'session',
    targetId: ctx.session.id,
    targetName: ctx.session.displayName,
  });
  ctx.cookie.clear();
}
