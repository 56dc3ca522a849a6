// Technical benefits (TECH-2).
import { ActivationStatus, TechnicalUnit } from '@pbc/contract';
import { index, integer, pgEnum, pgTable, unique } from 'drizzle-orm/pg-core';
import { createdAt, id, valuesOf } from '../../db/columns.js';
import { companyId } from '../identity/schema.js';
import { grantColumns } from '../membership/schema.js';

export const activationStatus = pgEnum('activation_status', valuesOf(ActivationStatus));

export const technicalUnit = pgEnum('technical_unit', valuesOf(TechnicalUnit));

export const technicalBenefits = pgTable(
  'technical_benefits',
  {
    id: id(),
    companyId: companyId(),
    ...grantColumns(),
    /** Per enrollment year; null: unlimited (TECH-5, Signature support within a cloud competency). */
    quantity: integer('quantity'),
    unit: technicalUnit('unit').notNull(),
    status: activationStatus('status').notNull().default('not_activated'),
    createdAt: createdAt(),
  },
  (t) => [
    index('technical_benefits_company_idx').on(t.companyId),
    unique('technical_benefits_grant_uq').on(t.packageId, t.benefitKey),
  ],
);
