// Go-To-Market decisions (GTM-1…GTM-4).
import type { GtmContent, GtmOfferType, GtmStatus } from '@pbc/contract';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** GTM-1: what every member gets, and what Silver and then Gold add. */
const everyMember: readonly GtmContent[] = [
  'marketing_assets',
  'sales_enablement',
  'digital_marketing',
];
const silverAdds: readonly GtmContent[] = [
  'business_profile',
  'referral_management',
  'how_to_market',
];
const goldAdds: readonly GtmContent[] = [
  'cobranded_one_pager',
  'cobranded_presentation',
  'cobranded_case_study',
  'social_marketing',
  'press_release',
];

/** GTM-1: what each offer type contains, in display order. */
export const gtmOfferContents: Record<GtmOfferType, readonly GtmContent[]> = {
  silver_core: [...everyMember, ...silverAdds],
  gold_core: [...everyMember, ...silverAdds, ...goldAdds],
  isv_cosell_ready: ['cosell_incentive_offers'],
};

export type GtmActivationDecision =
  { allowed: true } | { allowed: false; reason: 'NO_MARKETING_CONTACT' | 'OFFER_NOT_AVAILABLE' };

/** GTM-2: nothing is activated before a marketing contact is assigned; GTM-4: once per offer. */
export function checkGtmActivation(offer: {
  status: GtmStatus;
  hasMarketingContact: boolean;
}): GtmActivationDecision {
  if (!offer.hasMarketingContact) return { allowed: false, reason: 'NO_MARKETING_CONTACT' };
  if (offer.status !== 'available') return { allowed: false, reason: 'OFFER_NOT_AVAILABLE' };
  return { allowed: true };
}

/**
 * A phone number with its international code (`+86 10 6552 9988`, `+1 (425) 555-0100`) as E.164
 * (`+861065529988`), or null when it is not a valid number (libphonenumber's full metadata:
 * numbering plans per country, not only lengths). A number without `+` and its code is refused:
 * the contact may be anywhere.
 */
export function normalizePhone(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith('+')) return null;
  const phone = parsePhoneNumberFromString(trimmed);
  return phone?.isValid() ? phone.number : null;
}

export type MarketingContactDecision =
  | { allowed: true; phone: string }
  | {
      allowed: false;
      /** Per field, the reason: both are reported at once. */
      errors: Partial<
        Record<'email', 'CONTACT_EMAIL_IS_ACCOUNT_EMAIL'> & Record<'phone', 'PHONE_INVALID'>
      >;
    };

/**
 * GTM-3: the contact's email differs from the company's Partner Center account email (compared
 * without case), and the phone is a valid number with its international code.
 */
export function checkMarketingContact(contact: {
  email: string;
  phone: string;
  accountEmail: string | null;
}): MarketingContactDecision {
  const errors: Extract<MarketingContactDecision, { allowed: false }>['errors'] = {};
  if (
    contact.accountEmail &&
    contact.email.trim().toLowerCase() === contact.accountEmail.trim().toLowerCase()
  )
    errors.email = 'CONTACT_EMAIL_IS_ACCOUNT_EMAIL';
  const phone = normalizePhone(contact.phone);
  if (!phone) errors.phone = 'PHONE_INVALID';
  return phone && !errors.email ? { allowed: true, phone } : { allowed: false, errors };
}
