// Companies (the tenants, ROLE-8), their directory and its sign-in sessions.
import { UserKind } from '@pbc/contract';
import { sql } from 'drizzle-orm';
import { boolean, char, index, pgEnum, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, instant, locale, valuesOf } from '../../db/columns.js';

/** The tenant every business row belongs to (ROLE-8). */
export const companyId = () =>
  uuid('company_id')
    .notNull()
    .references(() => companies.id);

export const userKind = pgEnum('user_kind', valuesOf(UserKind));

export const companies = pgTable('companies', {
  id: id(),
  name: text('name').notNull(),
  currency: char('currency', { length: 3 }).notNull(),
  /** MEM-1: false while the membership is still managed in Partner Membership Center. */
  pmcMigrated: boolean('pmc_migrated').notNull().default(false),
  /**
   * The email address of the company's Partner Center account: the Go-To-Market marketing
   * contact's must differ from it (GTM-3).
   */
  accountEmail: text('account_email'),
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
    /** The language the product's email to this user is written in. */
    locale: locale('locale').notNull().default('en-US'),
    /** scrypt (auth/passwords.ts); null: the user cannot sign in. */
    passwordHash: text('password_hash'),
    createdAt: createdAt(),
  },
  (t) => [
    // The directory list's order (display name, then id): a page reads only its rows.
    index('users_company_name_idx').on(t.companyId, t.displayName, t.id),
    // Directory search is a substring match on name and email: trigram indexes (pg_trgm).
    index('users_display_name_trgm_idx').using('gin', t.displayName.op('gin_trgm_ops')),
    index('users_email_trgm_idx').using('gin', t.email.op('gin_trgm_ops')),
    unique('users_company_email_uq').on(t.companyId, t.email),
    // Target of composite foreign keys that keep assignments inside one company.
    unique('users_id_company_uq').on(t.id, t.companyId),
  ],
);

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

/**
 * a service's key to the API. The text is shown once; only its SHA-256 is kept, with the
 * first characters (`prefix`) to tell tokens apart in the list. Removing the creator removes
 * their tokens: a token never holds more than its creator does now.
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    companyId: companyId(),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    tokenHash: text('token_hash').notNull().unique('api_tokens_token_hash_uq'),
    permissions: text('permissions').array().notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: instant('created_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
    lastUsedAt: instant('last_used_at'),
    revokedAt: instant('revoked_at'),
  },
  (t) => [index('api_tokens_company_idx').on(t.companyId)],
);
