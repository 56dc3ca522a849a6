// API tokens (X-6): other teams' services call the API with a token a Global admin created.
import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, refusalPart } from './common.js';

/**
 * Every permission of the rules' table (`permissionTable` in @pbc/rules, which is checked to name
 * exactly these): what a token may be given, except `tokens.manage` (a token creates no tokens).
 */
export const PermissionName = z.enum([
  'benefits.read',
  'packages.purchase',
  'packages.cancel',
  'benefits.assign',
  'benefits.activate',
  'gtm.manage',
  'directory.manage',
  'directory.grantGlobalAdmin',
  'mail.read',
  'audit.read',
  'tokens.manage',
  'packages.renew',
  'settings.reminders',
]);
export type PermissionName = z.infer<typeof PermissionName>;

/** a token never carries the power to make or revoke tokens. */
export const TokenPermission = PermissionName.exclude(['tokens.manage']);
export type TokenPermission = z.infer<typeof TokenPermission>;

/** the text starts with this, so a leaked token is recognisable (secret scanners, logs). */
export const apiTokenPrefix = 'pbc_';
/** a token lasts at most a year from its creation. */
export const maxApiTokenDays = 365;

export const CreateApiTokenInput = z.object({
  name: z.string().trim().min(1, 'Enter a name').max(80, 'Use at most 80 characters'),
  /** The last day the token works (UTC); at most `maxApiTokenDays` from today. */
  expiresOn: IsoDate,
  permissions: z
    .array(TokenPermission)
    .min(1, 'Choose at least one permission')
    .max(TokenPermission.options.length)
    .refine((p) => new Set(p).size === p.length, 'Each permission at most once'),
});
export type CreateApiTokenInput = z.input<typeof CreateApiTokenInput>;

export const ApiToken = z.object({
  id: Id,
  name: z.string(),
  /** The first characters of the text (`pbc_` and 8 more): what the list shows to tell tokens apart. */
  prefix: z.string(),
  permissions: z.array(TokenPermission),
  createdBy: z.object({ id: Id, displayName: z.string() }).nullable(),
  createdAt: IsoDateTime,
  expiresAt: IsoDateTime,
  lastUsedAt: IsoDateTime.nullable(),
  revokedAt: IsoDateTime.nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;

/** The token text is shown once: an Idempotency-Key replay answers `null` instead. */
export const CreateApiTokenResult = z.object({ token: ApiToken, secret: z.string().nullable() });
export type CreateApiTokenResult = z.infer<typeof CreateApiTokenResult>;

export const RevokeApiTokenInput = z.object({ id: Id });
export type RevokeApiTokenInput = z.input<typeof RevokeApiTokenInput>;

/** `error.data.details.reason` of an UNAUTHORIZED answer to a Bearer token that does not work. */
export const ApiTokenRejection = z.enum(['TOKEN_UNKNOWN', 'TOKEN_REVOKED', 'TOKEN_EXPIRED']);
export type ApiTokenRejection = z.infer<typeof ApiTokenRejection>;

/** X-6 refusals of token creation, each at its field. */
export const apiTokenRefusals = refusalPart({
  TOKEN_EXPIRY_TOO_LATE: {
    message: `A token lasts at most ${maxApiTokenDays} days: choose an earlier expiry date`,
    code: 'VALIDATION',
  },
  TOKEN_EXPIRY_PAST: { message: 'Choose an expiry date after today', code: 'VALIDATION' },
  TOKEN_PERMISSION_NOT_HELD: {
    message: 'A token gets only permissions its creator holds',
    code: 'VALIDATION',
  },
  TOKEN_CANNOT_MANAGE_TOKENS: 'An API token cannot create or revoke API tokens',
});
