import { Role } from '@pbc/contract';
import { allow, deny, type Decision } from './decision.js';

const benefitRoles: ReadonlySet<string> = new Set(Role.options);

/**
 * ROLE-1: the four benefit-area roles may change benefits; any other signed-in user of the
 * company reads only. Finer rules (ROLE-2…6) narrow this per action.
 */
export function canChangeBenefits(roles: readonly string[]): Decision<'BENEFITS_ROLE_REQUIRED'> {
  return roles.some((role) => benefitRoles.has(role)) ? allow() : deny('BENEFITS_ROLE_REQUIRED');
}
