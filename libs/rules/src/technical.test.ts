import { Role } from '@pbc/contract';
import { describe, expect, it } from 'vitest';
import {
  advisoryDeductsHours,
  canMoveRequest,
  checkAdvisoryRequest,
  checkPhoneNumber,
  checkRequestCancel,
  checkSupportRequest,
  checkTechnicalActivation,
  idsRequired,
  remainingOf,
} from './technical.js';

const today = '2026-11-24';
const migrated = { pmcMigrated: true };
const incidents = {
  kind: 'support_on_premises' as const,
  offerType: 'gold' as const,
  status: 'active' as const,
  expiresOn: '2027-06-30',
  quantity: 20,
  used: 3,
  accessId: '123456789',
  contractId: '987654321',
};
const ids = { accessId: '123456789', contractId: '987654321' };
const hours = {
  kind: 'advisory_hours' as const,
  offerType: 'action_pack' as const,
  expiresOn: '2027-06-30',
  quantity: 5,
  used: 0,
  held: 0,
};
const advisory = { type: 'deployment' as const, estimatedHours: 4, phone: '+86 10 6552 9988' };

describe('technical rules', () => {
  it('ROLE-4 TECH-3 only a Global admin or an MPN partner admin activates', () => {
    const benefit = {
      kind: 'support_signature' as const,
      status: 'not_activated' as const,
      expiresOn: '2027-06-30',
    };
    const allowed = Role.options.filter(
      (role) => checkTechnicalActivation([role], migrated, benefit, today).allowed,
    );
    expect(allowed).toEqual(['global_admin', 'mpn_partner_admin']);
    expect(checkTechnicalActivation([], migrated, benefit, today)).toEqual({
      allowed: false,
      reason: 'MISSING_ROLE',
      permission: 'benefits.activate',
      anyOf: ['global_admin', 'mpn_partner_admin'],
    });
  });

  it('MEM-1 TECH-1 a company still in Partner Membership Center activates nothing here', () => {
    const benefit = {
      kind: 'support_on_premises' as const,
      status: 'not_activated' as const,
      expiresOn: '2027-06-30',
    };
    expect(
      checkTechnicalActivation(['global_admin'], { pmcMigrated: false }, benefit, today),
    ).toEqual({
      allowed: false,
      reason: 'PMC_NOT_MIGRATED',
    });
  });

  it('TECH-3 activation is requested once: not while Pending, not when active; TECH-7 advisory hours need none; MEM-7 not after expiry', () => {
    const check = (benefit: Parameters<typeof checkTechnicalActivation>[2]) =>
      checkTechnicalActivation(['global_admin'], migrated, benefit, today);
    const base = { kind: 'support_on_premises' as const, expiresOn: '2027-06-30' };
    expect(check({ ...base, status: 'not_activated' })).toEqual({ allowed: true });
    expect(check({ ...base, status: 'pending' })).toMatchObject({
      reason: 'ACTIVATION_ALREADY_REQUESTED',
    });
    expect(check({ ...base, status: 'active' })).toMatchObject({ reason: 'ALREADY_ACTIVATED' });
    expect(check({ ...base, kind: 'advisory_hours', status: 'not_activated' })).toMatchObject({
      reason: 'ACTIVATION_NOT_NEEDED',
    });
    // The expiration day is the last day to activate.
    expect(check({ ...base, status: 'not_activated', expiresOn: today })).toEqual({
      allowed: true,
    });
    expect(check({ ...base, status: 'not_activated', expiresOn: '2026-11-23' })).toMatchObject({
      reason: 'BENEFIT_EXPIRED',
    });
  });

  it('TECH-5 remaining counts down to 0 and is unlimited when the quantity is', () => {
    expect(remainingOf({ quantity: 10, used: 3 })).toBe(7);
    expect(remainingOf({ quantity: 5, used: 2, held: 3 })).toBe(0);
    expect(remainingOf({ quantity: null, used: 42 })).toBeNull();
  });

  it('TECH-4 Signature cloud support is refused for Action Pack', () => {
    expect(
      checkSupportRequest(
        { ...incidents, kind: 'support_signature', offerType: 'action_pack' },
        { productCategory: 'cloud' },
        today,
      ),
    ).toEqual({ allowed: false, reason: 'SIGNATURE_NOT_FOR_ACTION_PACK' });
    expect(
      checkSupportRequest(
        { ...incidents, kind: 'support_signature', offerType: 'silver' },
        { productCategory: 'cloud' },
        today,
      ),
    ).toEqual({ allowed: true });
  });

  it('TECH-4 on-premises incidents cover the current and previous version, Signature covers cloud products', () => {
    expect(
      checkSupportRequest(incidents, { productCategory: 'on_premises_previous', ...ids }, today),
    ).toEqual({
      allowed: true,
    });
    expect(checkSupportRequest(incidents, { productCategory: 'microsoft_365' }, today)).toEqual({
      allowed: false,
      reason: 'CATEGORY_NOT_COVERED',
      field: 'productCategory',
    });
    expect(
      checkSupportRequest(
        { ...incidents, kind: 'support_signature' },
        { productCategory: 'on_premises_current', ...ids },
        today,
      ),
    ).toMatchObject({ reason: 'CATEGORY_NOT_COVERED' });
    expect(
      checkSupportRequest(
        { ...incidents, kind: 'advisory_hours' },
        { productCategory: 'cloud' },
        today,
      ),
    ).toMatchObject({
      reason: 'NOT_A_SUPPORT_BENEFIT',
    });
  });

  it('TECH-5 none left, expired or not activated is refused with that reason', () => {
    const request = { productCategory: 'on_premises_current' as const, ...ids };
    expect(checkSupportRequest({ ...incidents, used: 20 }, request, today)).toEqual({
      allowed: false,
      reason: 'NO_INCIDENTS_LEFT',
    });
    expect(checkSupportRequest({ ...incidents, used: 19 }, request, today)).toEqual({
      allowed: true,
    });
    expect(
      checkSupportRequest({ ...incidents, quantity: null, used: 500 }, request, today),
    ).toEqual({
      allowed: true,
    });
    expect(checkSupportRequest({ ...incidents, expiresOn: '2026-11-23' }, request, today)).toEqual({
      allowed: false,
      reason: 'BENEFIT_EXPIRED',
    });
    expect(checkSupportRequest({ ...incidents, status: 'pending' }, request, today)).toEqual({
      allowed: false,
      reason: 'BENEFIT_NOT_ACTIVATED',
    });
    expect(
      checkSupportRequest({ ...incidents, status: 'not_activated' }, request, today),
    ).toMatchObject({
      reason: 'BENEFIT_NOT_ACTIVATED',
    });
  });

  it('TECH-6 Access ID and Contract ID are required for on-premises, Azure (non-CSP) and Dynamics, not for Microsoft 365', () => {
    expect(
      [
        'on_premises_current',
        'on_premises_previous',
        'azure_non_csp',
        'dynamics',
        'microsoft_365',
        'cloud',
      ].filter((c) => idsRequired(c as never)),
    ).toEqual(['on_premises_current', 'on_premises_previous', 'azure_non_csp', 'dynamics']);
    const signature = { ...incidents, kind: 'support_signature' as const };
    expect(checkSupportRequest(signature, { productCategory: 'dynamics' }, today)).toEqual({
      allowed: false,
      reason: 'ACCESS_ID_REQUIRED',
      field: 'accessId',
    });
    expect(
      checkSupportRequest(
        signature,
        { productCategory: 'azure_non_csp', accessId: ids.accessId },
        today,
      ),
    ).toEqual({
      allowed: false,
      reason: 'CONTRACT_ID_REQUIRED',
      field: 'contractId',
    });
    expect(checkSupportRequest(signature, { productCategory: 'microsoft_365' }, today)).toEqual({
      allowed: true,
    });
  });

  it('TECH-6 the IDs given are checked against the benefit', () => {
    expect(
      checkSupportRequest(
        incidents,
        {
          productCategory: 'on_premises_current',
          accessId: '111111111',
          contractId: ids.contractId,
        },
        today,
      ),
    ).toEqual({ allowed: false, reason: 'ACCESS_ID_MISMATCH', field: 'accessId' });
    expect(
      checkSupportRequest(
        incidents,
        { productCategory: 'on_premises_current', accessId: ids.accessId, contractId: '111111111' },
        today,
      ),
    ).toEqual({ allowed: false, reason: 'CONTRACT_ID_MISMATCH', field: 'contractId' });
  });

  it('TECH-7 an engagement over 25 hours is refused at its field; 25 is accepted', () => {
    const unlimited = { ...hours, offerType: 'gold' as const, quantity: 50 };
    expect(checkAdvisoryRequest(unlimited, { ...advisory, estimatedHours: 26 }, today)).toEqual({
      allowed: false,
      reason: 'HOURS_OVER_LIMIT',
      field: 'estimatedHours',
    });
    expect(checkAdvisoryRequest(unlimited, { ...advisory, estimatedHours: 25 }, today)).toEqual({
      allowed: true,
      hoursHeld: 25,
    });
  });

  it('TECH-7 hours that will be deducted must be left; presales advice is unlimited for Gold and Silver', () => {
    expect(checkAdvisoryRequest(hours, { ...advisory, estimatedHours: 6 }, today)).toEqual({
      allowed: false,
      reason: 'NO_HOURS_LEFT',
      field: 'estimatedHours',
    });
    expect(checkAdvisoryRequest({ ...hours, held: 1 }, advisory, today)).toEqual({
      allowed: true,
      hoursHeld: 4,
    });
    expect(advisoryDeductsHours('action_pack', 'technical_plan')).toBe(true);
    expect(advisoryDeductsHours('gold', 'technical_plan')).toBe(false);
    expect(advisoryDeductsHours('silver', 'marketplace')).toBe(false);
    expect(advisoryDeductsHours('silver', 'deployment')).toBe(true);
    // Gold presales advice holds nothing, even with every hour used.
    expect(
      checkAdvisoryRequest(
        { ...hours, offerType: 'gold', quantity: 50, used: 50 },
        { ...advisory, type: 'technical_plan' },
        today,
      ),
    ).toEqual({ allowed: true, hoursHeld: 0 });
    expect(
      checkAdvisoryRequest({ ...hours, kind: 'support_signature' }, advisory, today),
    ).toMatchObject({
      reason: 'NOT_AN_ADVISORY_BENEFIT',
    });
    expect(
      checkAdvisoryRequest({ ...hours, expiresOn: '2026-01-01' }, advisory, today),
    ).toMatchObject({
      reason: 'BENEFIT_EXPIRED',
    });
  });

  it('TECH-7 the phone number needs its international code and must be valid for its country', () => {
    expect(checkPhoneNumber('+86 10 6552 9988')).toEqual({ allowed: true });
    expect(checkPhoneNumber('+1 425 882 8080')).toEqual({ allowed: true });
    for (const phone of ['010 6552 9988', '+86 123', 'call me', '+1 000 000 0000'])
      expect(checkPhoneNumber(phone), phone).toEqual({
        allowed: false,
        reason: 'PHONE_INVALID',
        field: 'phone',
      });
  });

  it('TECH-8 requests go Submitted → In progress → Completed, or Cancelled while Submitted', () => {
    expect(canMoveRequest('submitted', 'in_progress')).toBe(true);
    expect(canMoveRequest('in_progress', 'completed')).toBe(true);
    expect(canMoveRequest('submitted', 'completed')).toBe(false);
    expect(canMoveRequest('in_progress', 'cancelled')).toBe(false);
    expect(canMoveRequest('completed', 'in_progress')).toBe(false);
    expect(canMoveRequest('cancelled', 'in_progress')).toBe(false);
  });

  it('TECH-8 only the requester cancels, and only while Submitted', () => {
    expect(checkRequestCancel({ status: 'submitted', requestedBy: 'u1' }, 'u1')).toEqual({
      allowed: true,
    });
    expect(checkRequestCancel({ status: 'submitted', requestedBy: 'u1' }, 'u2')).toEqual({
      allowed: false,
      reason: 'NOT_REQUESTER',
    });
    for (const status of ['in_progress', 'completed', 'cancelled'] as const)
      expect(checkRequestCancel({ status, requestedBy: 'u1' }, 'u1')).toEqual({
        allowed: false,
        reason: 'REQUEST_NOT_CANCELLABLE',
      });
  });
});
