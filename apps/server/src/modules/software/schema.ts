// Software benefits (SW-1…SW-4): keys, installation packages, special instructions, preferences.
import { type LocalizedText, SoftwareKeyKind, SoftwareLanguage, SoftwareOs } from '@pbc/contract';
import { sql } from 'drizzle-orm';
import {
  bigint,
  char,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, valuesOf } from '../../db/columns.js';
import { companyId, users } from '../identity/schema.js';
import { grantColumns } from '../membership/schema.js';

export const softwareBenefits = pgTable(
  'software_benefits',
  {
    id: id(),
    companyId: companyId(),
    ...grantColumns(),
    quantity: integer('quantity').notNull(),
    /** SW-2: the first reveal of its keys (each reveal is audited): from then on it counts as used. */
    keysRevealedAt: timestamp('keys_revealed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('software_benefits_company_idx').on(t.companyId),
    unique('software_benefits_grant_uq').on(t.packageId, t.benefitKey),
  ],
);

// --- Software (SW-2…SW-4): keys, installation packages, special instructions, preferences. ---
export const softwareKeyKind = pgEnum('software_key_kind', valuesOf(SoftwareKeyKind));

export const softwareOs = pgEnum('software_os', valuesOf(SoftwareOs));

export const softwareLanguage = pgEnum('software_language', valuesOf(SoftwareLanguage));

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
