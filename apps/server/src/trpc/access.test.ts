// Who may call what: the permission matrix (ROLE-1…7) and the cross-company sweep (ROLE-8),
// both walking every procedure of `appRouter`, so a new procedure cannot slip through untested.
import { checkPermission, type Permission } from '@pbc/rules';
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { azureCreditHolders, licenseSubscriptions, productKeys } from '../modules/azure-cloud/schema.js';
import { users } from '../modules/identity/schema.js';
import { benefitPackages, membershipOffers } from '../modules/membership/schema.js';
import { vsSeatAssignments } from '../modules/visual-studio/schema.js';
import { seed } from '../db/seed.js';
import { CONTOSO_ID, demoProductKeys, demoUsers, FABRIKAM_ID, seedId } from '../db/seed-ids.js';
import { AppError } from '../errors.js';
import { testDatabases } from '../test/databases.js';
import { sessionOf } from '../test/sessions.js';
import { createContextInner, type Session } from './context.js';
import type { Meta } from './init.js';
import { appRouter, createCaller } from './router.js';

type Caller = ReturnType<typeof createCaller>;

const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { meta?: Meta } }
>;
const paths = Object.keys(procedures).sort();
const permissionOf = (path: string) => procedures[path]!._def.meta?.permission;

/** Calls `path` on `caller` with `input`: the answer or the error, never a throw. */
async function call(caller: Caller, path: string, input: unknown) {
  const procedure = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
    input: unknown,
  ) => Promise<unknown>;
  try {
    return { ok: true as const, data: await procedure(input) };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return { ok: false as const, error };
  }
}

const unknownId = '00000000-0000-4000-8000-00000000abcd';

/**
 * Matrix inputs: valid, and harmless once past the permission check (an unknown id, an email
 * already in the directory, an offer MEM-2 refuses), so allowed roles change nothing.
 */
const matrixInputs: Record<string, unknown> = {
  'directory.add': { email: demoUsers.employee.email, displayName: 'Twin' },
  'directory.updateRoles': { userId: unknownId, roles: [] },
  'directory.remove': { userId: unknownId },
  'membership.purchase': { offerType: 'action_pack' },
  'membership.requestCancellation': { packageId: unknownId },
  'software.revealKeys': { benefitId: unknownId },
  'software.downloads': { benefitId: unknownId },
  'software.savePreferences': { language: 'en-US', os: 'x64' },
  'visualStudio.seats': { subscriptionId: unknownId },
  'visualStudio.assign': { subscriptionId: unknownId, userId: unknownId },
  'visualStudio.reassign': { seatId: unknownId, currentHolderId: unknownId, userId: unknownId },
  'visualStudio.unassign': { seatId: unknownId, currentHolderId: unknownId },
  'visualStudio.bulkAssign': {
    subscriptionId: unknownId,
    emails: ['x@contoso.example'],
    dryRun: false,
  },
  'azure.assignCredit': { creditId: unknownId, userId: unknownId, subscriptionId: unknownId },
  'azure.removeCreditUser': { creditId: unknownId, userId: unknownId },
  'azure.transferBulkCredit': { creditId: unknownId, toUserId: unknownId },
  // A malformed key: refused at the format check, so no guess is counted.
  'azure.previewRedemption': { key: 'not a key', subscriptionId: null },
  'azure.redeemKey': { key: 'not a key', subscriptionId: null, tenantId: unknownId },
  'azure.undoRedemption': { keyId: unknownId },
};

const fabrikamUser = seedId('user', 2, 2);
const fabrikamPackage = seedId('package', 2, 1);
const fabrikamVs = seedId('vsSubscription', 2, 1);
const fabrikamSeat = { seatId: seedId('vsSeat', 2, 1), currentHolderId: seedId('user', 2, 1) };

/**
 * ROLE-8: for every procedure, how a Contoso caller reaches for Fabrikam. `foreign`: the input
 * names Fabrikam objects and must answer NOT_FOUND or FORBIDDEN; `scoped`: the procedure takes
 * no object id, and neither its answer nor its error may carry Fabrikam data.
 */
