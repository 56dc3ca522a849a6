// Azure credit and license-based subscriptions with their product keys (AZ-1…AZ-11).
import { AzureCreditKind, AzureSubscriptionOffer, LicenseStatus } from '@pbc/contract';
import { sql } from 'drizzle-orm';
import {
  bigint,
  char,
  check,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { benefitTerms, createdAt, day, id, valuesOf } from '../../db/columns.js';
import { companyId, users } from '../identity/schema.js';
import { grantColumns } from '../membership/schema.js';

export const azureCreditKind = pgEnum('azure_credit_kind', valuesOf(AzureCreditKind));

export const azureCredits = pgTable(
  'azure_credits',
  {
    id: id(),
    companyId: companyId(),
    kind: azureCreditKind('kind').notNull(),
    /** Integer minor units (cents): per month for monthly credit, per enrollment year for bulk. */
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    ...grantColumns(),
    createdAt: createdAt(),
  },
  (t) => [
    index('azure_credits_company_idx').on(t.companyId),
    unique('azure_credits_grant_uq').on(t.packageId, t.benefitKey),
  ],
);

// --- Azure and cloud products (AZ-3…11) -------------------------------------------------
export const azureSubscriptionOffer = pgEnum(
  'azure_subscription_offer',
  valuesOf(AzureSubscriptionOffer),
);

export const licenseStatus = pgEnum('license_status', valuesOf(LicenseStatus));

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
    /** A subscription a redeemed product key created has no package (`key:<key id>`). */
    ...grantColumns(),
    createdAt: createdAt(),
  },
  (t) => [
    index('license_subscriptions_company_idx').on(t.companyId),
    unique('license_subscriptions_grant_uq').on(t.packageId, t.benefitKey),
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
