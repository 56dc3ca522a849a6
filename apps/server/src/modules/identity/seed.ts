// Demo companies and their directories: Contoso (the demo company, one user per role) and
// Fabrikam (a second tenant, still in Partner Membership Center).
import { and, inArray, isNull } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { CONTOSO_ID, demoApiTokens, demoUsers, FABRIKAM_ID, seedId } from '../../db/seed-ids.js';
import { insertMissing } from '../../db/seed-rows.js';
import type { Db } from '../../db/database.js';
import type { SeedContext } from '../define.js';
import * as identitySchema from './schema.js';

const companies: (typeof identitySchema.companies.$inferInsert)[] = [
  {
    id: CONTOSO_ID,
    name: 'Contoso Partner Solutions',
    currency: 'USD',
    pmcMigrated: true,
    accountEmail: 'partnercenter@contoso.example',
  },
  {
    id: FABRIKAM_ID,
    name: 'Fabrikam Consulting',
    currency: 'EUR',
    pmcMigrated: false,
    accountEmail: 'partnercenter@fabrikam.example',
  },
];

const users: (typeof identitySchema.users.$inferInsert)[] = [
  {
    id: seedId('user', 1, 1),
    companyId: CONTOSO_ID,
    email: 'megan.bowen@contoso.com',
    displayName: 'Megan Bowen',
    roles: ['global_admin'],
  },
  {
    id: seedId('user', 1, 2),
    companyId: CONTOSO_ID,
    email: 'alex.wilber@contoso.com',
    displayName: 'Alex Wilber',
    roles: ['mpn_partner_admin'],
  },
  {
    id: seedId('user', 1, 3),
    companyId: CONTOSO_ID,
    email: 'lee.gu@contoso.com',
    displayName: 'Lee Gu',
    locale: 'zh-CN',
    roles: ['user_management_admin'],
  },
  {
    id: seedId('user', 1, 4),
    companyId: CONTOSO_ID,
    email: 'diego.siciliani@contoso.com',
    displayName: 'Diego Siciliani',
    roles: [],
  },
  {
    id: seedId('user', 1, 5),
    companyId: CONTOSO_ID,
    email: 'adele.vance@northwind.example',
    displayName: 'Adele Vance (Northwind)',
    kind: 'guest',
    roles: [],
  },
  {
    id: demoUsers.globalAdmin.id,
    companyId: CONTOSO_ID,
    email: demoUsers.globalAdmin.email,
    displayName: 'Grace Taylor',
    roles: ['global_admin'],
  },
  {
    id: demoUsers.userAdmin.id,
    companyId: CONTOSO_ID,
    email: demoUsers.userAdmin.email,
    displayName: 'Ulrich Meyer',
    roles: ['user_management_admin'],
  },
  {
    id: demoUsers.agent.id,
    companyId: CONTOSO_ID,
    email: demoUsers.agent.email,
    displayName: 'Aiko Tanaka',
    roles: ['admin_agent'],
  },
  {
    id: demoUsers.partnerAdmin.id,
    companyId: CONTOSO_ID,
    email: demoUsers.partnerAdmin.email,
    displayName: 'Priya Natarajan',
    roles: ['mpn_partner_admin'],
  },
  {
    id: demoUsers.employee.id,
    companyId: CONTOSO_ID,
    email: demoUsers.employee.email,
    displayName: 'Evan Brooks',
    roles: [],
  },
  {
    id: demoUsers.guest.id,
    companyId: CONTOSO_ID,
    email: demoUsers.guest.email,
    displayName: 'Gina Lopez (Fabrikam)',
    kind: 'guest',
    roles: [],
  },
  {
    id: seedId('user', 2, 1),
    companyId: FABRIKAM_ID,
    email: 'kim.akers@fabrikam.com',
    displayName: 'Kim Akers',
    roles: ['global_admin'],
  },
  {
    id: seedId('user', 2, 2),
    companyId: FABRIKAM_ID,
    email: 'nestor.wilke@fabrikam.com',
    displayName: 'Nestor Wilke',
    roles: [],
  },
  {
    id: demoUsers.fabrikamAdmin.id,
    companyId: FABRIKAM_ID,
    email: demoUsers.fabrikamAdmin.email,
    displayName: 'Felix Novak',
    roles: ['global_admin'],
  },
];

/**
 * Fabrikam's revoked API token: a row of another company for the ROLE-8 sweep. Its text was
 * never kept (a random hash), so it opens nothing.
 */
const fabrikamToken = (now: Date): typeof identitySchema.apiTokens.$inferInsert => ({
  id: demoApiTokens.fabrikamRevoked,
  companyId: FABRIKAM_ID,
  name: 'Fabrikam seat sync',
  prefix: 'pbc_fAbR1kAm',
  tokenHash: randomBytes(32).toString('hex'),
  permissions: ['benefits.read'],
  createdBy: demoUsers.fabrikamAdmin.id,
  createdAt: now,
  expiresAt: new Date(now.getTime() + 30 * 24 * 3600 * 1000),
  revokedAt: now,
});

/** Inserts the demo companies and users; seeded users without a password get the demo password. */
export async function seedIdentity(tx: Db, { passwordHash, now }: SeedContext): Promise<number> {
  const inserted = await insertMissing(tx, [
    { table: identitySchema.companies, rows: companies },
    { table: identitySchema.users, rows: users.map((user) => ({ ...user, passwordHash })) },
    { table: identitySchema.apiTokens, rows: [fabrikamToken(now)] },
  ]);
  const updated = await tx
    .update(identitySchema.users)
    .set({ passwordHash })
    .where(
      and(
        inArray(
          identitySchema.users.id,
          users.map((u) => u.id!),
        ),
        isNull(identitySchema.users.passwordHash),
      ),
    )
    .returning({ id: identitySchema.users.id });
  return inserted + updated.length;
}
