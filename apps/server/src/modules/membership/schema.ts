// Offers, packages, the columns of what they grant, and cancellation requests (MEM-2…MEM-4, MEM-8).
import {
  CancellationRejection,
  CancellationStatus,
  type LocalizedText,
  PackageStatus,
} from '@pbc/contract';
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  benefitTerms,
  createdAt,
  day,
  id,
  instant,
  offerType,
  valuesOf,
} from '../../db/columns.js';
import { companies, companyId } from '../identity/schema.js';

export const packageStatus = pgEnum('package_status', valuesOf(PackageStatus));

export const cancellationStatus = pgEnum('cancellation_status', valuesOf(CancellationStatus));

export const cancellationRejection = pgEnum(
  'cancellation_rejection',
  valuesOf(CancellationRejection),
);

/** MEM-2: the offers a company holds, each with its enrollment year. */
export const membershipOffers = pgTable(
  'membership_offers',
  {
    id: id(),
    companyId: companyId(),
    offerType: offerType('offer_type').notNull(),
    competencyArea: text('competency_area'),
    enrollmentStart: day('enrollment_start').notNull(),
    anniversary: day('anniversary').notNull(),
    /** The day its package was refunded (MEM-4): from then on the company no longer holds it. */
    endedOn: day('ended_on'),
    createdAt: createdAt(),
  },
  (t) => [index('membership_offers_company_idx').on(t.companyId)],
);

/** A purchased offer (MEM-4: refundable for 30 days while nothing was activated or revealed). */
export const benefitPackages = pgTable(
  'benefit_packages',
  {
    id: id(),
    companyId: companyId(),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => membershipOffers.id),
    purchasedAt: instant('purchased_at').notNull(),
    status: packageStatus('status').notNull().default('active'),
    firstActivatedAt: instant('first_activated_at'),
    firstKeyViewedAt: instant('first_key_viewed_at'),
    /** When its benefits were provisioned into the areas (MEM-8); set once, in the purchase. */
    provisionedAt: instant('provisioned_at'),
  },
  (t) => [index('benefit_packages_company_idx').on(t.companyId)],
);

/**
 * What every provisioned benefit row carries (MEM-8): the package that granted it (null: it came
 * from elsewhere, e.g. a redeemed product key) and the catalog key it was granted as, with its
 * name in every locale and its terms (MEM-3).
 */
export const grantColumns = () => ({
  packageId: uuid('package_id').references(() => benefitPackages.id),
  benefitKey: text('benefit_key').notNull(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  ...benefitTerms(),
});

export const cancellationRequests = pgTable(
  'cancellation_requests',
  {
    id: id(),
    companyId: companyId(),
    packageId: uuid('package_id')
      .notNull()
      .references(() => benefitPackages.id),
    status: cancellationStatus('status').notNull().default('submitted'),
    reason: text('reason'),
    // No foreign key: the request outlives a removed user.
    requestedBy: uuid('requested_by').notNull(),
    requestedAt: instant('requested_at').notNull(),
    inReviewAt: instant('in_review_at'),
    decidedAt: instant('decided_at'),
    rejectionReason: cancellationRejection('rejection_reason'),
    /** the job that moves the request on (its state is pg-boss's), until it is decided. */
    jobName: text('job_name'),
    jobId: uuid('job_id'),
  },
  (t) => [
    index('cancellation_requests_company_idx').on(t.companyId),
    // One open request per package, however many arrive at once.
    uniqueIndex('cancellation_requests_open_uq')
      .on(t.packageId)
      .where(sql`status in ('submitted', 'in_review')`),
    check(
      'cancellation_requests_decided_ck',
      sql`(${t.status} in ('refunded', 'rejected')) = (${t.decidedAt} is not null)`,
    ),
    check(
      'cancellation_requests_rejection_ck',
      sql`(${t.status} = 'rejected') = (${t.rejectionReason} is not null)`,
    ),
  ],
);

/** the company's reminder settings; no row: the defaults (120, 30 and 7 days). */
export const reminderSettings = pgTable('reminder_settings', {
  companyId: uuid('company_id')
    .primaryKey()
    .references(() => companies.id),
  unusedReminderDays: integer('unused_reminder_days').array().notNull(),
  updatedAt: instant('updated_at').notNull(),
});

export const reminderKind = pgEnum('reminder_kind', ['renewal', 'unused']);

/**
 * every reminder sent, claimed with INSERT … ON CONFLICT DO NOTHING in the transaction that
 * writes its email to the outbox: one row per subject, threshold and the date it is about, so a
 * reminder goes once however many sweeps run at once, and again after a crash only if its
 * transaction did not commit.
 */
export const sentReminders = pgTable(
  'sent_reminders',
  {
    id: id(),
    companyId: companyId(),
    kind: reminderKind('kind').notNull(),
    /** The offer (renewal) or the benefit row (unused) it is about. */
    subjectId: uuid('subject_id').notNull(),
    /** Renewal: days from the anniversary (-15, 23); unused: days before expiry. */
    threshold: integer('threshold').notNull(),
    /** The anniversary or expiry date it is about: the next year's are new reminders. */
    dueFor: day('due_for').notNull(),
    sentAt: instant('sent_at').notNull(),
  },
  (t) => [
    uniqueIndex('sent_reminders_uq').on(t.companyId, t.kind, t.subjectId, t.threshold, t.dueFor),
  ],
);
