// Columns and enums every table shares: ids, the tenant (ROLE-8), the benefit terms (MEM-3).
import { BenefitType, Locale, OfferType } from '@pbc/contract';
import { date, pgEnum, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A contract enum's values, as the tuple `pgEnum` takes: database enums are built from the contract's, never copied. */
export const valuesOf = <T extends string>(schema: { options: readonly T[] }) =>
  schema.options as [T, ...T[]];

export const offerType = pgEnum('offer_type', valuesOf(OfferType));

export const benefitType = pgEnum('benefit_type', valuesOf(BenefitType));

/** A person's language: what the email they are sent is written in. */
export const locale = pgEnum('locale', valuesOf(Locale));

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
