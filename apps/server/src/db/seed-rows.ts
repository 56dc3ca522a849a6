// Demo rows (every module's seed.ts): fixed ids and ON CONFLICT DO NOTHING, so a second run
// inserts nothing. Quantities are catalog data (RULES.md), seeded rather than written into code.
import type { PgTable } from 'drizzle-orm/pg-core';
import type { benefitType, offerType } from './columns.js';
import type { Db } from './database.js';

export interface SeedBatch {
  table: PgTable;
  rows: Record<string, unknown>[];
}

/** Inserts what is missing of each batch, in order (foreign keys first); answers how many rows. */
export async function insertMissing(tx: Db, batches: readonly SeedBatch[]): Promise<number> {
  let inserted = 0;
  for (const { table, rows } of batches) {
    if (rows.length === 0) continue;
    inserted += (await tx.insert(table).values(rows).onConflictDoNothing().returning()).length;
  }
  return inserted;
}

/** What every demo benefit row carries (MEM-3). */
export interface Terms {
  offerType: (typeof offerType.enumValues)[number];
  benefitType: (typeof benefitType.enumValues)[number];
  expiresOn: string;
}

// Contoso: Gold Cloud Platform + Silver Data Analytics, enrolled 2026-07-01.
export const contosoYear = { enrollmentStart: '2026-07-01', anniversary: '2027-07-01' };
export const goldCore: Terms = {
  offerType: 'gold',
  benefitType: 'core',
  expiresOn: contosoYear.anniversary,
};
export const silverIncremental: Terms = {
  offerType: 'silver',
  benefitType: 'incremental',
  expiresOn: contosoYear.anniversary,
};
// Fabrikam: Action Pack only, enrolled 2026-02-01, still in Partner Membership Center.
export const fabrikamYear = { enrollmentStart: '2026-02-01', anniversary: '2027-02-01' };
export const actionPack: Terms = {
  offerType: 'action_pack',
  benefitType: 'core',
  expiresOn: fabrikamYear.anniversary,
};
