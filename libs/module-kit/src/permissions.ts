import type { Me } from '@pbc/contract';
import { useLocale } from '@pbc/i18n';
import { checkActivationHere, checkPermission, type Permission } from '@pbc/rules';
import { useTRPC } from '@pbc/sdk/react';
import { usePermissionReason, type MissingPermission } from '@pbc/ui';
import { useQuery } from '@tanstack/react-query';

/** The signed-in person (`auth.me`), shared by every page through the query cache. */
export function useMe(): Me | null | undefined {
  const trpc = useTRPC();
  return useQuery(trpc.auth.me.queryOptions()).data;
}

/** `anyOf` (the roles that would grant it) is empty when allowed; `globalAdmins` says who to ask (ROLE-7). */
export interface PermissionResult extends MissingPermission {
  allowed: boolean;
}

/**
 * ROLE-7: may the signed-in user do `permission`? Asks the one table in `@pbc/rules`; until
 * `auth.me` has answered, nothing is allowed.
 */
export function usePermission(permission: Permission): PermissionResult {
  const me = useMe();
  const decision = checkPermission(me?.user.roles ?? [], permission);
  const globalAdmins = me?.globalAdmins ?? [];
  if (!me) return { allowed: false, anyOf: [], globalAdmins };
  return decision.allowed
    ? { allowed: true, anyOf: [], globalAdmins }
    : { allowed: false, anyOf: decision.anyOf, globalAdmins };
}

/**
 * Why the signed-in user cannot do `permission` here, in words, or null when they can: the role
 * missing first (ROLE-7, with who to ask), then MEM-1 when `activates` (assigning, redeeming,
 * revealing or buying: a company still in Partner Membership Center does none of it here). The
 * server refuses the same; asking up front keeps a form from being filled in for nothing.
 */
export function useActionReason(
  permission: Permission,
  { activates }: { activates: boolean },
): string | null {
  const me = useMe();
  const { t } = useLocale();
  const allowed = usePermission(permission);
  const permissionReason = usePermissionReason();
  if (!allowed.allowed) return permissionReason(allowed);
  const here = activates && me ? checkActivationHere(me.company) : null;
  return here && !here.allowed ? t(`errors.reasons.${here.reason}`) : null;
}
