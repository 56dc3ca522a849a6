import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkBulkTransfer,
  checkCreditAssignment,
  checkCreditTransfer,
  checkCreditTarget,
  checkCreditUserRemoval,
  checkProductKeyFormat,
  checkRedemptionUndo,
  coTermDays,
  planRedemption,
  type RedemptionRecord,
  type RedemptionTarget,
} from './azure.js';
import { addMonths } from './dates.js';

const today = '2026-11-24';
const active = (seats: number, expiresOn = '2027-07-01'): RedemptionTarget => ({
  seats,
  startsOn: '2026-07-01',
  expiresOn,
  status: 'active',
});

describe('Azure credit rules', () => {
  it('AZ-4 monthly credit users can be removed at any time; AZ-5 bulk credit has no remove', () => {
    expect(checkCreditUserRemoval('monthly')).toEqual({ allowed: true });
    expect(checkCreditUserRemoval('bulk')).toEqual({
      allowed: false,
      reason: 'BULK_CREDIT_NO_REMOVE',
    });
  });

  it('AZ-5 bulk transfer is open through the day before the anniversary, not after', () => {
    const year = { enrollmentStart: '2026-07-01', anniversary: '2027-07-01' };
    expect(checkBulkTransfer(year, '2026-07-01')).toEqual({ allowed: true, lastDay: '2027-06-30' });
    expect(checkBulkTransfer(year, '2027-06-30').allowed).toBe(true);
    expect(checkBulkTransfer(year, '2027-07-01')).toEqual({
      allowed: false,
      reason: 'ENROLLMENT_YEAR_ENDED',
      lastDay: '2027-06-30',
    });
    expect(checkBulkTransfer(year, '2026-06-30').allowed).toBe(false);
  });

  it('AZ-6 bulk credit is refused onto EA, CSP, Azure in Open, Azure Pass and Action Pack subscriptions', () => {
    for (const offer of [
      'enterprise_agreement',
      'csp',
      'azure_in_open',
      'azure_pass',
      'action_pack',
    ] as const) {
      expect(checkCreditTarget('bulk', offer)).toEqual({
        allowed: false,
        reason: 'BULK_CREDIT_EXCLUDED_OFFER',
        offer,
      });
      expect(checkCreditTarget('monthly', offer)).toEqual({ allowed: true });
    }
    expect(checkCreditTarget('bulk', 'pay_as_you_go')).toEqual({ allowed: true });
    expect(checkCreditTarget('bulk', 'partner_benefit')).toEqual({ allowed: true });
  });
});

describe('product key rules', () => {
  it('AZ-8 a key is 25 letters and digits; hyphens, spaces and case are ignored', () => {
    expect(checkProductKeyFormat(' offic-e365e-3seat-s0025-demo1 ')).toEqual({
      allowed: true,
      normalized: 'OFFICE365E3SEATS0025DEMO1',
    });
    for (const bad of [
      '',
      'OFFIC-E365E-3SEAT-S0025-DEMO',
      'OFFIC-E365E-3SEAT-S0025-DEMO12',
      'OFFIC-E365E-3SEAT-S0025-DEM#1',
    ])
      expect(checkProductKeyFormat(bad)).toEqual({ allowed: false, reason: 'KEY_FORMAT' });
  });
});

