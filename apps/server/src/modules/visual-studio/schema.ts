// Visual Studio subscriptions and their seats (VS-1…VS-5).
import {
  foreignKey,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id } from '../../db/columns.js';
import { companyId, users } from '../identity/schema.js';
import { grantColumns } from '../membership/schema.js';

export const vsSubscriptions = pgTable(
  'vs_subscriptions',
  {
    id: id(),
    companyId: companyId(),
    ...grantColumns(),
    edition: text('edition').notNull(),
    seatsTotal: integer('seats_total').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('vs_subscriptions_company_idx').on(t.companyId),
    unique('vs_subscriptions_grant_uq').on(t.packageId, t.benefitKey),
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
