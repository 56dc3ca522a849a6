import { describe, expect, it } from 'vitest';
import { checkRoleChange, checkRoleEditing, checkUserRemoval } from './directory.js';

const actorId = 'actor';
/** The usual case: an admin changes another user's roles. */
const someoneElse = { actorId, targetId: 'someone else' };

describe('ROLE-6 role changes', () => {
  it('ROLE-6 a User management admin grants non-admin roles', () => {
    expect(
      checkRoleChange({
        ...someoneElse,
        actorRoles: ['user_management_admin'],
        currentRoles: [],
        nextRoles: ['admin_agent'],
        globalAdminCount: 1,
      }),
    ).toEqual({ allowed: true });
  });

  it('ROLE-6 a User management admin cannot grant Global admin', () => {
    expect(
      checkRoleChange({
        ...someoneElse,
        actorRoles: ['user_management_admin'],
        currentRoles: [],
        nextRoles: ['global_admin'],
        globalAdminCount: 1,
      }),
    ).toEqual({ allowed: false, reason: 'ONLY_GLOBAL_ADMIN_GRANTS_GLOBAL_ADMIN' });
  });

  it('ROLE-6 a User management admin cannot demote a Global admin either', () => {
    expect(
      checkRoleChange({
        ...someoneElse,
        actorRoles: ['user_management_admin'],
        currentRoles: ['global_admin'],
        nextRoles: [],
        globalAdminCount: 3,
      }),
    ).toEqual({ allowed: false, reason: 'ONLY_GLOBAL_ADMIN_GRANTS_GLOBAL_ADMIN' });
  });

  it('ROLE-6 a Global admin grants Global admin', () => {
    expect(
      checkRoleChange({
        ...someoneElse,
        actorRoles: ['global_admin'],
        currentRoles: [],
        nextRoles: ['global_admin'],
        globalAdminCount: 1,
      }),
    ).toEqual({ allowed: true });
  });

  it('ROLE-6 an MPN partner admin changes no roles', () => {
    expect(
      checkRoleChange({
        ...someoneElse,
        actorRoles: ['mpn_partner_admin'],
        currentRoles: [],
        nextRoles: ['admin_agent'],
        globalAdminCount: 1,
      }),
    ).toEqual({ allowed: false, reason: 'MISSING_ROLE' });
  });

  it('ROLE-6 the last Global admin cannot be demoted', () => {
    expect(
      checkRoleChange({
        ...someoneElse,
        actorRoles: ['global_admin'],
        currentRoles: ['global_admin'],
        nextRoles: ['admin_agent'],
        globalAdminCount: 1,
      }),
    ).toEqual({ allowed: false, reason: 'LAST_GLOBAL_ADMIN' });
    expect(
      checkRoleChange({
        ...someoneElse,
        actorRoles: ['global_admin'],
        currentRoles: ['global_admin'],
        nextRoles: ['admin_agent'],
        globalAdminCount: 2,
      }),
    ).toEqual({ allowed: true });
  });

  it('ROLE-6 nobody changes their own roles, a Global admin included', () => {
    for (const actorRoles of [['user_management_admin'], ['global_admin']] as const) {
      expect(checkRoleEditing({ actorRoles, actorId, targetId: actorId })).toEqual({
        allowed: false,
        reason: 'OWN_ROLES',
      });
      expect(
        checkRoleChange({
          actorRoles,
          actorId,
          targetId: actorId,
          currentRoles: actorRoles,
          nextRoles: [...actorRoles, 'mpn_partner_admin'],
          globalAdminCount: 2,
        }),
      ).toEqual({ allowed: false, reason: 'OWN_ROLES' });
      expect(checkRoleEditing({ actorRoles, ...someoneElse })).toEqual({ allowed: true });
    }
    // A user being added is nobody yet.
    expect(
      checkRoleEditing({ actorRoles: ['user_management_admin'], actorId, targetId: null }),
    ).toEqual({ allowed: true });
    // Without a directory role the missing role is the reason, own roles or not.
    expect(checkRoleEditing({ actorRoles: [], actorId, targetId: actorId })).toEqual({
      allowed: false,
      reason: 'MISSING_ROLE',
    });
  });

  it('ROLE-6 the last Global admin cannot be removed; another one can', () => {
    expect(
      checkUserRemoval({
        actorRoles: ['global_admin'],
        targetRoles: ['global_admin'],
        globalAdminCount: 1,
      }),
    ).toEqual({
      allowed: false,
      reason: 'LAST_GLOBAL_ADMIN',
    });
    expect(
      checkUserRemoval({
        actorRoles: ['global_admin'],
        targetRoles: ['global_admin'],
        globalAdminCount: 2,
      }),
    ).toEqual({
      allowed: true,
    });
    expect(
      checkUserRemoval({
        actorRoles: ['user_management_admin'],
        targetRoles: [],
        globalAdminCount: 1,
      }),
    ).toEqual({
      allowed: true,
    });
  });
});
