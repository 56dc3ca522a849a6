import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, LocalizedText, refusalPart } from './common.js';
import { BenefitModuleKey, BenefitType, Competency, OfferType } from './membership.js';

/**
 * A benefit the company holds (MEM-8): a row of one of the benefit tabs, with the package that
 * granted it (null: it came from elsewhere, e.g. a redeemed product key) and its catalog key.
 */
export const Entitlement = z.object({
  id: Id,
  packageId: Id.nullable(),
  benefitKey: z.string(),
  name: LocalizedText,
  module: BenefitModuleKey,
  offerType: OfferType,
  benefitType: BenefitType,
  expiresOn: IsoDate,
});
export type Entitlement = z.infer<typeof Entitlement>;

export const PackageStatus = z.enum(['active', 'cancellation_requested', 'cancelled']);
/** MEM-4: a cancellation request moves on by itself: Submitted → In review → Refunded, or Rejected. */
export const CancellationStatus = z.enum(['submitted', 'in_review', 'refunded', 'rejected']);
export type CancellationStatus = z.infer<typeof CancellationStatus>;
/** MEM-4: why a request was rejected: a benefit of the package was used after it was made. */
export const CancellationRejection = z.enum(['BENEFIT_ACTIVATED', 'KEY_VIEWED']);
export type CancellationRejection = z.infer<typeof CancellationRejection>;

/** where the job that moves a request on stands, for the people waiting on it. */
export const JobProgress = z.object({
  /** When its next attempt is due. */
  expectedBy: IsoDateTime,
  attempts: z.number().int().nonnegative(),
  /** The last attempt's error while it is retried; the final one once it failed. */
  error: z.string().nullable(),
  /** Every attempt failed: people must act (it is not retried any more). */
  failed: z.boolean(),
});
export type JobProgress = z.infer<typeof JobProgress>;

export const Cancellation = z.object({
  id: Id,
  status: CancellationStatus,
  requestedAt: IsoDateTime,
  inReviewAt: IsoDateTime.nullable(),
  /** When it was refunded or rejected. */
  decidedAt: IsoDateTime.nullable(),
  rejectionReason: CancellationRejection.nullable(),
  /** Until it is decided: the job that moves it on. */
  progress: JobProgress.nullable(),
});
export type Cancellation = z.infer<typeof Cancellation>;

export const RefundState = z.object({
  eligible: z.boolean(),
  reason: z.enum(['WINDOW_CLOSED', 'BENEFIT_ACTIVATED', 'KEY_VIEWED']).nullable(),
  refundableUntil: IsoDateTime,
});

/** MEM-6: where an offer stands: before its anniversary, inside its renewal window, or lapsed. */
export const OfferStanding = z.enum(['current', 'renewal_window', 'lapsed']);
export type OfferStanding = z.infer<typeof OfferStanding>;

export const RenewalRefusal = z.enum([
  'RENEWAL_NOT_OPEN',
  'ACTION_PACK_NOT_EXPIRED',
  'RENEWAL_WINDOW_MISSED',
]);

/** MEM-6: the package's offer's anniversary, renewal window, countdown and whether Renew is allowed now. */
export const RenewalState = z.object({
  anniversary: IsoDate,
  opensOn: IsoDate,
  closesOn: IsoDate,
  standing: OfferStanding,
  /** Days until the window opens, or days left in it (its last day counts); null once lapsed. */
  countdown: z.object({ until: z.enum(['opens', 'closes']), days: z.number().int() }).nullable(),
  /** Allowed by the dates (the caller's role is checked apart, ROLE-2). */
  allowed: z.boolean(),
  reason: RenewalRefusal.nullable(),
  /** The anniversary a renewal today would set. */
  nextAnniversary: IsoDate,
});
export type RenewalState = z.infer<typeof RenewalState>;

/** A purchased benefit package (one offer) with its refund state (MEM-4) and renewal (MEM-6). */
export const BenefitPackage = z.object({
  id: Id,
  offerType: OfferType,
  competencyArea: z.string().nullable(),
  purchasedAt: IsoDateTime,
  status: PackageStatus,
  refund: RefundState,
  renewal: RenewalState,
  /** The latest cancellation request, with its steps. */
  cancellation: Cancellation.nullable(),
});
export type BenefitPackage = z.infer<typeof BenefitPackage>;

