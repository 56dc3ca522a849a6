// Go-To-Market offers (GTM-1).
import { GtmOfferType, GtmStatus } from '@pbc/contract';
import { index, pgEnum, pgTable, unique } from 'drizzle-orm/pg-core';
import { createdAt, id, valuesOf } from '../../db/columns.js';
import { companyId } from '../identity/schema.js';
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
    createdAt: createdAt(),
  },
  (t) => [
    index('gtm_offers_company_idx').on(t.companyId),
    unique('gtm_offers_grant_uq').on(t.packageId, t.benefitKey),
  ],
);
