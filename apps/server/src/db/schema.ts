// The one database schema. Every business table carries `company_id` (the tenant, ROLE-8)
// with an index, so every query can be scoped to the caller's company.
// Migrations in ../../drizzle are generated from this file: `npm run db:generate`.
import type { LocalizedText } from '@pbc/contract';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  char,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  primaryKey,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

// Enum values mirror the zod enums in @pbc/contract.
export const userKind = pgEnum('user_kind', ['member', 'guest']);
export const offerType = pgEnum('offer_type', ['action_pack', 'silver', 'gold']);
export const benefitType = pgEnum('benefit_type', ['core', 'incremental']);
export const azureCreditKind = pgEnum('azure_credit_kind', ['monthly', 'bulk']);
export const activationStatus = pgEnum('activation_status', ['not_activated', 'pending', 'active']);
export const technicalUnit = pgEnum('technical_unit', ['incidents', 'hours']);
export const benefitModule = pgEnum('benefit_module', [
  'software',
  'azure',
  'visual_studio',
  'technical',
  'gtm',
]);
export const entitlementUnit = pgEnum('entitlement_unit', [
  'licenses',
  'seats',
  'usd_per_month',
  'usd_per_year',
  'incidents',
  'hours',
  'offers',
]);
export const packageStatus = pgEnum('package_status', [
  'active',
  'cancellation_requested',
  'cancelled',
]);
export const cancellationStatus = pgEnum('cancellation_status', [
  'submitted',
  'in_review',
  'refunded',
  'rejected',
]);
export const cancellationRejection = pgEnum('cancellation_rejection', [
  'BENEFIT_ACTIVATED',
  'KEY_VIEWED',
]);
export const gtmOfferType = pgEnum('gtm_offer_type', [
  'silver_core',
  'gold_core',
  'isv_cosell_ready',
]);
export const gtmStatus = pgEnum('gtm_status', ['available', 'pending', 'active', 'expired']);

const id = () => uuid('id').primaryKey().defaultRandom();
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const day = (name: string) => date(name, { mode: 'string' });
const companyId = () =>
  uuid('company_id')
    .notNull()
    .references(() => companies.id);

/** What every benefit row carries (MEM-3). */
const benefitTerms = () => ({
  offerType: offerType('offer_type').notNull(),
  benefitType: benefitType('benefit_type').notNull(),
  expiresOn: day('expires_on').notNull(),
});

export const companies = pgTable('companies', {
  id: id(),
  name: text('name').notNull(),
  currency: char('currency', { length: 3 }).notNull(),
  /** MEM-1: false while the membership is still managed in Partner Membership Center. */
  pmcMigrated: boolean('pmc_migrated').notNull().default(false),
  createdAt: createdAt(),
});

