import { z } from 'zod';
import { CurrencyCode, Id, IsoDate, LocalizedText } from './common.js';
import { benefitModules, type BenefitModuleId } from './modules.js';

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

/** MEM-2: the program's competency areas; a Silver or Gold offer is in one of them. */
export const Competency = z.enum(
  [
    'Application Development',
    'Application Integration',
    'Cloud Business Applications',
    'Cloud Platform',
    'Cloud Productivity',
    'Collaboration and Content',
    'Communications',
    'Data Analytics',
    'Data Center',
    'Data Platform',
    'DevOps',
    'Enterprise Mobility Management',
    'Enterprise Resource Planning',
    'Learning',
    'Messaging',
    'Project and Portfolio Management',
    'Security',
    'Small and Midmarket Cloud Solutions',
    'Windows and Devices',
  ],
  { error: 'Choose one of the program’s competency areas' },
);
export type Competency = z.infer<typeof Competency>;

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

/** Which benefit module an entitlement belongs to: its id in the module registry. */
export const BenefitModuleKey = z.enum(
  benefitModules.map((module) => module.id) as [BenefitModuleId, ...BenefitModuleId[]],
);
export type BenefitModuleKey = z.infer<typeof BenefitModuleKey>;

export const MembershipOverview = z.object({
  company: Company,
  offers: z.array(MembershipOffer),
  /** How many entitlements each module holds (the Benefits overview tiles). */
  modules: z.array(z.object({ module: BenefitModuleKey, count: z.number().int().nonnegative() })),
  /** The entitlement that expires next, from today on; null when none. */
  nextExpiry: z
    .object({ name: LocalizedText, module: BenefitModuleKey, expiresOn: IsoDate })
    .nullable(),
});
export type MembershipOverview = z.infer<typeof MembershipOverview>;
