import type { PermissionName, Role } from '@pbc/contract';

/**
 * Every action that needs a permission, and the roles that hold it: ONE table that the server
 * enforces (`permissionProcedure`) and the UI reads to disable an action and say why (ROLE-7).
 * An empty list means any signed-in user of the company (ROLE-1: everybody may read).
 */
export const permissionTable = {
  /** ROLE-1: benefit details are readable by every signed-in user of the company. */
  'benefits.read': [],
  /** ROLE-2: buying a package does not need Global admin. */
  'packages.purchase': ['global_admin', 'mpn_partner_admin'],
  /** MEM-4: cancelling is a service request by whoever may purchase. */
  'packages.cancel': ['global_admin', 'mpn_partner_admin'],
  /** MEM-6: renewing an offer, by whoever may purchase. */
  'packages.renew': ['global_admin', 'mpn_partner_admin'],
  /** the company's reminder settings (days before expiry) are the Global admin's. */
  'settings.reminders': ['global_admin'],
  /** ROLE-3: only a Global admin assigns benefits to employees. */
  'benefits.assign': ['global_admin'],
  /** ROLE-4: activating benefits and revealing or downloading software keys. */
  'benefits.activate': ['global_admin', 'mpn_partner_admin'],
  /** ROLE-5: Go-To-Market tasks. */
  'gtm.manage': ['global_admin', 'mpn_partner_admin'],
  /** ROLE-6: adding users and granting roles. */
  'directory.manage': ['global_admin', 'user_management_admin'],
  /** ROLE-6: only a Global admin grants (or takes away) Global admin. */
  'directory.grantGlobalAdmin': ['global_admin'],
  /** the Sent email page (every message the product sent, with its body) is the Global admin's. */
  'mail.read': ['global_admin'],
  /** the benefits-area roles read the activity log. */
  'audit.read': ['global_admin', 'user_management_admin', 'admin_agent', 'mpn_partner_admin'],
  /** a Global admin creates, lists and revokes the company's API tokens. */
  'tokens.manage': ['global_admin'],
} as const satisfies Record<PermissionName, readonly Role[]>;

export type Permission = keyof typeof permissionTable;
export const permissions = Object.keys(permissionTable) as Permission[];

export type PermissionDecision =
  | { allowed: true }
  | { allowed: false; reason: 'MISSING_ROLE'; permission: Permission; anyOf: readonly Role[] };

/**
 * Who asks: a person's roles, or an API token — the permissions it was created with and the
 * roles its creator holds now. A token holds a permission only when both grant it, so a creator who
 * loses a role takes that power from their tokens too.
 */
export type PermissionHolder =
  | readonly Role[]
  | { readonly roles: readonly Role[]; readonly permissions?: readonly Permission[] | null };

/** Does `holder` hold `permission`? When not, which roles would grant it (ROLE-7). */
export function checkPermission(
  holder: PermissionHolder,
  permission: Permission,
): PermissionDecision {
  const roles: readonly Role[] = isRoleList(holder) ? holder : holder.roles;
  const scope = isRoleList(holder) ? null : (holder.permissions ?? null);
  const anyOf: readonly Role[] = permissionTable[permission];
  const byRoles = anyOf.length === 0 || anyOf.some((role) => roles.includes(role));
  if (byRoles && (scope === null || scope.includes(permission))) return { allowed: true };
  return { allowed: false, reason: 'MISSING_ROLE', permission, anyOf };
}

function isRoleList(holder: PermissionHolder): holder is readonly Role[] {
  return Array.isArray(holder);
}

/** the permissions a token created by someone with `roles` may carry (a subset of theirs). */
export function grantablePermissions(holder: PermissionHolder): Permission[] {
  return permissions.filter((p) => checkPermission(holder, p).allowed);
}
