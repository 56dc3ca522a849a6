import type { Role } from '@pbc/contract';
import { checkPermission, type PermissionHolder } from './permissions.js';

export type RoleChangeDecision =
  | { allowed: true }
  | {
      allowed: false;
      reason:
        | 'MISSING_ROLE'
        | 'OWN_ROLES'
        | 'ONLY_GLOBAL_ADMIN_GRANTS_GLOBAL_ADMIN'
        | 'LAST_GLOBAL_ADMIN';
    };

/**
 * ROLE-6: may the actor edit the roles of `targetId` (null: a user not yet added) at all?
 * Global admin or User management admin, and nobody their own: a User management admin would
 * otherwise grant themselves MPN partner admin and reveal keys.
 */
export function checkRoleEditing(input: {
  actorRoles: PermissionHolder;
  actorId: string;
  targetId: string | null;
}): RoleChangeDecision {
  if (!checkPermission(input.actorRoles, 'directory.manage').allowed)
    return { allowed: false, reason: 'MISSING_ROLE' };
  if (input.targetId === input.actorId) return { allowed: false, reason: 'OWN_ROLES' };
  return { allowed: true };
}

/**
 * ROLE-6: may the actor change a user's roles from `currentRoles` to `nextRoles`? Besides
 * `checkRoleEditing`: only a Global admin grants or removes Global admin; the company keeps at
 * least one Global admin. `globalAdminCount` is the company's count before the change.
 */
export function checkRoleChange(input: {
  actorRoles: PermissionHolder;
  actorId: string;
  targetId: string | null;
  currentRoles: readonly Role[];
  nextRoles: readonly Role[];
  globalAdminCount: number;
}): RoleChangeDecision {
  const editing = checkRoleEditing(input);
  return editing.allowed ? checkRoleGrant(input) : editing;
}

function checkRoleGrant(input: {
  actorRoles: PermissionHolder;
  currentRoles: readonly Role[];
  nextRoles: readonly Role[];
  globalAdminCount: number;
}): RoleChangeDecision {
  const { actorRoles, currentRoles, nextRoles, globalAdminCount } = input;
  if (!checkPermission(actorRoles, 'directory.manage').allowed)
    return { allowed: false, reason: 'MISSING_ROLE' };
  const wasGlobalAdmin = currentRoles.includes('global_admin');
  const willBeGlobalAdmin = nextRoles.includes('global_admin');
  if (
    wasGlobalAdmin !== willBeGlobalAdmin &&
    !checkPermission(actorRoles, 'directory.grantGlobalAdmin').allowed
  ) {
    return { allowed: false, reason: 'ONLY_GLOBAL_ADMIN_GRANTS_GLOBAL_ADMIN' };
  }
  if (wasGlobalAdmin && !willBeGlobalAdmin && globalAdminCount <= 1)
    return { allowed: false, reason: 'LAST_GLOBAL_ADMIN' };
  return { allowed: true };
}

/**
 * ROLE-6: removing a user takes their roles as a change to none would. Admins may remove
 * themselves (unless they are the last Global admin): leaving gains nobody a role.
 */
export function checkUserRemoval(input: {
  actorRoles: PermissionHolder;
  targetRoles: readonly Role[];
  globalAdminCount: number;
}): RoleChangeDecision {
  return checkRoleGrant({
    actorRoles: input.actorRoles,
    currentRoles: input.targetRoles,
    nextRoles: [],
    globalAdminCount: input.globalAdminCount,
  });
}
