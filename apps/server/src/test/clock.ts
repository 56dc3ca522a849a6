import type { Clock } from '../trpc/context.js';

export const minutes = (n: number) => n * 60_000;
export const days = (n: number) => n * 24 * 60 * 60_000;

/** A clock tests move instead of sleeping. */
export function testClock(start = new Date('2026-11-24T09:00:00Z')): Clock & {
  advance(ms: number): void;
} {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance: (ms) => {
      now += ms;
    },
  };
}
