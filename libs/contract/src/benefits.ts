import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, LocalizedText, Money } from './common.js';
import { GtmContent, InstructionsMail } from './gtm.js';
import { BenefitTerms } from './membership.js';
import { RefundAtRisk } from './packages.js';

/** A row of the Software tab (SW-1). */
export const SoftwareBenefit = BenefitTerms.extend({
  id: Id,
  /** The product, in every locale (catalog data, MEM-8). */
  name: LocalizedText,
  quantity: z.number().int().nonnegative(),
});
export type SoftwareBenefit = z.infer<typeof SoftwareBenefit>;

/** A row of the Visual Studio tab (VS-1). */
export const VsSubscription = BenefitTerms.extend({
  id: Id,
  edition: z.string(),
  seatsTotal: z.number().int().nonnegative(),
  seatsUsed: z.number().int().nonnegative(),
  /** MEM-5: assigning a seat activates the benefit and voids this refund. */
  refundAtRisk: RefundAtRisk,
});
export type VsSubscription = z.infer<typeof VsSubscription>;

/** Usage-based subscription: monthly or yearly bulk Azure credit (AZ-1, AZ-2). */
export const AzureCreditKind = z.enum(['monthly', 'bulk']);
export type AzureCreditKind = z.infer<typeof AzureCreditKind>;
export const AzureCredit = BenefitTerms.extend({
  id: Id,
  kind: AzureCreditKind,
  /** Per month for monthly credit, per enrollment year for bulk credit. */
  amount: Money,
});
export type AzureCredit = z.infer<typeof AzureCredit>;

/** Technical benefit state (TECH-3): activation takes days. */
export const ActivationStatus = z.enum(['not_activated', 'pending', 'active']);
export type ActivationStatus = z.infer<typeof ActivationStatus>;

/** What a technical benefit's quantity counts: support incidents or advisory hours (TECH-2). */
export const TechnicalUnit = z.enum(['incidents', 'hours']);
export type TechnicalUnit = z.infer<typeof TechnicalUnit>;

// The Technical benefits page's row and requests: technical.ts.

/** Go-To-Market offer types (GTM-1). */
export const GtmOfferType = z.enum(['silver_core', 'gold_core', 'isv_cosell_ready']);
export type GtmOfferType = z.infer<typeof GtmOfferType>;
export const GtmStatus = z.enum(['available', 'pending', 'active', 'expired']);
export type GtmStatus = z.infer<typeof GtmStatus>;

export const GtmOffer = BenefitTerms.extend({
  id: Id,
  type: GtmOfferType,
  name: LocalizedText,
  status: GtmStatus,
  /** MEM-7: the last day to activate it; once active, the day its activation ends (GTM-4). */
  expiresOn: IsoDate,
  /** GTM-1: what it contains, in display order. */
  contents: z.array(GtmContent),
  /** GTM-4: when Activate was selected, and when the activation is expected (while pending). */
  activationRequestedAt: IsoDateTime.nullable(),
  expectedBy: IsoDateTime.nullable(),
  activatedAt: IsoDateTime.nullable(),
  /** GTM-4: the instructions email, once written. */
  instructionsMail: InstructionsMail.nullable(),
  /** MEM-5: activating voids this refund. */
  refundAtRisk: RefundAtRisk,
});
export type GtmOffer = z.infer<typeof GtmOffer>;

/** Every list procedure answers `{ items }` so paging can be added without breaking clients. */
export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
