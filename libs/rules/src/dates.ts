// Calendar days and instants, the one home for date arithmetic. Days are `YYYY-MM-DD` in UTC, as
// every stored date is; instants are `Date`s, compared to the millisecond (MEM-4, VS-5, AZ-11).

export const dayMs = 24 * 60 * 60 * 1000;

/** The instant `days` whole days after `instant`. */
export const daysAfter = (instant: Date, days: number) =>
  new Date(instant.getTime() + days * dayMs);

/** `YYYY-MM-DD` of an instant, in UTC. */
export const isoDay = (instant: Date) => instant.toISOString().slice(0, 10);

/** Midnight UTC of a calendar day. */
export const dayStart = (day: string) => new Date(`${day}T00:00:00Z`);

export const daysBetween = (from: string, to: string) =>
  Math.round((dayStart(to).getTime() - dayStart(from).getTime()) / dayMs);

export const addDays = (day: string, days: number) => isoDay(daysAfter(dayStart(day), days));

/** Calendar months later; a day the target month lacks clamps to its last day (Jan 31 + 1 → Feb 28). */
export function addMonths(day: string, months: number): string {
  const date = dayStart(day);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return isoDay(target);
}

/** The same calendar day a year later: an enrollment year's anniversary (Feb 29 → Mar 1). */
export function oneYearAfter(day: string): string {
  const date = dayStart(day);
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return isoDay(date);
}
