// Technical benefits (TECH-2).
import { ActivationStatus, type LocalizedText, TechnicalUnit } from '@pbc/contract';
import { index, integer, jsonb, pgEnum, pgTable } from 'drizzle-orm/pg-core';
import { benefitTerms, createdAt, id, valuesOf } from '../../db/columns.js';
import { companyId } from '../identity/schema.js';

export const activationStatus = pgEnum('activation_status', valuesOf(ActivationStatus));

export const technicalUnit = pgEnum('technical_unit', valuesOf(TechnicalUnit));

export const technicalBenefits = pgTable(
  'technical_benefits',
  {
    id: id(),
    companyId: companyId(),
    /** Catalog wording in every locale (the names come from data, not from the UI's messages). */
    name: jsonb('name').$type<LocalizedText>().notNull(),
    quantity: integer('quantity').notNull(),
    unit: technicalUnit('unit').notNull(),
    status: activationStatus('status').notNull().default('not_activated'),
    ...benefitTerms(),
    createdAt: createdAt(),
  },
  (t) => [index('technical_benefits_company_idx').on(t.companyId)],
);
