import { Role } from '@pbc/contract';
import { describe, expect, it } from 'vitest';
import { checkTokenExpiry } from './api-tokens.js';
import {
  checkPermission,
  grantablePermissions,
  permissions,
  type Permission,
} from './permissions.js';

const allRoles = Role.options;
/** Who may do what, written out by hand from RULES.md so the table cannot drift silently. */
const expected: Record<Permission, Role[]> = {
  'benefits.read': [...allRoles],
  'packages.purchase': ['global_admin', 'mpn_partner_admin'],
  'packages.cancel': ['global_admin', 'mpn_partner_admin'],
  'benefits.assign': ['global_admin'],
  'benefits.activate': ['global_admin', 'mpn_partner_admin'],
  'gtm.manage': ['global_admin', 'mpn_partner_admin'],
  'directory.manage': ['global_admin', 'user_management_admin'],
  'directory.grantGlobalAdmin': ['global_admin'],
  'mail.read': ['global_admin'],
  'audit.read': [...allRoles],
  'tokens.manage': ['global_admin'],
  'packages.renew': ['global_admin', 'mpn_partner_admin'],
  'settings.reminders': ['global_admin'],
};

/** The rule each permission comes from, for the test titles. */
const ruleOf: Record<Permission, string> = {
  'benefits.read': 'ROLE-1',
  'packages.purchase': 'ROLE-2',
  'packages.cancel': 'MEM-4',
  'benefits.assign': 'ROLE-3',
  'benefits.activate': 'ROLE-4',
  'gtm.manage': 'ROLE-5',
  'directory.manage': 'ROLE-6',
  'directory.grantGlobalAdmin': 'ROLE-6',
  'mail.read': 'X-5',
  'audit.read': 'X-2',
  'tokens.manage': 'X-6',
  'packages.renew': 'MEM-6',
  'settings.reminders': 'X-5',
};

describe('permission table', () => {
  it('lists every permission once, and only those', () => {
    expect([...permissions].sort()).toEqual(Object.keys(expected).sort());
  });

  for (const permission of permissions) {
    for (const role of allRoles) {
      const allowed = expected[permission].includes(role);
      it(`${ruleOf[permission]} ${role} ${allowed ? 'holds' : 'lacks'} ${permission}`, () => {
        expect(checkPermission([role], permission).allowed).toBe(allowed);
      });
    }
  }

  it('ROLE-1 a signed-in user with no role reads benefits and changes nothing', () => {
    expect(checkPermission([], 'benefits.read')).toEqual({ allowed: true });
    for (const permission of permissions.filter((p) => p !== 'benefits.read')) {
      expect(checkPermission([], permission).allowed).toBe(false);
    }
  });

  it('ROLE-7 a refusal names the permission and the roles that would grant it', () => {
    expect(checkPermission(['admin_agent'], 'benefits.assign')).toEqual({
      allowed: false,
      reason: 'MISSING_ROLE',
      permission: 'benefits.assign',
      anyOf: ['global_admin'],
    });
  });

  it('ROLE-2 purchasing does not need Global admin', () => {
    expect(checkPermission(['mpn_partner_admin'], 'packages.purchase').allowed).toBe(true);
  });
});

describe('API tokens (X-6)', () => {
  it('a token holds a permission only when it carries it and its creator’s roles grant it', () => {
    const token = {
      roles: ['mpn_partner_admin'] as Role[],
      permissions: ['benefits.activate', 'benefits.assign'] as Permission[],
    };
    expect(checkPermission(token, 'benefits.activate').allowed).toBe(true);
    // Carried, but the creator (MPN partner admin) lacks it (ROLE-3).
    expect(checkPermission(token, 'benefits.assign').allowed).toBe(false);
    // Not carried, though anyone may read (ROLE-1): a token is given what it needs, no more.
    expect(checkPermission(token, 'benefits.read').allowed).toBe(false);
    expect(checkPermission({ roles: ['global_admin'], permissions: [] }, 'audit.read')).toEqual({
      allowed: false,
      reason: 'MISSING_ROLE',
      permission: 'audit.read',
      anyOf: expected['audit.read'],
    });
  });

  it('a person may give a token what they hold: a Global admin everything', () => {
    expect(grantablePermissions(['global_admin']).sort()).toEqual([...permissions].sort());
    expect(grantablePermissions(['admin_agent']).sort()).toEqual(['audit.read', 'benefits.read']);
  });

  it('the expiry is after today and at most 365 days away', () => {
    expect(checkTokenExpiry('2026-11-25', '2026-11-24')).toEqual({ allowed: true });
    expect(checkTokenExpiry('2027-11-24', '2026-11-24')).toEqual({ allowed: true });
    expect(checkTokenExpiry('2027-11-25', '2026-11-24')).toEqual({
      allowed: false,
      reason: 'TOKEN_EXPIRY_TOO_LATE',
    });
    expect(checkTokenExpiry('2026-11-24', '2026-11-24')).toEqual({
      allowed: false,
      reason: 'TOKEN_EXPIRY_PAST',
    });
  });
});
