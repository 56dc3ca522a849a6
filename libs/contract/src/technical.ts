// Technical benefits (TECH-1…8): support incidents and advisory hours, their activation, the
// Access ID and Contract ID, and the support and presales requests made against them.
import { z } from 'zod';
import { Id, IsoDateTime, LocalizedText, refusalPart } from './common.js';
import { ActivationStatus, TechnicalUnit } from './benefits.js';
import { BenefitTerms } from './membership.js';
import { JobProgress, RefundAtRisk } from './packages.js';
import {
  advisoryProducts,
  advisoryRequestTypes,
  consultLanguages,
  preferredHoursOptions,
  solutionAreas,
  supportProductCategories,
  supportSeverities,
} from './technical-options.js';

/**
 * TECH-2: what a technical benefit is, the catalog's `benefitKey`: Microsoft Product Support
 * incidents (on-premises), Signature Product Support incidents (cloud), or Technical Presales and
 * Deployment Services (advisory hours).
 */
export const TechnicalBenefitKind = z.enum([
  'support_on_premises',
  'support_signature',
  'advisory_hours',
]);
export type TechnicalBenefitKind = z.infer<typeof TechnicalBenefitKind>;

/** TECH-3: an Access ID or a Contract ID, 9 digits. */
export const ProgramId = z
  .string()
  .trim()
  .regex(/^\d{9}$/, 'Enter the 9 digits of the ID');

/** TECH-3: where an activation stands while it is Pending, and when it completed. */
export const TechnicalActivation = z.object({
  requestedAt: IsoDateTime,
  requestedBy: z.string().nullable(),
  /** When the support contract is expected to be set up (the request date plus processing time). */
  expectedBy: IsoDateTime,
  activatedAt: IsoDateTime.nullable(),
  /** While Pending: the job that completes it. */
  progress: JobProgress.nullable(),
});
export type TechnicalActivation = z.infer<typeof TechnicalActivation>;

/** A row of the Technical benefits page (TECH-2, TECH-3, TECH-8). */
export const TechnicalBenefit = BenefitTerms.extend({
  id: Id,
  name: LocalizedText,
  kind: TechnicalBenefitKind,
  unit: TechnicalUnit,
  /** Incidents or advisory hours per year; null when unlimited (TECH-5). */
  quantity: z.number().int().nonnegative().nullable(),
  /** Incidents consumed, or advisory hours delivered (TECH-8). */
  used: z.number().int().nonnegative(),
  /** Advisory hours held by requests not completed yet (they count as used until then). */
  held: z.number().int().nonnegative(),
  /** What is left to use; null when unlimited. */
  remaining: z.number().int().nonnegative().nullable(),
  status: ActivationStatus,
  activation: TechnicalActivation.nullable(),
  /** TECH-3: the Access ID and Contract ID exist (shown with `technical.revealIds`, audited). */
  idsAssigned: z.boolean(),
  /** MEM-5: the refund a first activation would end; null when there is none left to lose. */
  refundAtRisk: RefundAtRisk,
});
export type TechnicalBenefit = z.infer<typeof TechnicalBenefit>;

export const TechnicalBenefitInput = z.object({ benefitId: Id });
export type TechnicalBenefitInput = z.input<typeof TechnicalBenefitInput>;

/** TECH-3: the same two IDs for every user of the company. */
export const TechnicalIds = z.object({ benefitId: Id, accessId: ProgramId, contractId: ProgramId });
export type TechnicalIds = z.infer<typeof TechnicalIds>;

// The fields' choices, each explained where its list is (technical-options.ts).
export const SupportProductCategory = z.enum(supportProductCategories);
export type SupportProductCategory = z.infer<typeof SupportProductCategory>;

export const SupportSeverity = z.enum(supportSeverities);
export type SupportSeverity = z.infer<typeof SupportSeverity>;

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

export const SupportRequestInput = z.object({
  benefitId: Id,
  productCategory: SupportProductCategory,
  title: z.string().trim().min(1, 'Enter a title').max(200),
  description: z.string().trim().min(1, 'Describe the problem').max(4000),
  severity: SupportSeverity,
  /** TECH-6: required for on-premises, Azure (non-CSP) and Dynamics products. */
  accessId: z.preprocess(blankToUndefined, ProgramId.optional()),
  contractId: z.preprocess(blankToUndefined, ProgramId.optional()),
});
export type SupportRequestInput = z.input<typeof SupportRequestInput>;

export const AdvisoryRequestType = z.enum(advisoryRequestTypes);
export type AdvisoryRequestType = z.infer<typeof AdvisoryRequestType>;

export const SolutionArea = z.enum(solutionAreas);
export type SolutionArea = z.infer<typeof SolutionArea>;

export const AdvisoryProduct = z.enum(
  advisoryProducts.map((p) => p.id) as [
    (typeof advisoryProducts)[number]['id'],
    ...(typeof advisoryProducts)[number]['id'][],
  ],
  { error: 'Choose a product from the list' },
);
export type AdvisoryProduct = z.infer<typeof AdvisoryProduct>;

export const PreferredHours = z.enum(preferredHoursOptions);
export type PreferredHours = z.infer<typeof PreferredHours>;

export const ConsultLanguage = z.enum(consultLanguages);
export type ConsultLanguage = z.infer<typeof ConsultLanguage>;