const sweep: Record<string, { foreign: unknown } | { scoped: unknown }> = {
  'auth.signIn': { scoped: { email: demoUsers.fabrikamAdmin.email, password: 'not the password' } },
  'auth.signOut': { scoped: undefined },
  'auth.me': { scoped: undefined },
  'directory.list': { scoped: { search: 'fabrikam.com' } },
  'directory.add': { scoped: { email: 'new.hire@contoso.example', displayName: 'New Hire' } },
  'directory.updateRoles': { foreign: { userId: fabrikamUser, roles: ['global_admin'] } },
  'directory.remove': { foreign: { userId: fabrikamUser } },
  'audit.list': { scoped: { filter: { actorId: demoUsers.fabrikamAdmin.id } } },
  'membership.overview': { scoped: undefined },
  'membership.entitlements': { scoped: undefined },
  'membership.packages': { scoped: undefined },
  'membership.purchase': { scoped: { offerType: 'gold', competencyArea: 'Security' } },
  'membership.requestCancellation': { foreign: { packageId: fabrikamPackage } },
  'software.list': { scoped: {} },
  'software.revealKeys': { foreign: { benefitId: seedId('software', 2, 1) } },
  'software.downloads': { foreign: { benefitId: seedId('software', 2, 2) } },
  'software.savePreferences': { scoped: { language: 'zh-CN', os: 'x86' } },
  'visualStudio.list': { scoped: {} },
  'visualStudio.seats': { foreign: { subscriptionId: fabrikamVs } },
  'visualStudio.assign': { foreign: { subscriptionId: fabrikamVs, userId: fabrikamUser } },
  'visualStudio.reassign': { foreign: { ...fabrikamSeat, userId: demoUsers.employee.id } },
  'visualStudio.unassign': { foreign: fabrikamSeat },
  'visualStudio.bulkAssign': {
    foreign: { subscriptionId: fabrikamVs, emails: ['nestor.wilke@fabrikam.com'], dryRun: false },
  },
  'azure.listCredits': { scoped: {} },
  'azure.listSubscriptions': { scoped: undefined },
  'azure.listLicenses': { scoped: {} },
  'azure.assignCredit': {
    foreign: {
      creditId: seedId('azureCredit', 2, 1),
      userId: fabrikamUser,
      subscriptionId: seedId('azureSubscription', 2, 1),
    },
  },
  'azure.removeCreditUser': {
    foreign: { creditId: seedId('azureCredit', 2, 1), userId: fabrikamUser },
  },
  'azure.transferBulkCredit': {
    foreign: { creditId: seedId('azureCredit', 2, 1), toUserId: fabrikamUser },
  },
  // Fabrikam's key and subscription: Contoso's caller finds neither.
  'azure.previewRedemption': {
    foreign: {
      key: demoProductKeys.fabrikamOffice5,
      subscriptionId: seedId('licenseSubscription', 2, 1),
      mode: 'add_seats',
    },
  },
  'azure.redeemKey': {
    foreign: {
      key: demoProductKeys.fabrikamOffice5,
      subscriptionId: seedId('licenseSubscription', 2, 1),
      mode: 'add_seats',
      tenantId: CONTOSO_ID,
    },
  },
  'azure.listRedemptions': { scoped: {} },
  // Fabrikam's key: Contoso's caller does not find it.
  'azure.undoRedemption': { foreign: { keyId: seedId('productKey', 2, 1) } },
  'technical.list': { scoped: {} },
  'gtm.list': { scoped: {} },
};

const publicPaths = ['auth.me', 'auth.signIn'];
/** Procedures any signed-in user calls: their own sign-out, and the directory pickers read. */
const sessionOnlyPaths = ['auth.signOut', 'directory.list'];

const demoRoles = [
  'globalAdmin',
  'userAdmin',
  'agent',
  'partnerAdmin',
  'employee',
  'guest',
] as const;

