// API tokens: created by a Global admin with a name, an expiry and a subset of their
// permissions; the text is shown once and only its SHA-256 kept; revocable at once. A request with
// `Authorization: Bearer <token>` acts as the token (`resolveApiToken`), scoped to its company.
import {
  apiTokenPrefix,
  type ApiToken,
  type ApiTokenRejection,
  type CreateApiTokenResult,
  type Role,
  type TokenPermission,
} from '@pbc/contract';
import { addDays, checkPermission, checkTokenExpiry, dayStart, isoDay } from '@pbc/rules';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/database.js';
import { AppError, refused } from '../../errors.js';
import type { Session } from '../../trpc/context.js';
import { recordAudit, type ActorContext } from '../audit/audit.js';
import { apiTokens, companies, users } from './schema.js';

/** `pbc_` and 8 characters of the random part: enough to tell a company's tokens apart. */
const shownPrefixLength = apiTokenPrefix.length + 8;
/** `last_used_at` is written at most this often: a busy service does not write on every call. */
const touchEveryMs = 60_000;

/** `pbc_` + 256 random bits: like a session token, SHA-256 suffices to store it (nothing to guess from). */
export function newApiTokenText(): string {
  return apiTokenPrefix + randomBytes(32).toString('base64url');
}

export const hashApiToken = (text: string) => createHash('sha256').update(text).digest('hex');

/** The token text of an `Authorization: Bearer …` header, or null when there is none. */
export function bearerTokenOf(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1]! : null;
}

const rejectionMessages: Record<ApiTokenRejection, string> = {
  TOKEN_UNKNOWN: 'This API token is not known',
  TOKEN_REVOKED: 'This API token was revoked',
  TOKEN_EXPIRED: 'This API token has expired',
};

export const tokenRejected = (reason: ApiTokenRejection) =>
  new AppError('UNAUTHENTICATED', rejectionMessages[reason], { details: { reason } });

/**
 * The caller a token stands for: its company, its permissions and its creator's roles now (a token
 * holds a permission only when both grant it). UNAUTHORIZED with the reason when it does not work.
 */
export async function resolveApiToken(db: Db, text: string, now: Date): Promise<Session> {
  const [row] = await db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      permissions: apiTokens.permissions,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
      lastUsedAt: apiTokens.lastUsedAt,
      userId: users.id,
      companyId: companies.id,
      roles: users.roles,
    })
    .from(apiTokens)
    .innerJoin(
      users,
      and(eq(users.id, apiTokens.createdBy), eq(users.companyId, apiTokens.companyId)),
    )
    .innerJoin(companies, eq(companies.id, apiTokens.companyId))
    .where(eq(apiTokens.tokenHash, hashApiToken(text)));
  if (!row) throw tokenRejected('TOKEN_UNKNOWN');
  if (row.revokedAt) throw tokenRejected('TOKEN_REVOKED');
  if (row.expiresAt <= now) throw tokenRejected('TOKEN_EXPIRED');
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= touchEveryMs)
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id));
  return {
    id: row.id,
    userId: row.userId,
    companyId: row.companyId,
    roles: row.roles as Role[],
    // What the audit log shows as the actor (X-6: every use attributed to the token).
    displayName: `API token “${row.name}” (${row.prefix}…)`,
    token: { id: row.id, name: row.name, prefix: row.prefix },
    permissions: row.permissions as TokenPermission[],
  };
}

const tokenColumns = {
  id: apiTokens.id,
  name: apiTokens.name,
  prefix: apiTokens.prefix,
  permissions: apiTokens.permissions,
  creatorId: users.id,
  creatorName: users.displayName,
  createdAt: apiTokens.createdAt,
  expiresAt: apiTokens.expiresAt,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
};

interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  permissions: string[];
  creatorId: string | null;
  creatorName: string | null;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

function toApiToken(row: TokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    permissions: row.permissions as TokenPermission[],
    createdBy: row.creatorId ? { id: row.creatorId, displayName: row.creatorName ?? '' } : null,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** The company's tokens, newest first, revoked and expired ones included (the list says so). */
export async function listApiTokens(db: Db, companyId: string): Promise<ApiToken[]> {
  const rows = await db
    .select(tokenColumns)
    .from(apiTokens)
    .leftJoin(users, eq(users.id, apiTokens.createdBy))
    .where(eq(apiTokens.companyId, companyId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
  return rows.map(toApiToken);
}

async function tokenById(db: Db, companyId: string, id: string): Promise<ApiToken | null> {
  const [row] = await db
    .select(tokenColumns)
    .from(apiTokens)
    .leftJoin(users, eq(users.id, apiTokens.createdBy))
    .where(and(eq(apiTokens.id, id), eq(apiTokens.companyId, companyId)));
  return row ? toApiToken(row) : null;
}

export async function createApiToken(
  tx: Db,
  ctx: ActorContext,
  input: { name: string; expiresOn: string; permissions: TokenPermission[] },
): Promise<CreateApiTokenResult> {
  const { session } = ctx;
  const now = ctx.clock.now();
  const expiry = checkTokenExpiry(input.expiresOn, isoDay(now));
  if (!expiry.allowed) throw refused(expiry.reason, { field: 'expiresOn' });
  // The creator's own holding, never more.
  if (input.permissions.some((p) => !checkPermission(session, p).allowed))
    throw refused('TOKEN_PERMISSION_NOT_HELD', { field: 'permissions' });
  const text = newApiTokenText();
  const [row] = await tx
    .insert(apiTokens)
    .values({
      companyId: session.companyId,
      name: input.name,
      prefix: text.slice(0, shownPrefixLength),
      tokenHash: hashApiToken(text),
      permissions: input.permissions,
      createdBy: session.userId,
      createdAt: now,
      // The token works through its last day (UTC).
      expiresAt: dayStart(addDays(input.expiresOn, 1)),
    })
    .returning({ id: apiTokens.id });
  const token = (await tokenById(tx, session.companyId, row!.id))!;
  await recordAudit(tx, ctx, {
    action: 'apiTokens.create',
    targetType: 'api_token',
    targetId: token.id,
    targetName: token.name,
    after: { prefix: token.prefix, permissions: token.permissions, expiresAt: token.expiresAt },
  });
  return { token, secret: text };
}

/** Revoked at once: the next call with it answers UNAUTHORIZED (`TOKEN_REVOKED`). */
export async function revokeApiToken(
  tx: Db,
  ctx: ActorContext,
  input: { id: string },
): Promise<ApiToken> {
  const { session } = ctx;
  const before = await tokenById(tx, session.companyId, input.id);
  if (!before)
    throw new AppError('NOT_FOUND', 'API token not found', {
      fieldErrors: { id: ['This token does not exist'] },
    });
  if (before.revokedAt) return before;
  await tx
    .update(apiTokens)
    .set({ revokedAt: ctx.clock.now() })
    .where(
      and(
        eq(apiTokens.id, input.id),
        eq(apiTokens.companyId, session.companyId),
        isNull(apiTokens.revokedAt),
      ),
    );
  const token = (await tokenById(tx, session.companyId, input.id))!;
  await recordAudit(tx, ctx, {
    action: 'apiTokens.revoke',
    targetType: 'api_token',
    targetId: token.id,
    targetName: token.name,
    before: { revokedAt: null },
    after: { revokedAt: token.revokedAt },
  });
  return token;
}
