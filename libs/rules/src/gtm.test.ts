import { describe, expect, it } from 'vitest';
import {
  checkGtmActivation,
  checkMarketingContact,
  gtmOfferContents,
  normalizePhone,
} from './gtm.js';

describe('Go-To-Market rules', () => {
  it('GTM-1 every offer contains what every member gets; Silver adds three, Gold adds five more; ISV Co-sell ready covers co-sell incentive offers', () => {
    const everyMember = ['marketing_assets', 'sales_enablement', 'digital_marketing'];
    const silver = ['business_profile', 'referral_management', 'how_to_market'];
    const gold = [
      'cobranded_one_pager',
      'cobranded_presentation',
      'cobranded_case_study',
      'social_marketing',
      'press_release',
    ];
    expect(gtmOfferContents.silver_core).toEqual([...everyMember, ...silver]);
    expect(gtmOfferContents.gold_core).toEqual([...everyMember, ...silver, ...gold]);
    expect(gtmOfferContents.isv_cosell_ready).toEqual(['cosell_incentive_offers']);
  });

  it('GTM-2 no offer is activated before a marketing contact is assigned', () => {
    expect(checkGtmActivation({ status: 'available', hasMarketingContact: false })).toEqual({
      allowed: false,
      reason: 'NO_MARKETING_CONTACT',
    });
    expect(checkGtmActivation({ status: 'available', hasMarketingContact: true })).toEqual({
      allowed: true,
    });
  });

  it('GTM-4 an offer pending or active is not activated again', () => {
    for (const status of ['pending', 'active', 'expired'] as const)
      expect(checkGtmActivation({ status, hasMarketingContact: true })).toEqual({
        allowed: false,
        reason: 'OFFER_NOT_AVAILABLE',
      });
  });

  it("GTM-3 the contact's email must differ from the company's Partner Center account email, whatever the case", () => {
    const base = { phone: '+1 425 555 0100', accountEmail: 'partnercenter@contoso.example' };
    expect(checkMarketingContact({ ...base, email: 'PartnerCenter@Contoso.example' })).toEqual({
      allowed: false,
      errors: { email: 'CONTACT_EMAIL_IS_ACCOUNT_EMAIL' },
    });
    expect(checkMarketingContact({ ...base, email: 'marketing@contoso.example' })).toEqual({
      allowed: true,
      phone: '+14255550100',
    });
  });

  it('GTM-3 phone: a valid number with its international code is stored as E.164', () => {
    expect(normalizePhone('+1 (425) 555-0100')).toBe('+14255550100');
    expect(normalizePhone('+86 10 6552 9988')).toBe('+861065529988');
    expect(normalizePhone(' +44 20 7946 0958 ')).toBe('+442079460958');
  });

  it('GTM-3 phone: without its international code, too short, or not a number of its country: refused', () => {
    expect(normalizePhone('425 555 0100')).toBeNull();
    expect(normalizePhone('+1 425')).toBeNull();
    expect(normalizePhone('+86 123')).toBeNull();
    expect(normalizePhone('+1 555 555 5555 5555')).toBeNull();
    expect(normalizePhone('call me')).toBeNull();
  });

  it('GTM-3 both field errors are reported at once', () => {
    expect(
      checkMarketingContact({
        email: 'partnercenter@contoso.example',
        phone: '12345',
        accountEmail: 'partnercenter@contoso.example',
      }),
    ).toEqual({
      allowed: false,
      errors: { email: 'CONTACT_EMAIL_IS_ACCOUNT_EMAIL', phone: 'PHONE_INVALID' },
    });
  });
});