describe.each(testDatabases())('access on $kind', ({ open }) => {
  let database: Database;
  let dispose: () => Promise<void>;
  const sessions = {} as Record<(typeof demoRoles)[number], Session>;
  const callerFor = (session: Session | null) =>
    createCaller(createContextInner({ db: database.db, session }));

  beforeAll(async () => {
    ({ database, dispose } = await open());
    await seed(database.db);
    for (const role of demoRoles) sessions[role] = await sessionOf(database.db, demoUsers[role].id);
  });
  afterAll(() => dispose());

  it('every procedure has a sweep entry, and every guarded one a permission', () => {
    expect(Object.keys(sweep).sort()).toEqual(paths);
    for (const path of paths.filter(
      (p) => !publicPaths.includes(p) && !sessionOnlyPaths.includes(p),
    ))
      expect(permissionOf(path), path).toBeDefined();
  });

  it('every procedure but sign-in and me answers UNAUTHORIZED without a session', async () => {
    for (const path of paths.filter((p) => !publicPaths.includes(p))) {
      const result = await call(callerFor(null), path, matrixInputs[path]);
      expect(result.ok ? 'ok' : result.error.code, path).toBe('UNAUTHORIZED');
    }
  });

  const guarded = paths.filter((path) => permissionOf(path));
  describe.each(guarded)('ROLE-1…7 permission matrix: %s', (path) => {
    const permission = permissionOf(path) as Permission;
    it.each(demoRoles)(`as %s follows the rules table (${permission})`, async (role) => {
      const session = sessions[role];
      const expected = checkPermission(session.roles, permission);
      const result = await call(callerFor(session), path, matrixInputs[path]);
      const refused =
        !result.ok &&
        result.error.code === 'FORBIDDEN' &&
        result.error.cause instanceof AppError &&
        result.error.cause.extras.details?.permission === permission;
      expect(refused ? 'FORBIDDEN' : 'allowed').toBe(expected.allowed ? 'allowed' : 'FORBIDDEN');
      if (refused) {
        // ROLE-7: the refusal names the roles that would do and whom to ask.
        expect((result.error.cause as AppError).extras.details).toMatchObject({
          anyOf: expected.allowed ? [] : expected.anyOf,
          globalAdmins: expect.arrayContaining([
            { displayName: 'Grace Taylor', email: demoUsers.globalAdmin.email },
          ]),
        });
      }
    });
  });

  it('ROLE-8 no procedure reaches another company: NOT_FOUND/FORBIDDEN by id, no data otherwise', async () => {
    /** Fabrikam's rows of `table`, to compare before and after and to look for in answers. */
    const fabrikamRowsOf = <T extends PgTable & { companyId: AnyPgColumn }>(table: T) =>
      database.db
        .select()
        .from(table as PgTable)
        .where(eq(table.companyId, FABRIKAM_ID)) as Promise<T['$inferSelect'][]>;
    const fabrikamRows = async () => ({
      users: await fabrikamRowsOf(users),
      packages: await fabrikamRowsOf(benefitPackages),
      offers: await fabrikamRowsOf(membershipOffers),
      vsSeats: await fabrikamRowsOf(vsSeatAssignments),
      creditHolders: await fabrikamRowsOf(azureCreditHolders),
      licenses: await fabrikamRowsOf(licenseSubscriptions),
      keys: await fabrikamRowsOf(productKeys),
    });
    const before = await fabrikamRows();
    const markers = [
      FABRIKAM_ID,
      'Fabrikam Consulting',
      ...before.users.flatMap((u) => [u.id, u.email]),
      ...before.packages.map((p) => p.id),
      ...before.offers.map((o) => o.id),
      seedId('software', 2, 1),
      seedId('softwareKey', 2, 1),
      seedId('softwareDownload', 2, 1),
      seedId('vsSubscription', 2, 1),
      seedId('vsSeat', 2, 1),
      seedId('azureCredit', 2, 1),
      seedId('technical', 2, 1),
      seedId('azureSubscription', 2, 1),
      seedId('licenseSubscription', 2, 1),
      'Fabrikam Action Pack',
    ];
    const caller = callerFor(sessions.globalAdmin);
    for (const path of paths) {
      const entry = sweep[path]!;
      const result = await call(caller, path, 'foreign' in entry ? entry.foreign : entry.scoped);
      if ('foreign' in entry) {
        expect(result.ok ? 'ok' : result.error.code, path).toMatch(/^(NOT_FOUND|FORBIDDEN)$/);
      }
      const seen = JSON.stringify(
        result.ok
          ? (result.data ?? null)
          : { message: result.error.message, cause: result.error.cause },
      );
      for (const marker of markers) expect(seen, `${path} leaks ${marker}`).not.toContain(marker);
    }
    expect(await fabrikamRows()).toEqual(before);
  });

  it('ROLE-6 only a Global admin grants Global admin: FORBIDDEN names directory.grantGlobalAdmin', async () => {
    const result = await call(callerFor(sessions.userAdmin), 'directory.updateRoles', {
      userId: demoUsers.employee.id,
      roles: ['global_admin'],
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('FORBIDDEN');
    expect(!result.ok && (result.error.cause as AppError).extras.details).toMatchObject({
      permission: 'directory.grantGlobalAdmin',
      anyOf: ['global_admin'],
    });
  });
});