/** The company directory: members and guests who can hold roles and be assigned benefits. */
export const users = pgTable(
  'users',
  {
    id: id(),
    companyId: companyId(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    kind: userKind('kind').notNull().default('member'),
    roles: text('roles')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** scrypt (auth/passwords.ts); null: the user cannot sign in. */
    passwordHash: text('password_hash'),
    createdAt: createdAt(),
  },
  (t) => [
    index('users_company_idx').on(t.companyId),
    unique('users_company_email_uq').on(t.companyId, t.email),
    // Target of composite foreign keys that keep assignments inside one company.
    unique('users_id_company_uq').on(t.id, t.companyId),
  ],
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

export const softwareBenefits = pgTable(
  'software_benefits',
  {
    id: id(),
    companyId: companyId(),
    product: text('product').notNull(),
    quantity: integer('quantity').notNull(),
    ...benefitTerms(),
    createdAt: createdAt(),
  },
  (t) => [index('software_benefits_company_idx').on(t.companyId)],
);

// --- Software (SW-2…SW-4): keys, installation packages, special instructions, preferences. ---
export const softwareKeyKind = pgEnum('software_key_kind', ['retail', 'mak', 'static']);
export const softwareOs = pgEnum('software_os', ['x64', 'x86', 'arm64']);
export const softwareLanguage = pgEnum('software_language', [
  'en-US',
  'zh-CN',
  'de-DE',
  'fr-FR',
  'ja-JP',
]);

// Keys, downloads and instructions carry the company of their benefit (written by the seed); every
// query filters by both, so another company's benefit id finds nothing (ROLE-8).

/** A benefit's keys (SW-2), AES-256-GCM encrypted at rest (services/key-cipher.ts): never plain text. */
export const softwareKeys = pgTable(
  'software_keys',
  {
    id: id(),
    companyId: companyId(),
    benefitId: uuid('benefit_id')
      .notNull()
      .references(() => softwareBenefits.id),
    kind: softwareKeyKind('kind').notNull(),
    /** Base64 of the ciphertext, its 12-byte IV and 16-byte GCM tag. */
    ciphertext: text('ciphertext').notNull(),
    iv: text('iv').notNull(),
    tag: text('tag').notNull(),
    /** SW-4: MAK keys only; catalog data, no more activations are granted. */
    activationsUsed: integer('activations_used'),
    activationsAllowed: integer('activations_allowed'),
    createdAt: createdAt(),
  },
  (t) => [
    index('software_keys_company_benefit_idx').on(t.companyId, t.benefitId),
    // A MAK key has both counts, the others neither; used never exceeds allowed (SW-4).
    check(
      'software_keys_mak_counts_ck',
      sql`(${t.kind} = 'mak') = (${t.activationsAllowed} is not null and ${t.activationsUsed} is not null)`,
    ),
    check(
      'software_keys_activations_ck',
      sql`${t.activationsAllowed} > 0 and ${t.activationsUsed} between 0 and ${t.activationsAllowed}`,
    ),
  ],
);

/** Installation packages per display language and OS type (SW-3). */
export const softwareDownloads = pgTable(
  'software_downloads',
  {
    id: id(),
    companyId: companyId(),
    benefitId: uuid('benefit_id')
      .notNull()
      .references(() => softwareBenefits.id),
    language: softwareLanguage('language').notNull(),
    os: softwareOs('os').notNull(),
    fileName: text('file_name').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: char('sha256', { length: 64 }).notNull(),
    url: text('url').notNull(),
  },
  (t) => [
    index('software_downloads_company_benefit_idx').on(t.companyId, t.benefitId),
    unique('software_downloads_file_uq').on(t.benefitId, t.language, t.os, t.fileName),
    check('software_downloads_size_ck', sql`${t.sizeBytes} > 0`),
    check('software_downloads_sha256_ck', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
  ],
);

/** Special instructions of a benefit's product in every locale (SW-2); absent when there are none. */
export const softwareInstructions = pgTable(
  'software_instructions',
  {
    benefitId: uuid('benefit_id')
      .primaryKey()
      .references(() => softwareBenefits.id),
    companyId: companyId(),
    text: jsonb('text').$type<LocalizedText>().notNull(),
  },
  (t) => [index('software_instructions_company_idx').on(t.companyId)],
);

/** SW-3: each user's remembered display language and OS type. */
export const softwarePreferences = pgTable(
  'software_preferences',
  {
    userId: uuid('user_id').primaryKey(),
    companyId: companyId(),
    language: softwareLanguage('language').notNull(),
    os: softwareOs('os').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('software_preferences_company_idx').on(t.companyId),
    // Removing a user removes their preference with them.
    foreignKey({
      name: 'software_preferences_user_fk',
      columns: [t.userId, t.companyId],
      foreignColumns: [users.id, users.companyId],
    }).onDelete('cascade'),
  ],
);
// --- end of Software ---

export const vsSubscriptions = pgTable(
  'vs_subscriptions',
  {
    id: id(),
    companyId: companyId(),
    edition: text('edition').notNull(),
    seatsTotal: integer('seats_total').notNull(),
    ...benefitTerms(),
    createdAt: createdAt(),
  },
  (t) => [
    index('vs_subscriptions_company_idx').on(t.companyId),
    unique('vs_subscriptions_id_company_uq').on(t.id, t.companyId),
  ],
);

/**
 * One row per occupied seat; seats used = count of rows (VS-1). VS-4: every change of a
 * subscription's seats first locks its `vs_subscriptions` row (`FOR UPDATE`), so the count and
 * the insert of one assignment cannot interleave with another's (services/visual-studio.ts).
 */
export const vsSeatAssignments = pgTable(
  'vs_seat_assignments',
  {
    id: id(),
    companyId: companyId(),
    subscriptionId: uuid('subscription_id').notNull(),
    /** The current holder: a reassignment updates it in place. */
    userId: uuid('user_id').notNull(),
    /** VS-5: the seat's ORIGINAL assignment, kept by reassignments (the 90 days count from it). */
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the current holder got the seat by reassignment; null: holder since `assigned_at`. */
    reassignedAt: timestamp('reassigned_at', { withTimezone: true }),
  },
  (t) => [
    index('vs_seat_assignments_company_idx').on(t.companyId),
    unique('vs_seat_assignments_subscription_user_uq').on(t.subscriptionId, t.userId),
    // The seat, the subscription and the user belong to the same company (ROLE-8).
    foreignKey({
      name: 'vs_seat_assignments_subscription_fk',
      columns: [t.subscriptionId, t.companyId],
      foreignColumns: [vsSubscriptions.id, vsSubscriptions.companyId],
    }),
    foreignKey({
      name: 'vs_seat_assignments_user_fk',
      columns: [t.userId, t.companyId],
      foreignColumns: [users.id, users.companyId],
    }),
  ],
);

export const azureCredits = pgTable(
  'azure_credits',
  {
    id: id(),
    companyId: companyId(),
    kind: azureCreditKind('kind').notNull(),
    /** Integer minor units (cents): per month for monthly credit, per enrollment year for bulk. */
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    ...benefitTerms(),
    createdAt: createdAt(),
  },
  (t) => [index('azure_credits_company_idx').on(t.companyId)],
);

// --- Azure and cloud products (AZ-3…11) -------------------------------------------------
export const azureSubscriptionOffer = pgEnum('azure_subscription_offer', [
  'pay_as_you_go',
  'partner_benefit',
  'enterprise_agreement',
  'csp',
  'azure_in_open',
  'azure_pass',
  'action_pack',
]);
export const licenseStatus = pgEnum('license_status', ['active', 'disabled', 'expired']);

/** The company's Azure subscriptions, onto which credit is activated (AZ-6 reads the offer). */
export const azureSubscriptions = pgTable(
  'azure_subscriptions',
  {
    id: id(),
    companyId: companyId(),
    name: text('name').notNull(),
    offer: azureSubscriptionOffer('offer').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('azure_subscriptions_company_idx').on(t.companyId),
    unique('azure_subscriptions_id_company_uq').on(t.id, t.companyId),
  ],
);

/**
 * Who has access to a credit, on which subscription (AZ-3). Assignments lock the credit row, so
 * a bulk credit keeps one holder (AZ-5) however many arrive at once.
 */
export const azureCreditHolders = pgTable(
  'azure_credit_holders',
  {
    id: id(),
    companyId: companyId(),
    creditId: uuid('credit_id')
      .notNull()
      .references(() => azureCredits.id),
    userId: uuid('user_id').notNull(),
    subscriptionId: uuid('subscription_id').notNull(),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('azure_credit_holders_company_idx').on(t.companyId),
    unique('azure_credit_holders_credit_user_uq').on(t.creditId, t.userId),
    // Removing a user from the directory ends their access (AZ-4).
    foreignKey({
      name: 'azure_credit_holders_user_fk',
      columns: [t.userId, t.companyId],
      foreignColumns: [users.id, users.companyId],
    }).onDelete('cascade'),
    foreignKey({
      name: 'azure_credit_holders_subscription_fk',
      columns: [t.subscriptionId, t.companyId],
      foreignColumns: [azureSubscriptions.id, azureSubscriptions.companyId],
    }),
  ],
);

/** License-based subscriptions (AZ-7); `expires_on` is the end date redemptions move (AZ-9). */
export const licenseSubscriptions = pgTable(
  'license_subscriptions',
  {
    id: id(),
    companyId: companyId(),
    product: text('product').notNull(),
    seats: integer('seats').notNull(),
    startsOn: day('starts_on').notNull(),
    status: licenseStatus('status').notNull().default('active'),
    ...benefitTerms(),
    createdAt: createdAt(),
  },
  (t) => [
    index('license_subscriptions_company_idx').on(t.companyId),
    unique('license_subscriptions_id_company_uq').on(t.id, t.companyId),
    check('license_subscriptions_seats_ck', sql`${t.seats} >= 0`),
  ],
);

/**
 * Product keys (AZ-8): looked up by the SHA-256 of the normalized key, never stored in clear;
 * the last 5 characters are kept for display. Redeemed once: `redeemed_at` is set by a
 * conditional update in the transaction that changes the subscription.
 */
export const productKeys = pgTable(
  'product_keys',
  {
    id: id(),
    companyId: companyId(),
    keyHash: text('key_hash').notNull(),
    lastCharacters: char('last_characters', { length: 5 }).notNull(),
    product: text('product').notNull(),
    seats: integer('seats').notNull(),
    ...benefitTerms(),
    redeemedAt: timestamp('redeemed_at', { withTimezone: true }),
    // No foreign key: the history outlives a removed user.
    redeemedBy: uuid('redeemed_by'),
    subscriptionId: uuid('subscription_id'),
    // AZ-11: what the redemption found (null: it created the subscription) and left, to revert it.
    priorSeats: integer('prior_seats'),
    priorStartsOn: day('prior_starts_on'),
    priorExpiresOn: day('prior_expires_on'),
    priorStatus: licenseStatus('prior_status'),
    leftSeats: integer('left_seats'),
    leftExpiresOn: day('left_expires_on'),
    undoneAt: timestamp('undone_at', { withTimezone: true }),
    undoneBy: uuid('undone_by'),
    /** AZ-11: the one-time replacement of an undone redemption; unique, so one per undo. */
    replacesKeyId: uuid('replaces_key_id'),
    createdAt: createdAt(),
  },
  (t) => [
    index('product_keys_company_idx').on(t.companyId),
    unique('product_keys_key_hash_uq').on(t.keyHash),
    unique('product_keys_replaces_key_uq').on(t.replacesKeyId),
    check('product_keys_undone_ck', sql`${t.undoneAt} is null or ${t.redeemedAt} is not null`),
    foreignKey({
      name: 'product_keys_replaces_key_fk',
      columns: [t.replacesKeyId],
      foreignColumns: [t.id],
    }),
    check('product_keys_seats_ck', sql`${t.seats} > 0`),
    check(
      'product_keys_redeemed_ck',
      sql`(${t.redeemedAt} is null) = (${t.subscriptionId} is null)`,
    ),
    foreignKey({
      name: 'product_keys_subscription_fk',
      columns: [t.subscriptionId, t.companyId],
      foreignColumns: [licenseSubscriptions.id, licenseSubscriptions.companyId],
    }),
  ],
);
// --- end of Azure and cloud products ------------------------------------------------------

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

const instant = (name: string) => timestamp(name, { withTimezone: true });

/** A signed-in browser: the token lives in the cookie, only its hash here. */
export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    tokenHash: text('token_hash').notNull().unique('sessions_token_hash_uq'),
    // Removing a user ends their sessions with them.
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    companyId: companyId(),
    createdAt: instant('created_at').notNull(),
    lastSeenAt: instant('last_seen_at').notNull(),
    /** The absolute limit; the idle limit is checked against `last_seen_at`. */
    expiresAt: instant('expires_at').notNull(),
    revokedAt: instant('revoked_at'),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_company_idx').on(t.companyId)],
);

/** Fixed-window attempt counters: sign-ins per account and address, product keys per user and company. */
export const rateLimitBuckets = pgTable('rate_limit_buckets', {
  key: text('key').primaryKey(),
  count: integer('count').notNull(),
  windowStart: instant('window_start').notNull(),
});

/** a mutation sent again with the same Idempotency-Key answers the stored response. */
export const idempotencyRecords = pgTable(
  'idempotency_records',
  {
    id: id(),
    companyId: companyId(),
    key: text('key').notNull(),
    procedure: text('procedure').notNull(),
    requestHash: text('request_hash').notNull(),
    response: jsonb('response'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [unique('idempotency_records_company_key_uq').on(t.companyId, t.key)],
);

/** every change, written in the transaction of the change. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: id(),
    companyId: companyId(),
    // No foreign key: the history outlives a removed user, so the name is kept as well.
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    /** The target's name when it happened (a product, an edition, a person), for people reading the log. */
    targetName: text('target_name'),
    before: jsonb('before'),
    after: jsonb('after'),
    at: instant('at').notNull(),
    requestId: text('request_id').notNull(),
  },
  (t) => [index('audit_events_company_at_idx').on(t.companyId, t.at.desc(), t.id.desc())],
);

/** What each offer grants (MEM-3): catalog data from RULES.md, shared by every company. */
export const benefitCatalog = pgTable(
  'benefit_catalog',
  {
    offerType: offerType('offer_type').notNull(),
    benefitKey: text('benefit_key').notNull(),
    module: benefitModule('module').notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    benefitType: benefitType('benefit_type').notNull(),
    quantity: integer('quantity').notNull(),
    unit: entitlementUnit('unit').notNull(),
    termMonths: integer('term_months').notNull(),
  },
  (t) => [primaryKey({ name: 'benefit_catalog_pk', columns: [t.offerType, t.benefitKey] })],
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
  },
  (t) => [index('benefit_packages_company_idx').on(t.companyId)],
);

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
