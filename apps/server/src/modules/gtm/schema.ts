// Go-To-Market offers (GTM-1), their activation (GTM-4) and the company marketing contact (GTM-3).
import { GtmOfferType, GtmStatus } from '@pbc/contract';
import { foreignKey, index, pgEnum, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, instant, locale, valuesOf } from '../../db/columns.js';
import { companies, companyId, users } from '../identity/schema.js';
import { grantColumns } from '../membership/schema.js';

export const gtmOfferType = pgEnum('gtm_offer_type', valuesOf(GtmOfferType));

export const gtmStatus = pgEnum('gtm_status', valuesOf(GtmStatus));

export const gtmOffers = pgTable(
  'gtm_offers',
  {
    id: id(),
    companyId: companyId(),
    /**
     * `expires_on` (MEM-7): the last day to activate the offer, until it is active; then the day
     * its activation ends (GTM-4).
     */
    ...grantColumns(),
    type: gtmOfferType('type').notNull(),
    status: gtmStatus('status').notNull().default('available'),
    /** GTM-4: when Activate was selected and when it is expected to be done (while pending). */
    activationRequestedAt: instant('activation_requested_at'),
    activationExpectedAt: instant('activation_expected_at'),
    /** The activation job's id, until it has run. */
    activationJobId: uuid('activation_job_id'),
    activatedAt: instant('activated_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('gtm_offers_company_idx').on(t.companyId),
    unique('gtm_offers_grant_uq').on(t.packageId, t.benefitKey),
  ],
);

/** GTM-3: one marketing contact per company, a user of its directory. */
export const gtmMarketingContacts = pgTable(
  'gtm_marketing_contacts',
  {
    companyId: uuid('company_id')
      .primaryKey()
      .references(() => companies.id),
    userId: uuid('user_id').notNull(),
    /** Differs from the company's Partner Center account email (GTM-3). */
    email: text('email').notNull(),
    /** E.164. */
    phone: text('phone').notNull(),
    locale: locale('locale').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    // The contact is a user of the same company; removing the user removes the contact (GTM-2
    // then refuses activations until another one is assigned).
    foreignKey({
      name: 'gtm_marketing_contacts_user_fk',
      columns: [t.userId, t.companyId],
      foreignColumns: [users.id, users.companyId],
    }).onDelete('cascade'),
  ],
);
