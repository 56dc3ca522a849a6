import { z } from 'zod';
import { CurrencyCode, Id, IsoDate } from './common.js';

/** The four roles of the benefits area (ROLE-1). */
export const Role = z.enum([
  'global_admin',
  'user_management_admin',
  'admin_agent',
  'mpn_partner_admin',
]);
export type Role = z.infer<typeof Role>;

/** Membership offers a company holds (MEM-2). */
export const OfferType = z.enum(['action_pack', 'silver', 'gold']);
export type OfferType = z.infer<typeof OfferType>;

/** Core benefits come with the offer; incremental ones with an extra competency (MEM-3). */
export const BenefitType = z.enum(['core', 'incremental']);
export type BenefitType = z.infer<typeof BenefitType>;

/** What every benefit row carries (MEM-3). */
export const BenefitTerms = z.object({
  offerType: OfferType,
  benefitType: BenefitType,
  expiresOn: IsoDate,
});

export const Company = z.object({
  id: Id,
  name: z.string(),
  currency: CurrencyCode,
  /** MEM-1: false while the membership is still managed in Partner Membership Center. */
  pmcMigrated: z.boolean(),
});
export type Company = z.infer<typeof Company>;

export const MembershipOffer = z.object({
  id: Id,
  offerType: OfferType,
  /** Competency area for Silver and Gold (for example "Cloud Platform"); null for Action Pack. */
  competencyArea: z.string().nullable(),
  enrollmentStart: IsoDate,
  anniversary: IsoDate,
});
export type MembershipOffer = z.infer<typeof MembershipOffer>;

export const MembershipOverview = z.object({
  company: Company,
  offers: z.array(MembershipOffer),
});
export type MembershipOverview = z.infer<typeof MembershipOverview>;