describe('redemption arithmetic', () => {
  it('AZ-9 extend: 100 active + 25-seat key moves the end date by 3 months, seats unchanged', () => {
    expect(planRedemption(active(100), 25, 'extend', today)).toMatchObject({
      allowed: true,
      outcome: 'extend',
      seats: 100,
      expiresOn: '2027-10-01',
    });
  });

  it('AZ-9 extend: 100 + 100 → +12 months; 5 + 10 → +24 months', () => {
    expect(planRedemption(active(100), 100, 'extend', today)).toMatchObject({
      seats: 100,
      expiresOn: '2028-07-01',
    });
    expect(planRedemption(active(5), 10, 'extend', today)).toMatchObject({
      seats: 5,
      expiresOn: '2029-07-01',
    });
  });

  it('AZ-9 extend: a fraction of a month becomes days (100 + 10 → 1.2 months = 1 month and 6 days)', () => {
    expect(planRedemption(active(100), 10, 'extend', today)).toMatchObject({
      expiresOn: '2027-08-07',
    });
  });

  it('AZ-10 extending with more than 3× the active seats is refused; exactly 3× moves 36 months', () => {
    expect(planRedemption(active(100), 301, 'extend', today)).toEqual({
      allowed: false,
      reason: 'EXTENSION_OVER_THREE_YEARS',
      maxKeySeats: 300,
    });
    expect(planRedemption(active(100), 300, 'extend', today)).toMatchObject({
      allowed: true,
      expiresOn: '2030-07-01',
    });
    // Adding seats moves no end date by years, so the limit does not apply.
    expect(planRedemption(active(100), 400, 'add_seats', today).allowed).toBe(true);
  });

  it('AZ-9 add seats co-terms: 100 seats with 6 months left + 100-seat key → 200 seats, about 9 months, under 12', () => {
    const plan = planRedemption(active(100, '2027-05-24'), 100, 'add_seats', today);
    // (100 × 181 days + 100 × 365 days) ÷ 200 = 273 days.
    expect(plan).toMatchObject({
      allowed: true,
      outcome: 'add_seats',
      seats: 200,
      startsOn: '2026-07-01',
      expiresOn: '2027-08-24',
      underTwelveMonths: true,
      monthsRemaining: 9,
    });
  });

  it('AZ-9 a key onto a new, disabled or expired subscription starts it for 12 months', () => {
    const fresh = { seats: 25, startsOn: today, expiresOn: '2027-11-24' };
    expect(planRedemption(null, 25, 'add_seats', today)).toMatchObject({
      outcome: 'new',
      ...fresh,
      underTwelveMonths: false,
      monthsRemaining: 12,
    });
    expect(
      planRedemption({ ...active(100), status: 'disabled' }, 25, 'extend', today),
    ).toMatchObject({ outcome: 'restart', ...fresh });
    expect(planRedemption(active(100, '2026-10-31'), 25, 'extend', today)).toMatchObject({
      outcome: 'restart',
      ...fresh,
    });
  });

  it('AZ-9 extend warns when the result is still under 12 months', () => {
    expect(planRedemption(active(100, '2027-01-24'), 25, 'extend', today)).toMatchObject({
      expiresOn: '2027-04-24',
      underTwelveMonths: true,
    });
  });

  it('AZ-9 calendar months clamp to the end of a shorter month', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 3)).toBe('2027-11-30');
  });

  it('AZ-9 co-term property: no seat-day added or lost beyond rounding to the day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 3 * 366 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom(365, 366),
        (activeSeats, daysRemaining, keySeats, termDays) => {
          const days = coTermDays(activeSeats, daysRemaining, keySeats, termDays);
          const before = activeSeats * daysRemaining + keySeats * termDays;
          const after = (activeSeats + keySeats) * days;
          expect(Math.abs(after - before)).toBeLessThanOrEqual((activeSeats + keySeats) / 2);
        },
      ),
    );
  });

  it('AZ-9 co-term property: the result lies between the remaining time and a full term, never shorter than before nor longer than a full term', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000 }),
        fc.integer({ min: 1, max: 3 * 366 }),
        fc.integer({ min: 1, max: 1_000 }),
        (activeSeats, daysRemaining, keySeats) => {
          const days = coTermDays(activeSeats, daysRemaining, keySeats, 365);
          expect(days).toBeGreaterThanOrEqual(Math.min(daysRemaining, 365));
          expect(days).toBeLessThanOrEqual(Math.max(daysRemaining, 365));
        },
      ),
    );
  });

  it('AZ-9 co-term property through planRedemption: seats add up and the end date never passes a full term when less remained', () => {
    const dates = fc
      .integer({ min: 1, max: 364 })
      .map((d) =>
        new Date(Date.parse(`${today}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10),
      );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5_000 }),
        dates,
        fc.integer({ min: 1, max: 5_000 }),
        (activeSeats, expiresOn, keySeats) => {
          const plan = planRedemption(active(activeSeats, expiresOn), keySeats, 'add_seats', today);
          expect(plan.allowed && plan.seats).toBe(activeSeats + keySeats);
          expect(plan.allowed && plan.expiresOn >= expiresOn).toBe(true);
          expect(plan.allowed && plan.expiresOn <= '2027-11-24').toBe(true);
        },
      ),
    );
  });
});

describe('undoing a redemption (AZ-11)', () => {
  const redeemedAt = new Date('2026-11-24T10:15:30.123Z');
  const later = (ms: number) => new Date(redeemedAt.getTime() + ms);
  const dayMs = 24 * 60 * 60 * 1000;
  const left = { seats: 125, expiresOn: '2027-10-01' };
  const redemption = (overrides: Partial<RedemptionRecord> = {}): RedemptionRecord => ({
    redeemedAt,
    undoneAt: null,
    isReplacement: false,
    left,
    ...overrides,
  });
  const undoableUntil = later(30 * dayMs);

  it('AZ-11 undoable up to the last millisecond of day 30 after the redemption instant, not after', () => {
    expect(checkRedemptionUndo(redemption(), left, redeemedAt)).toEqual({
      allowed: true,
      undoableUntil,
    });
    expect(checkRedemptionUndo(redemption(), left, later(30 * dayMs - 1)).allowed).toBe(true);
    expect(checkRedemptionUndo(redemption(), left, later(30 * dayMs))).toEqual({
      allowed: false,
      reason: 'UNDO_WINDOW_CLOSED',
      undoableUntil,
    });
  });

  it('AZ-11 once only: an undone redemption and a replacement key’s own redemption are final', () => {
    expect(checkRedemptionUndo(redemption({ undoneAt: later(1) }), left, later(2))).toMatchObject({
      allowed: false,
      reason: 'REDEMPTION_ALREADY_UNDONE',
    });
    expect(checkRedemptionUndo(redemption({ isReplacement: true }), left, later(1))).toMatchObject({
      allowed: false,
      reason: 'REPLACEMENT_REDEMPTION_FINAL',
    });
  });

  it('AZ-11 only while the subscription is as the redemption left it: seats or end date changed since refuse', () => {
    const changed = [
      { seats: 120, expiresOn: left.expiresOn },
      { seats: 130, expiresOn: left.expiresOn },
      { seats: left.seats, expiresOn: '2028-01-01' },
    ];
    for (const subscription of changed)
      expect(checkRedemptionUndo(redemption(), subscription, later(1))).toMatchObject({
        allowed: false,
        reason: 'SUBSCRIPTION_CHANGED_SINCE',
      });
    expect(checkRedemptionUndo(redemption({ left: null }), left, later(1))).toMatchObject({
      allowed: false,
      reason: 'SUBSCRIPTION_CHANGED_SINCE',
    });
  });

  it('AZ-11 property: allowed exactly while now is before redeemedAt + 30 days and nothing else refuses', () => {
    fc.assert(
      fc.property(fc.integer({ min: -dayMs, max: 60 * dayMs }), (offset) => {
        const decision = checkRedemptionUndo(redemption(), left, later(offset));
        expect(decision.allowed).toBe(offset < 30 * dayMs);
        expect(decision.undoableUntil).toEqual(undoableUntil);
      }),
    );
  });
});

describe('credit holders', () => {
  it('AZ-4 AZ-5 monthly credit takes any number of users; bulk credit one', () => {
    expect(checkCreditAssignment({ kind: 'monthly', holderCount: 3 })).toEqual({ allowed: true });
    expect(checkCreditAssignment({ kind: 'bulk', holderCount: 0 })).toEqual({ allowed: true });
    expect(checkCreditAssignment({ kind: 'bulk', holderCount: 1 })).toEqual({
      allowed: false,
      reason: 'BULK_CREDIT_ALREADY_ASSIGNED',
    });
  });

  it('AZ-5 a transfer is of bulk credit, held, in its enrollment year, to someone else', () => {
    const held = { kind: 'bulk', transferOpen: true, holderId: 'u1' } as const;
    expect(checkCreditTransfer(held, 'u2')).toEqual({ allowed: true });
    expect(checkCreditTransfer(held)).toEqual({ allowed: true });
    expect(checkCreditTransfer({ ...held, kind: 'monthly' }, 'u2')).toEqual({
      allowed: false,
      reason: 'TRANSFER_BULK_ONLY',
    });
    expect(checkCreditTransfer({ ...held, holderId: null }, 'u2')).toEqual({
      allowed: false,
      reason: 'BULK_CREDIT_NOT_ASSIGNED',
    });
    expect(checkCreditTransfer({ ...held, transferOpen: false }, 'u2')).toEqual({
      allowed: false,
      reason: 'ENROLLMENT_YEAR_ENDED',
    });
    expect(checkCreditTransfer(held, 'u1')).toEqual({
      allowed: false,
      reason: 'TRANSFER_TO_SAME_USER',
    });
  });
});