/**
 * MEM-5: the refund that using a benefit would void (its package is still refundable until
 * `refundableUntil`); null when nothing is left to lose. Benefit rows carry it so the UI can warn.
 */
export const RefundAtRisk = z.object({ packageId: Id, refundableUntil: IsoDateTime }).nullable();
export type RefundAtRisk = z.infer<typeof RefundAtRisk>;

export const PurchaseInput = z
  .object({
    offerType: OfferType,
    competencyArea: Competency.nullish(),
  })
  .refine((p) => p.offerType === 'action_pack' || !!p.competencyArea, {
    message: 'Choose the competency area',
    path: ['competencyArea'],
  });
export type PurchaseInput = z.input<typeof PurchaseInput>;

export const RenewInput = z.object({ packageId: Id });
export type RenewInput = z.input<typeof RenewInput>;

/** the days before expiry at which the Global admins hear of benefits still unused. */
export const ReminderSettings = z.object({
  unusedReminderDays: z.array(z.number().int().min(1).max(365)).min(1).max(5),
});
export type ReminderSettings = z.infer<typeof ReminderSettings>;

export const CancellationInput = z.object({
  packageId: Id,
  reason: z.string().trim().max(500).optional(),
});
export type CancellationInput = z.input<typeof CancellationInput>;

/** MEM-1, MEM-2 and MEM-4 refusals. */
export const membershipRefusals = refusalPart({
  PMC_NOT_MIGRATED:
    'Your membership is still managed in Partner Membership Center: activate and purchase benefits there',
  ACTION_PACK_ALREADY_HELD: 'The company already holds an Action Pack',
  COMPETENCY_EXCLUDES_ACTION_PACK: 'A company with a competency cannot buy an Action Pack',
  COMPETENCY_ALREADY_HELD: 'The company already holds this competency at this level',
  WINDOW_CLOSED: 'The 30-day refund window of this package has closed',
  BENEFIT_ACTIVATED: 'A benefit of this package was activated, so it can no longer be refunded',
  KEY_VIEWED: 'A product key of this package was viewed, so it can no longer be refunded',
  CANCELLATION_ALREADY_REQUESTED: 'A cancellation of this package is already in progress',
  PACKAGE_REFUNDED: 'This package was refunded already',
  RENEWAL_NOT_OPEN: 'The renewal window opens on {{opensOn}}',
  ACTION_PACK_NOT_EXPIRED: 'An Action Pack can be renewed once it has expired, from {{opensOn}}',
  RENEWAL_WINDOW_MISSED: 'The renewal window closed on {{closesOn}}: the offer has lapsed',
  BENEFITS_LAPSED:
    "This benefit's offer was not renewed in time: its benefits lapsed on {{lapsedOn}}",
  REMINDER_DAYS_INVALID: {
    message: 'Give one to five different whole days between 1 and 365',
    code: 'VALIDATION',
  },
});

/** Insights: the report's filters (MEM-8's offers, the benefit areas). */
export const BenefitReportInput = z
  .object({
    offerType: OfferType.optional(),
    module: BenefitModuleKey.optional(),
  })
  .default({});
export type BenefitReportInput = z.input<typeof BenefitReportInput>;

/**
 * Insights: one benefit area's figures, in its units (benefits; Visual Studio: seats). Unused =
 * granted − used; expiring: unused whose expiry falls within 30, 90 or 120 days from today.
 */
export const BenefitReportArea = z.object({
  module: BenefitModuleKey,
  granted: z.number().int().nonnegative(),
  activated: z.number().int().nonnegative(),
  used: z.number().int().nonnegative(),
  unused: z.number().int().nonnegative(),
  expiring30: z.number().int().nonnegative(),
  expiring90: z.number().int().nonnegative(),
  expiring120: z.number().int().nonnegative(),
});
export type BenefitReportArea = z.infer<typeof BenefitReportArea>;

export const BenefitReport = z.object({
  asOf: IsoDate,
  areas: z.array(BenefitReportArea),
});
export type BenefitReport = z.infer<typeof BenefitReport>;
