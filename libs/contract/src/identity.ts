import { z } from 'zod';
import { Id, IsoDateTime, refusalPart } from './common.js';
import { directorySearchMaxLength } from './field-lengths.js';
import { Company, Role } from './membership.js';

/** A person in the company directory: a member of the company or a guest from elsewhere (AZ-3). */
export const UserKind = z.enum(['member', 'guest']);
export type UserKind = z.infer<typeof UserKind>;

export const Email = z
  .email('Enter an email address such as name@example.com')
  .max(254)
  .transform((e) => e.toLowerCase());

export const DisplayName = z
  .string()
  .trim()
  .min(1, 'Enter a name')
  .max(120, 'Use at most 120 characters');

export const DirectoryUser = z.object({
  id: Id,
  email: z.string(),
  displayName: z.string(),
  kind: UserKind,
  roles: z.array(Role),
  createdAt: IsoDateTime,
});
export type DirectoryUser = z.infer<typeof DirectoryUser>;

/** Who to ask when a role is missing (ROLE-7). */
export const AdminContact = z.object({ displayName: z.string(), email: z.string() });
export type AdminContact = z.infer<typeof AdminContact>;

/**
 * `error.data.details` of a FORBIDDEN answer (ROLE-7): the permission missing, the roles that
 * would grant it and the company's Global admins to ask.
 */
export const ForbiddenDetails = z.object({
  permission: z.string(),
  anyOf: z.array(Role),
  globalAdmins: z.array(AdminContact),
});
export type ForbiddenDetails = z.infer<typeof ForbiddenDetails>;

/** The signed-in person, their company and its Global admins. */
export const Me = z.object({
  user: DirectoryUser,
  company: Company,
  globalAdmins: z.array(AdminContact),
});
export type Me = z.infer<typeof Me>;

export const SignInInput = z.object({
  email: Email,
  password: z.string().min(1, 'Enter your password').max(200),
});
export type SignInInput = z.input<typeof SignInInput>;

const uniqueRoles = z
  .array(Role)
  .max(Role.options.length)
  .refine((roles) => new Set(roles).size === roles.length, 'Each role at most once');

export const DirectoryListInput = z
  .object({
    search: z.string().trim().max(directorySearchMaxLength).optional(),
    kind: UserKind.optional(),
    limit: z.number().int().min(1).max(500).default(200),
  })
  .default({ limit: 200 });
export type DirectoryListInput = z.input<typeof DirectoryListInput>;

export const AddUserInput = z.object({
  email: Email,
  displayName: DisplayName,
  kind: UserKind.default('member'),
  roles: uniqueRoles.default([]),
});
export type AddUserInput = z.input<typeof AddUserInput>;

/**
 * The temporary password is shown once and never stored in clear: a retry answered from the
 * Idempotency-Key record carries `null` instead.
 */
export const AddUserResult = z.object({
  user: DirectoryUser,
  temporaryPassword: z.string().nullable(),
});
export type AddUserResult = z.infer<typeof AddUserResult>;

export const UpdateRolesInput = z.object({ userId: Id, roles: uniqueRoles });
export type UpdateRolesInput = z.input<typeof UpdateRolesInput>;

export const RemoveUserInput = z.object({ userId: Id });
export type RemoveUserInput = z.input<typeof RemoveUserInput>;

/** ROLE-6 refusals of the directory. */
export const identityRefusals = refusalPart({
  LAST_GLOBAL_ADMIN:
    'The company must keep at least one Global admin: make another user Global admin first',
  OWN_ROLES: 'Nobody changes their own roles: ask another Global admin or User management admin',
  EMAIL_IN_DIRECTORY: 'A user with this email is already in the directory',
});
