// Go-To-Market offers (GTM-1).
import { GtmOfferType, GtmStatus } from '@pbc/contract';
import { index, pgEnum, pgTable } from 'drizzle-orm/pg-core';
import { createdAt, day, id, valuesOf } from '../../db/columns.js';
import { companyId } from '../identity/schema.js';

export const gtmOfferType = pgEnum('gtm_offer_type', valuesOf(GtmOfferType));

export const gtmStatus = pgEnum('gtm_status', valuesOf(GtmStatus));

export const gtmOffers = pgTable(
  'gtm_offers',
  {
    id: id(),
    companyId: companyId(),
    type: gtmOfferType('type').notNull(),
    status: gtmStatus('status').notNull().default('available'),
    /** Set once active (GTM-4). */
    expiresOn: day('expires_on'),
    createdAt: createdAt(),
  },
  (t) => [index('gtm_offers_company_idx').on(t.companyId)],
);
