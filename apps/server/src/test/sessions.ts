// Sessions for tests that call procedures through `createCaller`, without signing in, and the
// callers of API tokens.
import type { Role, TokenPermission } from '@pbc/contract';
import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.js';
import { hashApiToken, newApiTokenText, resolveApiToken } from '../modules/identity/api-tokens.js';
import { apiTokens, users } from '../modules/identity/schema.js';
import type { Session } from '../trpc/context.js';

/** The session a seeded user would get at sign-in (its id names no `sessions` row). */
export async function sessionOf(db: Db, userId: string): Promise<Session> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw new Error(`No user ${userId}`);
  return {
    id: randomUUID(),
    userId: user.id,
    companyId: user.companyId,
    roles: user.roles as Role[],
    displayName: user.displayName,
  };
}

/**
 * The caller an API token of `creatorId` with `permissions` stands for, resolved as a request
 * with `Authorization: Bearer` would be.
 */
export async function tokenSessionOf(
  db: Db,
  creatorId: string,
  permissions: TokenPermission[],
): Promise<Session> {
  const [user] = await db.select().from(users).where(eq(users.id, creatorId));
  if (!user) throw new Error(`No user ${creatorId}`);
  const text = newApiTokenText();
  const now = new Date();
  await db.insert(apiTokens).values({
    companyId: user.companyId,
    name: `Test token ${permissions.join('+')}`,
    prefix: text.slice(0, 12),
    tokenHash: hashApiToken(text),
    permissions,
    createdBy: user.id,
    createdAt: now,
    expiresAt: new Date(now.getTime() + 3600_000),
  });
  return resolveApiToken(db, text, now);
}
