// Tables of the platform rather than of a module: attempt counters and idempotency records.
import { integer, jsonb, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { id, instant } from './columns.js';
import { companyId } from '../modules/identity/schema.js';

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
