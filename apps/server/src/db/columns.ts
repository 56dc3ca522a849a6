// Columns and enums every table shares: ids, the tenant (ROLE-8), the benefit terms (MEM-3).
import { date, pgEnum, timestamp, uuid } from 'drizzle-orm/pg-core';

export const offerType = pgEnum('offer_type', ['action_pack', 'silver', 'gold']);

export const benefitType = pgEnum('benefit_type', ['core', 'incremental']);

export const id = () => uuid('id').primaryKey().defaultRandom();

export const createdAt = () =>
  timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const day = (name: string) => date(name, { mode: 'string' });

/** What every benefit row carries (MEM-3). */
export const benefitTerms = () => ({
  offerType: offerType('offer_type').notNull(),
  benefitType: benefitType('benefit_type').notNull(),
  expiresOn: day('expires_on').notNull(),
});

export const instant = (name: string) => timestamp(name, { withTimezone: true });
