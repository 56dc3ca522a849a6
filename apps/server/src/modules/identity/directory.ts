// The company directory and its roles (ROLE-6), and who to ask when a permission is missing (ROLE-7).
import type {
  AddUserResult,
  AdminContact,
  DirectoryListInput,
  DirectoryUser,
  Me,
  Role,
} from '@pbc/contract';
import {
  checkPermission,
  checkRoleChange,
  checkUserRemoval,
  type PermissionDecision,
  type RoleChangeDecision,
} from '@pbc/rules';
import { and, arrayContains, asc, eq, ilike, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { generateTemporaryPassword, hashPassword } from './passwords.js';
import type { Db } from '../../db/database.js';
import { preparedPerHandle } from '../../db/prepared.js';
import { companies, users } from './schema.js';
import { vsSeatAssignments } from '../visual-studio/schema.js';
import { AppError, refused } from '../../errors.js';
import type { Session } from '../../trpc/context.js';
import { recordAudit, type ActorContext } from '../audit/audit.js';
import { escapeLike } from '../../shared/like.js';

/** Who a directory user is, as a change that names or mails them needs it (VS-6). */
export const directoryUserColumns = {
  id: users.id,
  displayName: users.displayName,
  email: users.email,
  kind: users.kind,
  locale: users.locale,
};

/**
 * A member or guest of the caller's company directory (AZ-3, VS-2); another company's user is not
 * found (ROLE-8), and the error shows at the input `field` that named the user. Answers who
 * they are, so a change that names or mails them need not read them again.
 */
export async function requireDirectoryUser(
  db: Db,
  companyId: string,
  userId: string,
  field = 'userId',
) {
  const [user] = await db
    .select(directoryUserColumns)
    .from(users)
    .where(and(eq(users.id, userId), eq(users.companyId, companyId)));
  if (!user)
    throw new AppError('NOT_FOUND', 'User not found', {
      fieldErrors: { [field]: ['Choose a user of your company directory'] },
    });
  return user;
}

export async function listGlobalAdmins(db: Db, companyId: string): Promise<AdminContact[]> {
  return db
    .select({ displayName: users.displayName, email: users.email })
    .from(users)
    .where(and(eq(users.companyId, companyId), arrayContains(users.roles, ['global_admin'])))
    .orderBy(asc(users.displayName));
}

/** FORBIDDEN with what is missing and the company's Global admins to ask (ROLE-7). */
export async function forbidden(
  db: Db,
  companyId: string,
  decision: Extract<PermissionDecision, { allowed: false }>,
): Promise<AppError> {
  return new AppError('FORBIDDEN', `This needs one of these roles: ${decision.anyOf.join(', ')}`, {
    details: {
      permission: decision.permission,
      anyOf: decision.anyOf,
      globalAdmins: await listGlobalAdmins(db, companyId),
    },
  });
}

const directoryColumns = {
  id: users.id,
  email: users.email,
  displayName: users.displayName,
  kind: users.kind,
  roles: users.roles,
  createdAt: users.createdAt,
};

type DirectoryRow = { [K in keyof typeof directoryColumns]: (typeof users.$inferSelect)[K] };

const toDirectoryUser = (row: DirectoryRow): DirectoryUser => ({
  ...row,
  roles: row.roles as Role[],
  createdAt: row.createdAt.toISOString(),
});

export async function getMe(db: Db, session: Session): Promise<Me | null> {
  const [row] = await db
    .select({
      user: directoryColumns,
      company: {
        id: companies.id,
        name: companies.name,
        currency: companies.currency,
        pmcMigrated: companies.pmcMigrated,
      },
    })
    .from(users)
    .innerJoin(companies, eq(companies.id, users.companyId))
    .where(and(eq(users.id, session.userId), eq(users.companyId, session.companyId)));
  if (!row) return null;
  return {
    user: toDirectoryUser(row.user),
    company: row.company,
    globalAdmins: await listGlobalAdmins(db, session.companyId),
  };
}

/**
 * The directory's page queries, prepared once per handle (`preparedPerHandle`), one per filter
 * combination: each has its own plan shape (the search's trigram indexes, the kind's filter).
 */
const directoryPages = preparedPerHandle((db) => {
  const page = (byKind: boolean, bySearch: boolean) =>
    db
      .select(directoryColumns)
      .from(users)
      .where(
        and(
          eq(users.companyId, sql.placeholder('companyId')),
          byKind ? eq(users.kind, sql.placeholder('kind')) : undefined,
          bySearch
            ? or(
                ilike(users.displayName, sql.placeholder('pattern')),
                ilike(users.email, sql.placeholder('pattern')),
              )
            : undefined,
        ),
      )
      .orderBy(asc(users.displayName), asc(users.id))
      .limit(sql.placeholder('limit'))
      .prepare(`pbc_directory${byKind ? '_kind' : ''}${bySearch ? '_search' : ''}`);
  return [
    [page(false, false), page(false, true)],
    [page(true, false), page(true, true)],
  ] as const;
});

export async function listDirectory(
  db: Db,
  companyId: string,
  input: z.output<typeof DirectoryListInput>,
): Promise<DirectoryUser[]> {
  const pattern = input.search ? `%${escapeLike(input.search)}%` : null;
  const query = directoryPages(db)[input.kind ? 1 : 0][pattern ? 1 : 0];
  const rows = await query.execute({ companyId, kind: input.kind, pattern, limit: input.limit });
  return rows.map(toDirectoryUser);
}

/** Turns a refused role change into the error the UI explains. */
async function enforce(tx: Db, session: Session, decision: RoleChangeDecision): Promise<void> {
  if (decision.allowed) return;
  if (decision.reason === 'LAST_GLOBAL_ADMIN' || decision.reason === 'OWN_ROLES')
    throw refused(decision.reason);
  const permission =
    decision.reason === 'MISSING_ROLE' ? 'directory.manage' : 'directory.grantGlobalAdmin';
  const missing = checkPermission(session, permission);
  if (!missing.allowed) throw await forbidden(tx, session.companyId, missing);
}

/**
 * The company's users, locked until the transaction ends: two concurrent demotions of the last
 * two Global admins serialize here, so the second one counts one Global admin and is refused.
 */
async function lockDirectory(tx: Db, companyId: string, userId: string) {
  const rows = await tx
    .select(directoryColumns)
    .from(users)
    .where(eq(users.companyId, companyId))
    .orderBy(asc(users.id))
    .for('update');
  const target = rows.find((r) => r.id === userId);
  if (!target) throw new AppError('NOT_FOUND', 'User not found');
  const globalAdminCount = rows.filter((r) => r.roles.includes('global_admin')).length;
  return { target: toDirectoryUser(target), globalAdminCount };
}

export async function addUser(
  tx: Db,
  ctx: ActorContext,
  input: { email: string; displayName: string; kind: 'member' | 'guest'; roles: Role[] },
): Promise<AddUserResult> {
  const { session } = ctx;
  // A new user holds no role yet, so the Global admin count plays no part.
  await enforce(
    tx,
    session,
    checkRoleChange({
      actorRoles: session,
      actorId: session.userId,
      targetId: null,
      currentRoles: [],
      nextRoles: input.roles,
      globalAdminCount: 0,
    }),
  );
  const temporaryPassword = generateTemporaryPassword();
  const [row] = await tx
    .insert(users)
    .values({
      ...input,
      companyId: session.companyId,
      passwordHash: await hashPassword(temporaryPassword),
      createdAt: ctx.clock.now(),
    })
    .onConflictDoNothing({ target: [users.companyId, users.email] })
    .returning(directoryColumns);
  if (!row) throw refused('EMAIL_IN_DIRECTORY', { field: 'email' });
  const user = toDirectoryUser(row);
  await recordAudit(tx, ctx, {
    action: 'directory.add',
    targetType: 'user',
    targetId: user.id,
    targetName: user.displayName,
    after: user,
  });
  return { user, temporaryPassword };
}

export async function updateRoles(
  tx: Db,
  ctx: ActorContext,
  input: { userId: string; roles: Role[] },
): Promise<DirectoryUser> {
  const { session } = ctx;
  const { target, globalAdminCount } = await lockDirectory(tx, session.companyId, input.userId);
  await enforce(
    tx,
    session,
    checkRoleChange({
      actorRoles: session,
      actorId: session.userId,
      targetId: target.id,
      currentRoles: target.roles,
      nextRoles: input.roles,
      globalAdminCount,
    }),
  );
  const [row] = await tx
    .update(users)
    .set({ roles: input.roles })
    .where(and(eq(users.id, target.id), eq(users.companyId, session.companyId)))
    .returning(directoryColumns);
  const user = toDirectoryUser(row!);
  await recordAudit(tx, ctx, {
    action: 'directory.updateRoles',
    targetType: 'user',
    targetId: user.id,
    targetName: user.displayName,
    before: { roles: target.roles },
    after: { roles: user.roles },
  });
  return user;
}

/** Removes the user, frees their Visual Studio seats and ends their sessions (cascade). */
export async function removeUser(
  tx: Db,
  ctx: ActorContext,
  input: { userId: string },
): Promise<void> {
  const { session } = ctx;
  const { target, globalAdminCount } = await lockDirectory(tx, session.companyId, input.userId);
  await enforce(
    tx,
    session,
    checkUserRemoval({ actorRoles: session, targetRoles: target.roles, globalAdminCount }),
  );
  const freedSeats = await tx
    .delete(vsSeatAssignments)
    .where(
      and(
        eq(vsSeatAssignments.userId, target.id),
        eq(vsSeatAssignments.companyId, session.companyId),
      ),
    )
    .returning({ id: vsSeatAssignments.id, subscriptionId: vsSeatAssignments.subscriptionId });
  await tx
    .delete(users)
    .where(and(eq(users.id, target.id), eq(users.companyId, session.companyId)));
  await recordAudit(tx, ctx, {
    action: 'directory.remove',
    targetType: 'user',
    targetId: target.id,
    targetName: target.displayName,
    before: { user: target, vsSeats: freedSeats },
  });
}