export const AdvisoryRequestInput = z.object({
  benefitId: Id,
  type: AdvisoryRequestType,
  product: AdvisoryProduct,
  /** With its international code (`+86 10 1234 5678`); checked by the server (PHONE_INVALID). */
  phone: z.string().trim().min(1, 'Enter a phone number').max(40),
  /** An IANA time zone (`Asia/Shanghai`); an unknown one is TIME_ZONE_UNKNOWN. */
  timeZone: z.string().trim().min(1).max(64),
  preferredHours: PreferredHours,
  /** ISO 3166-1 alpha-2. */
  countryRegion: z
    .string()
    .trim()
    .regex(/^[A-Z]{2}$/, 'Choose a country or region'),
  language: ConsultLanguage,
  /** TECH-7: over 25 is refused (HOURS_OVER_LIMIT). */
  estimatedHours: z.number().int().min(1, 'Estimate at least one hour').max(1000),
});
export type AdvisoryRequestInput = z.input<typeof AdvisoryRequestInput>;

/** TECH-8: Submitted → In progress → Completed, or Cancelled by the requester while Submitted. */
export const TechnicalRequestStatus = z.enum([
  'submitted',
  'in_progress',
  'completed',
  'cancelled',
]);
export type TechnicalRequestStatus = z.infer<typeof TechnicalRequestStatus>;

export const TechnicalRequestKind = z.enum(['support', 'advisory']);
export type TechnicalRequestKind = z.infer<typeof TechnicalRequestKind>;

/** A support or presales request with its steps (TECH-8). */
export const TechnicalRequest = z.object({
  id: Id,
  /** What the confirmation shows and support asks for: `SR-100001`, `TPD-100002`. */
  number: z.string(),
  kind: TechnicalRequestKind,
  benefitId: Id,
  benefitName: LocalizedText,
  status: TechnicalRequestStatus,
  requestedBy: z.object({ id: Id, displayName: z.string() }),
  requestedAt: IsoDateTime,
  startedAt: IsoDateTime.nullable(),
  completedAt: IsoDateTime.nullable(),
  cancelledAt: IsoDateTime.nullable(),
  /** Support requests. */
  title: z.string().nullable(),
  productCategory: SupportProductCategory.nullable(),
  severity: SupportSeverity.nullable(),
  /** Presales requests. */
  advisoryType: AdvisoryRequestType.nullable(),
  product: AdvisoryProduct.nullable(),
  estimatedHours: z.number().int().nullable(),
  /** Deducted from the benefit when it completed (TECH-8); 0 for presales advice that is unlimited. */
  hoursDelivered: z.number().int().nullable(),
  /** Until it completes: the job that moves it on. */
  progress: JobProgress.nullable(),
});
export type TechnicalRequest = z.infer<typeof TechnicalRequest>;

export const TechnicalRequestInput = z.object({ requestId: Id });
export type TechnicalRequestInput = z.input<typeof TechnicalRequestInput>;

/** TECH-3…8 refusals. */
export const technicalRefusals = refusalPart({
  ACTIVATION_NOT_NEEDED: 'Technical presales and deployment services need no activation',
  ACTIVATION_ALREADY_REQUESTED: 'The activation of this benefit was requested already',
  ALREADY_ACTIVATED: 'This benefit is active already',
  BENEFIT_EXPIRED: 'This benefit expired on {{expiresOn}}',
  BENEFIT_NOT_ACTIVATED: 'Activate this benefit before you submit a support request',
  NO_INCIDENTS_LEFT: 'No support incidents of this benefit are left',
  NO_HOURS_LEFT: 'Only {{remaining}} advisory hours of this benefit are left',
  NOT_A_SUPPORT_BENEFIT: 'Support requests are made against support incidents, not advisory hours',
  NOT_AN_ADVISORY_BENEFIT: 'Presales and deployment requests use advisory hours',
  SIGNATURE_NOT_FOR_ACTION_PACK: {
    message:
      'Signature Product Support for cloud products is for Gold and Silver competencies, not Action Pack',
    code: 'VALIDATION',
  },
  CATEGORY_NOT_COVERED: {
    message: 'This benefit does not cover that kind of product',
    code: 'VALIDATION',
  },
  ACCESS_ID_REQUIRED: {
    message: 'Enter the Access ID for on-premises, Azure (non-CSP) and Dynamics products',
    code: 'VALIDATION',
  },
  CONTRACT_ID_REQUIRED: {
    message: 'Enter the Contract ID for on-premises, Azure (non-CSP) and Dynamics products',
    code: 'VALIDATION',
  },
  ACCESS_ID_MISMATCH: { message: 'This is not the Access ID of this benefit', code: 'VALIDATION' },
  CONTRACT_ID_MISMATCH: {
    message: 'This is not the Contract ID of this benefit',
    code: 'VALIDATION',
  },
  HOURS_OVER_LIMIT: {
    message: 'An engagement over {{limit}} hours is not supported',
    code: 'VALIDATION',
  },
  TIME_ZONE_UNKNOWN: { message: 'Choose a time zone from the list', code: 'VALIDATION' },
  IDS_NOT_ASSIGNED: 'The Access ID and Contract ID are assigned when the activation completes',
  REQUEST_NOT_CANCELLABLE: 'Only a request that is still Submitted can be cancelled',
  NOT_REQUESTER: 'Only the person who submitted a request can cancel it',
});
