import { z } from 'zod';
import { Id, IsoDateTime } from './common.js';

/** One change (or reveal) written to the activity log in the same transaction. */
export const AuditEvent = z.object({
  id: Id,
  at: IsoDateTime,
  actor: z.object({ id: Id, displayName: z.string() }).nullable(),
  /** Dotted verb, e.g. `directory.addUser`, `software.revealKeys`. */
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  /** The target's name when it happened (a product, an edition, a person); null when it has none. */
  targetName: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string(),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

export const AuditFilter = z
  .object({
    actorId: Id.optional(),
    /** Matches the action's prefix: `directory` finds every directory change. */
    action: z.string().trim().max(100).optional(),
    from: IsoDateTime.optional(),
    to: IsoDateTime.optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: 'The start must be before the end',
    path: ['to'],
  });

export const AuditListInput = z.object({
  filter: AuditFilter.default({}),
  /** Opaque cursor from the previous page's `nextCursor`. */
  cursor: z.string().max(200).nullish(),
  limit: z.number().int().min(1).max(200).default(50),
});
export type AuditListInput = z.input<typeof AuditListInput>;

export const AuditPage = z.object({
  items: z.array(AuditEvent),
  nextCursor: z.string().nullable(),
});
export type AuditPage = z.infer<typeof AuditPage>;
