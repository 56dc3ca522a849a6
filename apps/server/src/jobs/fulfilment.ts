// Work that "takes days" is done by someone else: a review desk, a support contract, a
// marketing team. Their answer is pluggable; the default completes after a configured delay,
// short under `npm start` so a demo user sees each step happen.

/** Steps another party completes, each after its own processing time. */
export type FulfilmentStep =
  | 'cancellation.review'
  | 'cancellation.settle'
  /** TECH-3: the support contract is set up, the Access ID and Contract ID assigned. */
  | 'technical.activation'
  /** TECH-8: support or an advisor takes a request on, then completes it. */
  | 'technical.request.start'
  | 'technical.request.complete'
  /** GTM-4: the offer is set up and its instructions sent to the marketing contact. */
  | 'gtm.activation';

export interface Fulfilment {
  /** How long after it is asked for `step` is done. */
  delayMs(step: FulfilmentStep): number;
}

/** Every step takes `ms`. */
export const fixedDelay = (ms: number): Fulfilment => ({ delayMs: () => ms });

const units = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** `30s`, `5m`, `2h`, `3d` → milliseconds; null when it is not such a duration. */
export function parseDuration(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)(s|m|h|d)$/.exec(text.trim());
  return match ? Number(match[1]) * units[match[2] as keyof typeof units] : null;
}
