import type { Role } from '@pbc/contract';
import { checkPermission } from './permissions.js';

export type RoleChangeDecision =
  | { allowed: true }
  | {
      allowed: false;
      reason: 'MISSING_ROLE' | 'ONLY_GLOBAL_ADMIN_GRANTS_GLOBAL_ADMIN' | 'LAST_GLOBAL_ADMIN';
    };

/**
 * ROLE-6: may `actorRoles` change a user's roles from `currentRoles` to `nextRoles`?
 * Global admin or User management admin change roles; only a Global admin grants or removes
 * Global admin; the company keeps at least one Global admin. `globalAdminCount` is the
 * company's count before the change.
 */
export function checkRoleChange(input: {
  actorRoles: readonly Role[];
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

/** ROLE-6: removing a user is a role change to no roles, and the user leaves the directory. */
export function checkUserRemoval(input: {
  actorRoles: readonly Role[];
  targetRoles: readonly Role[];
  globalAdminCount: number;
}): RoleChangeDecision {
  return checkRoleChange({
    actorRoles: input.actorRoles,
    currentRoles: input.targetRoles,
    nextRoles: [],
    globalAdminCount: input.globalAdminCount,
  });
}
