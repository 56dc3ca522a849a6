// The audit log.
import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, instant } from '../../db/columns.js';
import { companyId } from '../identity/schema.js';

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
  // The list's keyset order, `at desc, id desc` (PostgreSQL's DESC is NULLS FIRST): an index in
  // another null order is not used for it, and every page sorts the whole company.
  (t) => [
    index('audit_events_company_at_id_idx').on(
      t.companyId,
      t.at.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
  ],
);
