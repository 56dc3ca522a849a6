import { describe, expect, it } from 'vitest';
import {
  checkBenefitStanding,
  checkReminderDays,
  checkRenewal,
  dueRenewalReminder,
  dueUnusedReminder,
  lastUsableDay,
  offerStanding,
  renewalCountdown,
  renewalWindow,
  renewedAnniversary,
} from './renewal.js';

const gold = (anniversary: string) => ({ offerType: 'gold', anniversary }) as const;
const actionPack = (anniversary: string) => ({ offerType: 'action_pack', anniversary }) as const;

describe('renewal rules', () => {
  it('MEM-6 the window opens the day after the anniversary and lasts 30 days', () => {
    expect(renewalWindow('2027-07-01')).toEqual({ opensOn: '2027-07-02', closesOn: '2027-07-31' });
  });

  it('MEM-6 an anniversary on the 31st: the window runs into the next months', () => {
    // Jan 31 → opens Feb 1; 30 days: Feb 1…Mar 2 in a common year, Feb 1…Mar 1 in a leap year.
    expect(renewalWindow('2027-01-31')).toEqual({ opensOn: '2027-02-01', closesOn: '2027-03-02' });
    expect(renewalWindow('2028-01-31')).toEqual({ opensOn: '2028-02-01', closesOn: '2028-03-01' });
    expect(renewalWindow('2027-12-31')).toEqual({ opensOn: '2028-01-01', closesOn: '2028-01-30' });
  });

  it('MEM-6 the new anniversary is the old one + 365 days, also across a Feb 29', () => {
    expect(renewedAnniversary('2026-07-01')).toBe('2027-07-01');
    // 2028 is a leap year: 365 days from 2027-07-01 is 2028-06-30.
    expect(renewedAnniversary('2027-07-01')).toBe('2028-06-30');
    expect(renewedAnniversary('2028-02-29')).toBe('2029-02-28');
    expect(renewedAnniversary('2027-01-31')).toBe('2028-01-31');
  });

  it('MEM-6 a competency renews inside its window only: before, it says when it opens; after, it lapsed', () => {
    expect(checkRenewal(gold('2027-07-01'), '2027-07-01')).toEqual({
      allowed: false,
      reason: 'RENEWAL_NOT_OPEN',
      window: { opensOn: '2027-07-02', closesOn: '2027-07-31' },
    });
    expect(checkRenewal(gold('2027-07-01'), '2027-07-02')).toMatchObject({
      allowed: true,
      newAnniversary: '2028-06-30',
    });
    expect(checkRenewal(gold('2027-07-01'), '2027-07-31').allowed).toBe(true);
    expect(checkRenewal(gold('2027-07-01'), '2027-08-01')).toMatchObject({
      allowed: false,
      reason: 'RENEWAL_WINDOW_MISSED',
    });
  });

  it('MEM-6 Action Pack renews only once it has expired: disabled on its expiry day, with the date it opens', () => {
    expect(checkRenewal(actionPack('2027-02-01'), '2027-01-15')).toEqual({
      allowed: false,
      reason: 'ACTION_PACK_NOT_EXPIRED',
      window: { opensOn: '2027-02-02', closesOn: '2027-03-03' },
    });
    expect(checkRenewal(actionPack('2027-02-01'), '2027-02-01').allowed).toBe(false);
    expect(checkRenewal(actionPack('2027-02-01'), '2027-02-02')).toMatchObject({
      allowed: true,
      newAnniversary: '2028-02-01',
    });
    expect(checkRenewal(actionPack('2027-02-01'), '2027-03-04')).toMatchObject({
      allowed: false,
      reason: 'RENEWAL_WINDOW_MISSED',
    });
  });

  it('MEM-6 in a leap year the window counts Feb 29 as a day', () => {
    // Anniversary 2028-02-15: opens Feb 16, 30 days: Feb 16…Mar 16 (Feb has 29 days).
    expect(renewalWindow('2028-02-15')).toEqual({ opensOn: '2028-02-16', closesOn: '2028-03-16' });
    expect(offerStanding('2028-02-15', '2028-03-16')).toBe('renewal_window');
    expect(offerStanding('2028-02-15', '2028-03-17')).toBe('lapsed');
  });

  it('MEM-6 benefits keep working inside the window and lapse the day after it closes', () => {
    expect(checkBenefitStanding('2027-07-01', '2027-07-01')).toEqual({ allowed: true });
    expect(checkBenefitStanding('2027-07-01', '2027-07-31')).toEqual({ allowed: true });
    expect(checkBenefitStanding('2027-07-01', '2027-08-01')).toEqual({
      allowed: false,
      reason: 'BENEFITS_LAPSED',
      lapsedOn: '2027-08-01',
    });
  });

  it('MEM-6 the countdown: days until the window opens, then days left in it (its last day counts)', () => {
    expect(renewalCountdown('2027-07-01', '2027-06-01')).toEqual({ until: 'opens', days: 31 });
    expect(renewalCountdown('2027-07-01', '2027-07-02')).toEqual({ until: 'closes', days: 30 });
    expect(renewalCountdown('2027-07-01', '2027-07-31')).toEqual({ until: 'closes', days: 1 });
    expect(renewalCountdown('2027-07-01', '2027-08-01')).toBeNull();
  });

  it('MEM-7 a seat assigned to a user stays usable 30 days past the renewal date; other benefits until expiry', () => {
    expect(lastUsableDay('2027-07-01', true)).toBe('2027-07-31');
    expect(lastUsableDay('2027-07-01', false)).toBe('2027-07-01');
  });

  it('X-5 renewal reminders are due 15 days before and 23 days after the anniversary', () => {
    expect(dueRenewalReminder('2027-07-01', '2027-06-15')).toBeNull();
    expect(dueRenewalReminder('2027-07-01', '2027-06-16')).toEqual({
      offsetDays: -15,
      on: '2027-06-16',
    });
    expect(dueRenewalReminder('2027-07-01', '2027-07-01')).toEqual({
      offsetDays: -15,
      on: '2027-06-16',
    });
    expect(dueRenewalReminder('2027-07-01', '2027-07-23')).toBeNull();
    expect(dueRenewalReminder('2027-07-01', '2027-07-24')).toEqual({
      offsetDays: 23,
      on: '2027-07-24',
    });
    expect(dueRenewalReminder('2027-07-01', '2027-07-31')).toEqual({
      offsetDays: 23,
      on: '2027-07-24',
    });
    expect(dueRenewalReminder('2027-07-01', '2027-08-01')).toBeNull();
  });

  it('X-5 an unused benefit is reminded 120, 30 and 7 days before it expires; a skipped threshold sends only the nearer', () => {
    const t = [120, 30, 7];
    expect(dueUnusedReminder('2027-07-01', '2027-03-02', t)).toBeNull();
    expect(dueUnusedReminder('2027-07-01', '2027-03-03', t)).toEqual({
      daysBefore: 120,
      on: '2027-03-03',
    });
    expect(dueUnusedReminder('2027-07-01', '2027-06-01', t)).toEqual({
      daysBefore: 30,
      on: '2027-06-01',
    });
    expect(dueUnusedReminder('2027-07-01', '2027-06-24', t)).toEqual({
      daysBefore: 7,
      on: '2027-06-24',
    });
    expect(dueUnusedReminder('2027-07-01', '2027-07-01', t)).toEqual({
      daysBefore: 7,
      on: '2027-06-24',
    });
    expect(dueUnusedReminder('2027-07-01', '2027-07-02', t)).toBeNull();
  });

  it('X-5 reminder days are 1 to 5 distinct whole days between 1 and 365', () => {
    expect(checkReminderDays([120, 30, 7])).toEqual({ allowed: true });
    for (const bad of [[], [0], [366], [30, 30], [1.5], [1, 2, 3, 4, 5, 6]])
      expect(checkReminderDays(bad)).toEqual({ allowed: false, reason: 'REMINDER_DAYS_INVALID' });
  });
});
