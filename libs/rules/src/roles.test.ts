import { Role } from '@pbc/contract';
import { describe, expect, it } from 'vitest';
import { canChangeBenefits } from './index.js';

describe('canChangeBenefits', () => {
  it.each(Role.options)('ROLE-1 allows %s to change benefits', (role) => {
    expect(canChangeBenefits([role])).toEqual({ allowed: true });
  });

  it('ROLE-1 lets a user without a benefit-area role read only', () => {
    expect(canChangeBenefits([])).toEqual({ allowed: false, reason: 'BENEFITS_ROLE_REQUIRED' });
    expect(canChangeBenefits(['billing_admin', 'helpdesk_agent'])).toEqual({
      allowed: false,
      reason: 'BENEFITS_ROLE_REQUIRED',
    });
  });

  it('ROLE-1 allows a user holding a benefit-area role among others', () => {
    expect(canChangeBenefits(['billing_admin', 'mpn_partner_admin'])).toEqual({ allowed: true });
  });
});
