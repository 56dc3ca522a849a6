import { describe, expect, it } from 'vitest';
import { AuditListInput } from './audit.js';
import { AddUserInput, SignInInput, UpdateRolesInput } from './identity.js';
import { PurchaseInput } from './packages.js';

const id = '5eed0002-0001-4000-8000-000000000001';

describe('identity, audit and package inputs', () => {
  it('lowercases emails, so sign-in and the directory match whatever the case', () => {
    expect(SignInInput.parse({ email: 'Global.Admin@Contoso.Example', password: 'x' }).email).toBe(
      'global.admin@contoso.example',
    );
  });

  it('ROLE-6 refuses an unknown role and a role twice, with field errors', () => {
    const unknown = AddUserInput.safeParse({
      email: 'a@b.example',
      displayName: 'A',
      roles: ['root'],
    });
    expect(unknown.success).toBe(false);
    expect(unknown.error?.issues[0]?.path).toEqual(['roles', 0]);
    const twice = UpdateRolesInput.safeParse({
      userId: id,
      roles: ['global_admin', 'global_admin'],
    });
    expect(twice.error?.issues[0]).toMatchObject({
      path: ['roles'],
      message: 'Each role at most once',
    });
  });

  it('MEM-2 a competency purchase names its area', () => {
    expect(PurchaseInput.safeParse({ offerType: 'action_pack' }).success).toBe(true);
    expect(PurchaseInput.safeParse({ offerType: 'gold' }).error?.issues[0]?.path).toEqual([
      'competencyArea',
    ]);
  });

  it('X-2 an audit window ends after it starts', () => {
    const input = AuditListInput.safeParse({
      filter: { from: '2026-11-24T00:00:00Z', to: '2026-11-23T00:00:00Z' },
    });
    expect(input.error?.issues[0]?.path).toEqual(['filter', 'to']);
    expect(AuditListInput.parse({})).toEqual({ filter: {}, limit: 50 });
  });
});
