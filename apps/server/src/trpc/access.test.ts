// Who may call what: the permission matrix (ROLE-1…7) and the cross-company sweep (ROLE-8),
// walking every procedure of `appRouter`; each module says in its access.fixture.ts who may call
// its procedures (written by hand, never read from the procedures), so a new procedure cannot slip
// through untested and a wrongly tagged one fails.
import { TokenPermission, type Role } from '@pbc/contract';
import { checkPermission, permissionTable, type Permission } from '@pbc/rules';
import { TRPCError } from '@trpc/server';
import { eq, getTableColumns, is } from 'drizzle-orm';
import { PgTable, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { seed } from '../db/seed.js';
import { demoUsers, FABRIKAM_ID } from '../db/seed-ids.js';
import { AppError } from '../errors.js';
import { companies } from '../modules/identity/schema.js';
import { serverModules } from '../modules/registry.js';
import type { ModuleAccess, ProcedureAccess } from '../test/access.js';
import { testDatabases } from '../test/databases.js';
import { sessionOf, tokenSessionOf } from '../test/sessions.js';
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

/** Every module's access fixture, by procedure path. */
const access: Record<string, ProcedureAccess> = Object.assign(
  {},
  ...(await Promise.all(
    serverModules.map(async (module) => {
      // By convention, not by a list: a module's fixture is in its folder.
      const fixture = `../modules/${module.id}/access.fixture.js`;
      return ((await import(/* @vite-ignore */ fixture)) as { access: ModuleAccess }).access;
    }),
  )),
);
const accessOf = (path: string) => access[path]!;

/** Every table with a tenant column, from the modules' schemas. */
const tenantTables = serverModules
  .flatMap((module) => Object.values(module.schema))
  .filter(
    (table): table is PgTable & { companyId: AnyPgColumn } =>
      is(table, PgTable) && 'companyId' in getTableColumns(table),
  );

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
  /** a Global admin's token per single permission, and an MPN partner admin's with them all. */
  const tokens = {} as Record<string, Session>;
  const callerFor = (session: Session | null) =>
    createCaller(createContextInner({ db: database.db, session }));

  beforeAll(async () => {
    ({ database, dispose } = await open());
    await seed(database.db);
    for (const role of demoRoles) sessions[role] = await sessionOf(database.db, demoUsers[role].id);
    for (const p of TokenPermission.options)
      tokens[p] = await tokenSessionOf(database.db, demoUsers.globalAdmin.id, [p]);
    tokens.partnerAdminAll = await tokenSessionOf(
      database.db,
      demoUsers.partnerAdmin.id,
      TokenPermission.options,
    );
  });
  afterAll(() => dispose());

  it('every procedure has its access written down, and is tagged with the permission written there', () => {
    expect(Object.keys(access).sort()).toEqual(paths);
    for (const path of paths) {
      const { guard } = accessOf(path);
      expect(permissionOf(path) ?? 'none', path).toBe(
        guard === 'public' || guard === 'session' ? 'none' : guard,
      );
    }
  });

  it('every procedure but the public ones answers UNAUTHORIZED without a session', async () => {
    for (const path of paths.filter((p) => accessOf(p).guard !== 'public')) {
      const result = await call(callerFor(null), path, accessOf(path).matrix);
      expect(result.ok ? 'ok' : result.error.code, path).toBe('UNAUTHORIZED');
    }
  });

  const guarded = paths.filter((path) => !['public', 'session'].includes(accessOf(path).guard));
  describe.each(guarded)('ROLE-1…7 permission matrix: %s', (path) => {
    const permission = accessOf(path).guard as Permission;
    it.each(demoRoles)(`as %s follows the rules table (${permission})`, async (role) => {
      const session = sessions[role];
      const expected = checkPermission(session.roles, permission);
      const result = await call(callerFor(session), path, accessOf(path).matrix);
      // Refused for a missing permission (any: a wrongly tagged procedure names another one).
      const refused =
        !result.ok &&
        result.error.code === 'FORBIDDEN' &&
        result.error.cause instanceof AppError &&
        result.error.cause.extras.details?.permission !== undefined;
      expect(refused ? 'FORBIDDEN' : 'allowed').toBe(expected.allowed ? 'allowed' : 'FORBIDDEN');
      if (refused) {
        // ROLE-7: the refusal names the permission, the roles that would do and whom to ask.
        expect((result.error.cause as AppError).extras.details).toMatchObject({
          permission,
          anyOf: expected.allowed ? [] : expected.anyOf,
          globalAdmins: expect.arrayContaining([
            { displayName: 'Grace Taylor', email: demoUsers.globalAdmin.email },
          ]),
        });
      }
    });
  });

  /**
   * X-6, from the permission table: a token holds a permission when it was given it and its
   * creator's roles grant it (the Global admin's: all of them; the MPN partner admin's: its row).
   */
  const tokenCases = [
    ...TokenPermission.options.map((p) => ({
      token: p,
      scope: [p] as readonly Permission[],
      creatorRoles: ['global_admin'] as readonly Role[],
    })),
    {
      token: 'partnerAdminAll',
      scope: TokenPermission.options as readonly Permission[],
      creatorRoles: ['mpn_partner_admin'] as readonly Role[],
    },
  ];
  describe.each(guarded)('X-6 permission matrix for API tokens: %s', (path) => {
    const permission = accessOf(path).guard as Permission;
    it.each(tokenCases)(`as token $token follows the rules table (${permission})`, async (c) => {
      const anyOf: readonly Role[] = permissionTable[permission];
      const byCreator = anyOf.length === 0 || anyOf.some((r) => c.creatorRoles.includes(r));
      const expected = c.scope.includes(permission) && byCreator ? 'allowed' : 'FORBIDDEN';
      const result = await call(callerFor(tokens[c.token]!), path, accessOf(path).matrix);
      const refused =
        !result.ok &&
        result.error.code === 'FORBIDDEN' &&
        result.error.cause instanceof AppError &&
        result.error.cause.extras.details?.permission === permission;
      expect(refused ? 'FORBIDDEN' : 'allowed').toBe(expected);
      if (refused && permission === 'tokens.manage')
        expect((result.error.cause as AppError).extras.details?.reason).toBe(
          'TOKEN_CANNOT_MANAGE_TOKENS',
        );
    });
  });

  it.each(['globalAdmin', 'token'] as const)(
    'ROLE-8 no procedure reaches another company: NOT_FOUND/FORBIDDEN by id, no data otherwise (as %s)',
    async (as) => {
      /** Fabrikam's rows of every table, to compare before and after and to look for in answers. */
      const fabrikamRows = () =>
        Promise.all([
          database.db.select().from(companies).where(eq(companies.id, FABRIKAM_ID)),
          ...tenantTables.map(
            (table) =>
              database.db
                .select()
                .from(table as PgTable)
                .where(eq(table.companyId, FABRIKAM_ID)) as Promise<Record<string, unknown>[]>,
          ),
        ]);
      const before = await fabrikamRows();
      // Fabrikam's ids, emails and names (products are named alike in both companies, so not those).
      const markers = [
        FABRIKAM_ID,
        ...before
          .flat()
          .flatMap((row) =>
            Object.entries(row).flatMap(([column, value]) =>
              typeof value === 'string' &&
              (/^[0-9a-f-]{36}$/.test(value) || ['email', 'name'].includes(column))
                ? [value]
                : [],
            ),
          ),
      ];
      expect(markers).toEqual(
        expect.arrayContaining(['Fabrikam Consulting', 'Fabrikam Action Pack']),
      );
      // a token of Contoso's Global admin with every permission a token can carry.
      const caller = callerFor(
        as === 'token'
          ? await tokenSessionOf(database.db, demoUsers.globalAdmin.id, TokenPermission.options)
          : sessions.globalAdmin,
      );
      for (const path of paths) {
        const entry = accessOf(path).sweep;
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
    },
  );

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
