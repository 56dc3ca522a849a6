// Go-To-Market (GTM-1…GTM-4): what each offer contains, the company marketing contact and the
// activation, which emails the contact the offer's instructions. The offer row itself is
// `GtmOffer` in benefits.ts.
import { z } from 'zod';
import { Id, IsoDateTime, Locale, refusalPart } from './common.js';
import { Email } from './identity.js';
import { MailStatus } from './mail.js';

/** GTM-1: the resources an offer can contain (each offer type's list is `gtmOfferContents` in @pbc/rules). */
export const GtmContent = z.enum([
  'marketing_assets',
  'sales_enablement',
  'digital_marketing',
  'business_profile',
  'referral_management',
  'how_to_market',
  'cobranded_one_pager',
  'cobranded_presentation',
  'cobranded_case_study',
  'social_marketing',
  'press_release',
  'cosell_incentive_offers',
]);
export type GtmContent = z.infer<typeof GtmContent>;

/** GTM-3: the company's marketing contact, who receives the offers' instructions (GTM-4). */
export const MarketingContact = z.object({
  user: z.object({ id: Id, displayName: z.string() }),
  email: z.string(),
  /** E.164, for example `+14255550100`. */
  phone: z.string(),
  locale: Locale,
  updatedAt: IsoDateTime,
});
export type MarketingContact = z.infer<typeof MarketingContact>;

export const SetMarketingContactInput = z.object({
  /** A user of the company directory. */
  userId: Id,
  email: Email,
  /** With its international code (`+86 10 …`); checked and stored normalised by the server. */
  phone: z.string().trim().min(1, 'Enter a phone number with its international code').max(40),
  locale: Locale,
});
export type SetMarketingContactInput = z.input<typeof SetMarketingContactInput>;

export const ActivateGtmOfferInput = z.object({ offerId: Id });
export type ActivateGtmOfferInput = z.input<typeof ActivateGtmOfferInput>;

/** GTM-4: how the instructions email to the marketing contact went. */
export const InstructionsMail = z.object({
  to: z.string(),
  status: MailStatus,
  attempts: z.number().int().nonnegative(),
  lastError: z.string().nullable(),
});
export type InstructionsMail = z.infer<typeof InstructionsMail>;

export const gtmRefusals = refusalPart({
  NO_MARKETING_CONTACT:
    'Assign a company marketing contact first: the offer instructions are emailed to them',
  CONTACT_EMAIL_IS_ACCOUNT_EMAIL: {
    message: "Use an email address other than your company's Partner Center account email",
    code: 'VALIDATION',
  },
  OFFER_NOT_AVAILABLE: 'This offer is already activated or being activated',
});
