import { Email } from '@pbc/contract';
import { describe, expect, it } from 'vitest';
import {
  checkSeatAssignment,
  checkSeatChange,
  parseEmailList,
  planBulkAssignment,
  seatUnlocksAt,
} from './visual-studio.js';

const dayMs = 86_400_000;
const assignedAt = new Date('2026-08-17T08:00:00.000Z');
const after = (days: number, ms = 0) => new Date(assignedAt.getTime() + days * dayMs + ms);

describe('visual studio rules', () => {
  it('VS-5 refuses a reassignment on day 89 and until the last millisecond before day 90', () => {
    expect(checkSeatChange({ assignedAt, now: after(89) })).toEqual({
      allowed: false,
      reason: 'SEAT_LOCKED',
      unlocksAt: after(90),
    });
    expect(checkSeatChange({ assignedAt, now: after(90, -1) }).allowed).toBe(false);
  });

  it('VS-5 allows a reassignment from the instant 90 days have passed, and on day 91', () => {
    expect(checkSeatChange({ assignedAt, now: after(90) })).toEqual({
      allowed: true,
      unlocksAt: after(90),
    });
    expect(checkSeatChange({ assignedAt, now: after(91) }).allowed).toBe(true);
  });

  it('VS-5 counts 90 × 24 h from the assignment instant, the same in every time zone', () => {
    // 23:30 in Los Angeles is already the next day in UTC and Shanghai: one instant, one unlock.
    const losAngeles = new Date('2026-01-01T23:30:00-08:00');
    const shanghai = new Date('2026-01-02T15:30:00+08:00');
    expect(seatUnlocksAt(losAngeles)).toEqual(seatUnlocksAt(shanghai));
    expect(seatUnlocksAt(losAngeles).toISOString()).toBe('2026-04-02T07:30:00.000Z');
  });

  it('VS-5 a daylight-saving change inside the 90 days neither adds nor removes an hour', () => {
    // Berlin moves to summer time on 2026-03-29; the unlock stays exactly 2160 hours later.
    const berlinWinter = new Date('2026-03-01T10:00:00+01:00');
    const unlocksAt = seatUnlocksAt(berlinWinter);
    expect((unlocksAt.getTime() - berlinWinter.getTime()) / 3_600_000).toBe(2160);
    expect(
      checkSeatChange({ assignedAt: berlinWinter, now: new Date('2026-05-30T10:59:59+02:00') })
        .allowed,
    ).toBe(false);
    expect(
      checkSeatChange({ assignedAt: berlinWinter, now: new Date('2026-05-30T11:00:00+02:00') })
        .allowed,
    ).toBe(true);
  });

  it('VS-4 refuses an assignment when every seat is taken', () => {
    expect(checkSeatAssignment({ seatsTotal: 10, seatsUsed: 10, userHoldsSeat: false })).toEqual({
      allowed: false,
      reason: 'NO_FREE_SEAT',
    });
    expect(checkSeatAssignment({ seatsTotal: 10, seatsUsed: 9, userHoldsSeat: false })).toEqual({
      allowed: true,
    });
  });

  it('VS-2 refuses a user who already holds a seat of the subscription, even with seats free', () => {
    expect(checkSeatAssignment({ seatsTotal: 10, seatsUsed: 1, userHoldsSeat: true })).toEqual({
      allowed: false,
      reason: 'ALREADY_HOLDS_SEAT',
    });
  });

  it('VS-4 a bulk plan assigns in order until the seats run out and says why for each other line', () => {
    const user = (id: string) => ({ id });
    const plan = planBulkAssignment({
      seatsTotal: 3,
      seatsUsed: 1,
      holderIds: new Set(['holder']),
      requests: [
        { email: 'a@x.example', user: user('a') },
        { email: 'ghost@x.example', user: null },
        { email: 'holder@x.example', user: user('holder') },
        { email: 'a@x.example', user: user('a') },
        { email: 'b@x.example', user: user('b') },
        { email: 'c@x.example', user: user('c') },
      ],
    });
    expect(plan.map((row) => [row.email, row.outcome])).toEqual([
      ['a@x.example', 'assigned'],
      ['ghost@x.example', 'unknown_user'],
      ['holder@x.example', 'already_holds_seat'],
      ['a@x.example', 'already_holds_seat'],
      ['b@x.example', 'assigned'],
      ['c@x.example', 'no_free_seat'],
    ]);
  });
});

describe('parseEmailList', () => {
  it('VS-2 bulk: splits lines, commas and semicolons, unquotes, lower-cases, and names what is not an email', () => {
    expect(
      parseEmailList('A@Contoso.example\n"b@contoso.example";oops, c@fabrikam.example\r\n\n'),
    ).toEqual({
      emails: ['a@contoso.example', 'b@contoso.example', 'c@fabrikam.example'],
      invalid: ['oops'],
    });
  });

  it("VS-2 bulk: agrees with the server's Email schema", () => {
    for (const entry of [
      'x@y.example',
      'first.last+tag@sub.domain.example',
      'no-at-sign',
      'a@b',
      'a@@b.example',
      `${'a'.repeat(250)}@b.example`,
    ]) {
      expect(parseEmailList(entry).emails.length === 1, entry).toBe(Email.safeParse(entry).success);
    }
  });
});
