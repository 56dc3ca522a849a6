import { describe, expect, it } from 'vitest';
import {
  checkActivationHere,
  checkOfferPurchase,
  checkRefund,
  decideCancellation,
  refundVoidWarning,
} from './membership.js';

const purchasedAt = new Date('2026-11-01T09:30:00.000Z');
const after = (days: number, ms = 0) => new Date(purchasedAt.getTime() + days * 86_400_000 + ms);
const actionPack = { offerType: 'action_pack', competencyArea: null } as const;
const silverSecurity = { offerType: 'silver', competencyArea: 'Security' } as const;
const goldSecurity = { offerType: 'gold', competencyArea: 'Security' } as const;
const goldData = { offerType: 'gold', competencyArea: 'Data Analytics' } as const;
const untouched = { purchasedAt, firstActivatedAt: null, firstKeyViewedAt: null };

describe('membership rules', () => {
  it('MEM-1 a company not yet migrated from PMC activates nothing here', () => {
    expect(checkActivationHere({ pmcMigrated: false })).toEqual({
      allowed: false,
      reason: 'PMC_NOT_MIGRATED',
    });
    expect(checkActivationHere({ pmcMigrated: true })).toEqual({ allowed: true });
  });

  it('MEM-2 one Action Pack per company', () => {
    expect(checkOfferPurchase([], actionPack)).toEqual({ allowed: true });
    expect(checkOfferPurchase([actionPack], actionPack)).toEqual({
      allowed: false,
      reason: 'ACTION_PACK_ALREADY_HELD',
    });
  });

  it('MEM-2 a company with a competency cannot buy Action Pack, but can add competencies', () => {
    expect(checkOfferPurchase([silverSecurity], actionPack)).toEqual({
      allowed: false,
      reason: 'COMPETENCY_EXCLUDES_ACTION_PACK',
    });
    expect(checkOfferPurchase([goldSecurity, silverSecurity], goldData)).toEqual({
      allowed: true,
    });
  });

  it('MEM-2 a competency is held once at each level: Gold Security twice is refused, Silver beside Gold is not', () => {
    expect(checkOfferPurchase([goldSecurity], goldSecurity)).toEqual({
      allowed: false,
      reason: 'COMPETENCY_ALREADY_HELD',
    });
    expect(checkOfferPurchase([goldSecurity], silverSecurity)).toEqual({ allowed: true });
  });

  it('MEM-4 refundable on day 29 and up to the last millisecond of day 30, not after', () => {
    expect(checkRefund({ ...untouched, now: after(29) }).allowed).toBe(true);
    expect(checkRefund({ ...untouched, now: after(30, -1) }).allowed).toBe(true);
    expect(checkRefund({ ...untouched, now: after(30) })).toEqual({
      allowed: false,
      reason: 'WINDOW_CLOSED',
      refundableUntil: after(30),
    });
  });

  it('MEM-4 the window is measured in instants, whatever the time zone of the caller', () => {
    // 2026-12-01 09:29:59.999 UTC is 17:29:59.999 in Shanghai: still inside the window there too.
    expect(
      checkRefund({ ...untouched, now: new Date('2026-12-01T17:29:59.999+08:00') }).allowed,
    ).toBe(true);
    expect(
      checkRefund({ ...untouched, now: new Date('2026-12-01T17:30:00.000+08:00') }).allowed,
    ).toBe(false);
  });

  it('MEM-4 a viewed key or an activated benefit ends the refund', () => {
    expect(checkRefund({ ...untouched, firstKeyViewedAt: after(1), now: after(2) })).toMatchObject({
      allowed: false,
      reason: 'KEY_VIEWED',
    });
    expect(checkRefund({ ...untouched, firstActivatedAt: after(1), now: after(2) })).toMatchObject({
      allowed: false,
      reason: 'BENEFIT_ACTIVATED',
    });
  });

  it('MEM-5 warns before voiding a refund only while the refund is still possible', () => {
    expect(refundVoidWarning({ ...untouched, now: after(3) })).toEqual({
      warn: true,
      refundableUntil: after(30),
    });
    expect(refundVoidWarning({ ...untouched, now: after(31) }).warn).toBe(false);
    expect(
      refundVoidWarning({ ...untouched, firstKeyViewedAt: after(1), now: after(3) }).warn,
    ).toBe(false);
  });

  it('MEM-4 a request is refunded when nothing of the package was used, whenever it is processed', () => {
    // The window was judged at the request: processing after day 30 still refunds.
    expect(decideCancellation(untouched)).toEqual({ outcome: 'refunded' });
  });

  it('MEM-4 a request is rejected with the reason when a key was viewed or a benefit activated meanwhile', () => {
    expect(decideCancellation({ ...untouched, firstActivatedAt: after(3) })).toEqual({
      outcome: 'rejected',
      reason: 'BENEFIT_ACTIVATED',
    });
    expect(decideCancellation({ ...untouched, firstKeyViewedAt: after(3) })).toEqual({
      outcome: 'rejected',
      reason: 'KEY_VIEWED',
    });
  });
});
