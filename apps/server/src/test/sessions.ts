// Sessions for tests that call procedures through `createCaller`, without signing in.
import type { Role } from '@pbc/contract';
import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.js';
import { users } from '../modules/identity/schema.js';
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
