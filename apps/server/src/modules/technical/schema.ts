// Technical benefits (TECH-2…8): the benefits with their use and activation, and the support and
// presales requests made against them.
import {
  ActivationStatus,
  AdvisoryProduct,
  AdvisoryRequestType,
  ConsultLanguage,
  PreferredHours,
  SupportProductCategory,
  SupportSeverity,
  TechnicalRequestKind,
  TechnicalRequestStatus,
  TechnicalUnit,
} from '@pbc/contract';
import { sql } from 'drizzle-orm';
import {
  char,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, instant, valuesOf } from '../../db/columns.js';
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
    // --- TECH-3…8 use: defaults a newly provisioned benefit starts from. ---
    /** Incidents consumed by support requests, or advisory hours delivered (TECH-8). */
    used: integer('used').notNull().default(0),
    /** Advisory hours held by requests not completed yet, so concurrent ones never promise more. */
    held: integer('held').notNull().default(0),
    /** TECH-3: the activation asked for (Pending) and when it is expected. */
    activationRequestedAt: instant('activation_requested_at'),
    activationRequestedBy: text('activation_requested_by'),
    activationExpectedBy: instant('activation_expected_by'),
    /** the job that completes the activation, until it has. */
    activationJobId: uuid('activation_job_id'),
    activatedAt: instant('activated_at'),
    /** TECH-3: assigned once, by the activation job; the same for every user of the company. */
    accessId: char('access_id', { length: 9 }),
    contractId: char('contract_id', { length: 9 }),
    createdAt: createdAt(),
  },
  (t) => [
    index('technical_benefits_company_idx').on(t.companyId),
    unique('technical_benefits_grant_uq').on(t.packageId, t.benefitKey),
    uniqueIndex('technical_benefits_access_id_uq').on(t.accessId),
    uniqueIndex('technical_benefits_contract_id_uq').on(t.contractId),
    // TECH-5: never more consumed than granted (a null quantity is unlimited).
    check(
      'technical_benefits_use_ck',
      sql`${t.used} >= 0 and ${t.held} >= 0 and (${t.quantity} is null or ${t.used} + ${t.held} <= ${t.quantity})`,
    ),
    // TECH-3: both IDs or neither, 9 digits, and only once the benefit is active.
    check(
      'technical_benefits_ids_ck',
      sql`(${t.accessId} is null) = (${t.contractId} is null) and (${t.accessId} is null or (${t.status} = 'active' and ${t.accessId} ~ '^[0-9]{9}$' and ${t.contractId} ~ '^[0-9]{9}$'))`,
    ),
  ],
);

export const technicalRequestKind = pgEnum(
  'technical_request_kind',
  valuesOf(TechnicalRequestKind),
);
export const technicalRequestStatus = pgEnum(
  'technical_request_status',
  valuesOf(TechnicalRequestStatus),
);
export const supportProductCategory = pgEnum(
  'support_product_category',
  valuesOf(SupportProductCategory),
);
export const supportSeverity = pgEnum('support_severity', valuesOf(SupportSeverity));
export const advisoryRequestType = pgEnum('advisory_request_type', valuesOf(AdvisoryRequestType));
export const advisoryProduct = pgEnum('advisory_product', valuesOf(AdvisoryProduct));
export const preferredHours = pgEnum('preferred_hours', valuesOf(PreferredHours));
export const consultLanguage = pgEnum('consult_language', valuesOf(ConsultLanguage));

/** Support requests (TECH-4…6) and presales and deployment requests (TECH-7), with their states (TECH-8). */
export const technicalRequests = pgTable(
  'technical_requests',
  {
    id: id(),
    companyId: companyId(),
    /** Shown as `SR-<number>` or `TPD-<number>`. */
    number: integer('number').notNull().generatedAlwaysAsIdentity({ startWith: 100001 }),
    kind: technicalRequestKind('kind').notNull(),
    benefitId: uuid('benefit_id')
      .notNull()
      .references(() => technicalBenefits.id),
    status: technicalRequestStatus('status').notNull().default('submitted'),
    // No foreign key: the request outlives a removed user; the name is kept as it was.
    requestedBy: uuid('requested_by').notNull(),
    requestedByName: text('requested_by_name').notNull(),
    requestedAt: instant('requested_at').notNull(),
    startedAt: instant('started_at'),
    completedAt: instant('completed_at'),
    cancelledAt: instant('cancelled_at'),
    // Support requests.
    productCategory: supportProductCategory('product_category'),
    title: text('title'),
    description: text('description'),
    severity: supportSeverity('severity'),
    // Presales and deployment requests.
    advisoryType: advisoryRequestType('advisory_type'),
    product: advisoryProduct('product'),
    phone: text('phone'),
    timeZone: text('time_zone'),
    preferredHours: preferredHours('preferred_hours'),
    countryRegion: char('country_region', { length: 2 }),
    language: consultLanguage('language'),
    estimatedHours: integer('estimated_hours'),
    /** Hours held on the benefit until it completes (0 when presales advice is unlimited). */
    hoursHeld: integer('hours_held').notNull().default(0),
    hoursDelivered: integer('hours_delivered'),
    /** the job that moves it on, until it completes or is cancelled. */
    jobName: text('job_name'),
    jobId: uuid('job_id'),
  },
  (t) => [
    index('technical_requests_company_idx').on(t.companyId, t.requestedAt),
    uniqueIndex('technical_requests_number_uq').on(t.number),
    check(
      'technical_requests_support_ck',
      sql`(${t.kind} = 'support') = (${t.productCategory} is not null and ${t.title} is not null and ${t.description} is not null and ${t.severity} is not null)`,
    ),
    check(
      'technical_requests_advisory_ck',
      sql`(${t.kind} = 'advisory') = (${t.advisoryType} is not null and ${t.product} is not null and ${t.phone} is not null and ${t.timeZone} is not null and ${t.preferredHours} is not null and ${t.countryRegion} is not null and ${t.language} is not null and ${t.estimatedHours} is not null)`,
    ),
    check(
      'technical_requests_hours_ck',
      sql`${t.hoursHeld} >= 0 and (${t.estimatedHours} is null or ${t.estimatedHours} between 1 and 25)`,
    ),
    check(
      'technical_requests_steps_ck',
      sql`(${t.status} = 'cancelled') = (${t.cancelledAt} is not null) and (${t.status} = 'completed') = (${t.completedAt} is not null)`,
    ),
  ],
);
