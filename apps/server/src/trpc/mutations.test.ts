// Mutations: one transaction each, idempotent retries, the audit log, the directory
// (ROLE-6) and packages (MEM-1, MEM-2, MEM-4).
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { verifyPassword } from '../modules/identity/passwords.js';
import type { Database } from '../db/database.js';
import { auditEvents } from '../modules/audit/schema.js';
import { users } from '../modules/identity/schema.js';
import { benefitPackages } from '../modules/membership/schema.js';
import { idempotencyRecords } from '../db/platform-schema.js';
import { seed } from '../db/seed.js';
import { CONTOSO_ADMIN_ID, CONTOSO_ID, demoBenefits, demoUsers, seedId } from '../db/seed-ids.js';
import { AppError } from '../errors.js';
import { auditEventBatches, recordAudit } from '../modules/audit/audit.js';
import { createSession, resolveSession } from '../modules/identity/sessions.js';
import { days, minutes, testClock } from '../test/clock.js';
import { testDatabases } from '../test/databases.js';
import { failure } from '../test/failure.js';
import { sessionOf } from '../test/sessions.js';
import { createContextInner, type Session } from './context.js';
import { authedProcedure, createCallerFactory, router } from './init.js';
import { createCaller } from './router.js';

const settings = { idleMinutes: 60, absoluteHours: 12 };

describe.each(testDatabases())('mutations on $kind', ({ kind, open }) => {
  let database: Database;
  let dispose: () => Promise<void>;
  const clock = testClock();
  let admin: Session;
  let userAdmin: Session;
  let partnerAdmin: Session;
  let fabrikamAdmin: Session;
  const callerFor = (session: Session | null, idempotencyKey: string | null = null) =>
    createCaller(
      createContextInner({ db: database.db, clock, session, request: { idempotencyKey } }),
    );
  const auditCount = async (action: string) =>
    database.db.$count(
      auditEvents,
      and(eq(auditEvents.companyId, CONTOSO_ID), eq(auditEvents.action, action)),
    );

  beforeAll(async () => {
    ({ database, dispose } = await open());
    await seed(database.db, clock.now());
    admin = await sessionOf(database.db, demoUsers.globalAdmin.id);
    userAdmin = await sessionOf(database.db, demoUsers.userAdmin.id);
    partnerAdmin = await sessionOf(database.db, demoUsers.partnerAdmin.id);
    fabrikamAdmin = await sessionOf(database.db, demoUsers.fabrikamAdmin.id);
  });
  afterAll(() => dispose());

  describe('X-3 idempotency and transactions', () => {
    it('X-3 the same Idempotency-Key twice runs once and answers the first response', async () => {
      const input = { email: 'idem@contoso.example', displayName: 'Idem Potent' };
      const first = await callerFor(admin, 'key-1').directory.add(input);
      const again = await callerFor(admin, 'key-1').directory.add(input);
      // The temporary password is never stored in clear, so the replay cannot repeat it.
      expect(again).toEqual({ ...first, temporaryPassword: null });
      const [record] = await database.db
        .select()
        .from(idempotencyRecords)
        .where(eq(idempotencyRecords.key, 'key-1'));
      expect(JSON.stringify(record)).not.toContain(first.temporaryPassword);
      expect(await auditCount('directory.add')).toBe(1);
      const listed = await callerFor(admin).directory.list({ search: 'idem@' });
      expect(listed.items).toHaveLength(1);
    });

    it('X-3 the same key with a different input is a CONFLICT', async () => {
      const error = await failure(
        callerFor(admin, 'key-1').directory.add({
          email: 'other@contoso.example',
          displayName: 'Other',
        }),
      );
      expect(error).toMatchObject({
        code: 'CONFLICT',
        message: 'This Idempotency-Key was used for a different request',
      });
      // Another user of the company replaying the key is a different request too.
      const replay = await failure(
        callerFor(userAdmin, 'key-1').directory.add({
          email: 'idem@contoso.example',
          displayName: 'Idem Potent',
        }),
      );
      expect(replay.code).toBe('CONFLICT');
    });

    it('X-3 a failed mutation keeps no idempotency record: the retry runs again', async () => {
      const input = { userId: demoUsers.employee.id, roles: ['no_such_role'] };
      expect(
        (await failure(callerFor(admin, 'key-2').directory.updateRoles(input as never))).code,
      ).toBe('BAD_REQUEST');
      const fixed = await callerFor(admin, 'key-3').directory.updateRoles({
        userId: demoUsers.employee.id,
        roles: [],
      });
      expect(fixed.roles).toEqual([]);
      const count = await database.db.$count(
        idempotencyRecords,
        eq(idempotencyRecords.key, 'key-2'),
      );
      expect(count).toBe(0);
    });

    it('X-2 the audit event is written in the mutation transaction: a failing mutation leaves none', async () => {
      const t = router({
        failsAfterAudit: authedProcedure.mutation(async ({ ctx }) => {
          await recordAudit(ctx.tx, ctx, {
            action: 'test.rollback',
            targetType: 'none',
            targetId: null,
          });
          await ctx.tx
            .update(users)
            .set({ displayName: 'Changed' })
            .where(eq(users.id, CONTOSO_ADMIN_ID));
          throw new AppError('CONFLICT', 'Refused after writing');
        }),
      });
      const caller = createCallerFactory(t)(
        createContextInner({ db: database.db, clock, session: admin }),
      );
      expect((await failure(caller.failsAfterAudit())).code).toBe('CONFLICT');
      expect(await auditCount('test.rollback')).toBe(0);
      const [megan] = await database.db.select().from(users).where(eq(users.id, CONTOSO_ADMIN_ID));
      expect(megan!.displayName).toBe('Megan Bowen');
    });
  });

  describe('X-2 audit log', () => {
    it('X-2 lists newest first with keyset paging and filters by actor, action prefix and time', async () => {
      const start = clock.now();
      for (const [session, action] of [
        [admin, 'paging.a'],
        [userAdmin, 'paging.b'],
        [admin, 'paging.c'],
        [admin, 'other.d'],
      ] as const) {
        clock.advance(minutes(1));
        await recordAudit(
          database.db,
          { session, request: { id: 'req' }, clock },
          {
            action,
            targetType: 'test',
            targetId: null,
          },
        );
      }
      const caller = callerFor(admin);
      const first = await caller.audit.list({ filter: { action: 'paging.' }, limit: 2 });
      expect(first.items.map((e) => e.action)).toEqual(['paging.c', 'paging.b']);
      const second = await caller.audit.list({
        filter: { action: 'paging.' },
        limit: 2,
        cursor: first.nextCursor,
      });
      expect(second.items.map((e) => e.action)).toEqual(['paging.a']);
      expect(second.nextCursor).toBeNull();
      const byActor = await caller.audit.list({
        filter: { actorId: userAdmin.userId, action: 'paging' },
      });
      expect(byActor.items.map((e) => [e.action, e.actor?.displayName])).toEqual([
        ['paging.b', 'Ulrich Meyer'],
      ]);
      const window = await caller.audit.list({
        filter: {
          from: new Date(start.getTime() + minutes(2)).toISOString(),
          to: new Date(start.getTime() + minutes(3)).toISOString(),
        },
      });
      expect(window.items.map((e) => e.action)).toEqual(['paging.c', 'paging.b']);
      // Another company's log is out of sight (ROLE-8).
      expect(
        (await callerFor(fabrikamAdmin).audit.list({ filter: { action: 'paging' } })).items,
      ).toEqual([]);
    });

    it('X-2 pages through events of one instant by id, and the export reads them all in batches, each once, newest first', async () => {
      clock.advance(minutes(1));
      // Five events in the same millisecond: only the id orders them.
      for (let i = 0; i < 5; i++)
        await recordAudit(
          database.db,
          { session: admin, request: { id: `req-tie-${i}` }, clock },
          { action: 'tie.event', targetType: 'test', targetId: String(i) },
        );
      const caller = callerFor(admin);
      const listed: string[] = [];
      for (let cursor: string | null = null, pages = 0; pages === 0 || cursor; pages++) {
        const page: Awaited<ReturnType<typeof caller.audit.list>> = await caller.audit.list({
          filter: { action: 'tie.' },
          limit: 2,
          cursor,
        });
        listed.push(...page.items.map((e) => e.id));
        cursor = page.nextCursor;
      }
      const expected = (
        await database.db
          .select({ id: auditEvents.id })
          .from(auditEvents)
          .where(eq(auditEvents.action, 'tie.event'))
      )
        .map((r) => r.id)
        .sort()
        .reverse();
      expect(listed).toEqual(expected);
      const exported: string[] = [];
      for await (const batch of auditEventBatches(database.db, CONTOSO_ID, { action: 'tie.' }, 2))
        exported.push(...batch.map((e) => e.id));
      expect(exported).toEqual(expected);
    });

    it('X-2 refuses a tampered cursor with a field error', async () => {
      const forged = Buffer.from(JSON.stringify([new Date().toISOString(), 'x'])).toString(
        'base64url',
      );
      for (const cursor of ['bm90IGpzb24', forged]) {
        const error = await failure(callerFor(admin).audit.list({ cursor }));
        expect(error).toMatchObject({
          code: 'BAD_REQUEST',
          fieldErrors: { cursor: ['Invalid cursor'] },
        });
      }
    });
  });

  describe('ROLE-6 directory', () => {
    it('ROLE-6 adds a user with a temporary password stored only as a hash, audited', async () => {
      const { user, temporaryPassword } = await callerFor(userAdmin).directory.add({
        email: 'New.Person@Contoso.example',
        displayName: ' New Person ',
        kind: 'guest',
        roles: ['admin_agent'],
      });
      expect(user).toMatchObject({
        email: 'new.person@contoso.example',
        displayName: 'New Person',
        kind: 'guest',
        roles: ['admin_agent'],
      });
      const [row] = await database.db.select().from(users).where(eq(users.id, user.id));
      expect(row!.passwordHash).not.toContain(temporaryPassword!);
      expect(await verifyPassword(temporaryPassword!, row!.passwordHash!)).toBe(true);
      const [event] = (
        await callerFor(admin).audit.list({
          filter: { action: 'directory.add', actorId: userAdmin.userId },
        })
      ).items;
      expect(event).toMatchObject({
        targetId: user.id,
        after: { email: 'new.person@contoso.example' },
      });
      expect(JSON.stringify(event)).not.toContain(temporaryPassword);
    });

    it('ROLE-6 refuses a duplicate email with a field error', async () => {
      const error = await failure(
        callerFor(admin).directory.add({ email: demoUsers.employee.email, displayName: 'Twin' }),
      );
      expect(error).toMatchObject({
        code: 'CONFLICT',
        fieldErrors: { email: ['A user with this email is already in the directory'] },
      });
    });

    it('ROLE-6 refuses an unknown role with a field error', async () => {
      const error = await failure(
        callerFor(admin).directory.add({
          email: 'x@contoso.example',
          displayName: 'X',
          roles: ['root'],
        } as never),
      );
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.cause).toBeInstanceOf(Error);
    });

    it('ROLE-6 only a Global admin grants Global admin', async () => {
      const error = await failure(
        callerFor(userAdmin).directory.updateRoles({
          userId: demoUsers.agent.id,
          roles: ['global_admin'],
        }),
      );
      expect(error).toMatchObject({
        code: 'FORBIDDEN',
        details: { permission: 'directory.grantGlobalAdmin' },
      });
      const promoted = await callerFor(admin).directory.updateRoles({
        userId: demoUsers.agent.id,
        roles: ['admin_agent', 'global_admin'],
      });
      expect(promoted.roles).toEqual(['admin_agent', 'global_admin']);
      const [event] = (
        await callerFor(admin).audit.list({ filter: { action: 'directory.updateRoles' } })
      ).items;
      expect(event).toMatchObject({
        targetName: 'Aiko Tanaka',
        before: { roles: ['admin_agent'] },
        after: { roles: ['admin_agent', 'global_admin'] },
      });
      await callerFor(admin).directory.updateRoles({
        userId: demoUsers.agent.id,
        roles: ['admin_agent'],
      });
    });

    it('ROLE-6 nobody changes their own roles: a User management admin cannot grant themselves MPN partner admin, a Global admin cannot demote themselves', async () => {
      const auditsBefore = await auditCount('directory.updateRoles');
      const own = [
        await failure(
          callerFor(userAdmin).directory.updateRoles({
            userId: userAdmin.userId,
            roles: ['user_management_admin', 'mpn_partner_admin'],
          }),
        ),
        await failure(callerFor(admin).directory.updateRoles({ userId: admin.userId, roles: [] })),
      ];
      for (const refusal of own)
        expect(refusal).toMatchObject({
          code: 'CONFLICT',
          message:
            'Nobody changes their own roles: ask another Global admin or User management admin',
          details: { reason: 'OWN_ROLES' },
        });
      const roles = await database.db
        .select({ id: users.id, roles: users.roles })
        .from(users)
        .where(eq(users.companyId, CONTOSO_ID));
      expect(roles.find((u) => u.id === userAdmin.userId)?.roles).toEqual([
        'user_management_admin',
      ]);
      expect(roles.find((u) => u.id === admin.userId)?.roles).toEqual(['global_admin']);
      expect(await auditCount('directory.updateRoles')).toBe(auditsBefore);
    });

    it('ROLE-6 never removes the last Global admin, not even themselves, and says why', async () => {
      const caller = callerFor(admin);
      await caller.directory.updateRoles({ userId: CONTOSO_ADMIN_ID, roles: [] });
      const remove = await failure(caller.directory.remove({ userId: admin.userId }));
      expect(remove).toMatchObject({
        code: 'CONFLICT',
        message:
          'The company must keep at least one Global admin: make another user Global admin first',
        details: { reason: 'LAST_GLOBAL_ADMIN' },
      });
      await caller.directory.updateRoles({ userId: CONTOSO_ADMIN_ID, roles: ['global_admin'] });
    });

    // Concurrency is real only on PostgreSQL (PGlite has one connection): the test exists only there.
    if (kind === 'postgres') {
      it('ROLE-6 two concurrent demotions of the last two Global admins: exactly one passes', async () => {
        const megan = await sessionOf(database.db, CONTOSO_ADMIN_ID);
        const results = await Promise.allSettled([
          callerFor(admin).directory.updateRoles({ userId: CONTOSO_ADMIN_ID, roles: [] }),
          callerFor(megan).directory.updateRoles({ userId: admin.userId, roles: [] }),
        ]);
        expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
        const admins = await callerFor(admin).directory.list();
        const globalAdmins = admins.items.filter((u) => u.roles.includes('global_admin'));
        expect(globalAdmins).toHaveLength(1);
        const survivor = globalAdmins[0]!.id === admin.userId ? admin : megan;
        const demoted = survivor === admin ? CONTOSO_ADMIN_ID : admin.userId;
        await callerFor(survivor).directory.updateRoles({
          userId: demoted,
          roles: ['global_admin'],
        });
      });
    }

    it('ROLE-6 removing a user frees their seats, ends their sessions and is audited', async () => {
      const guest = demoUsers.guest.id;
      const created = await createSession(
        database.db,
        { userId: guest, companyId: CONTOSO_ID },
        clock.now(),
        settings,
      );
      expect(
        await resolveSession(database.db, created.token, clock.now(), settings),
      ).not.toBeNull();
      await callerFor(userAdmin).directory.remove({ userId: guest });
      expect(await resolveSession(database.db, created.token, clock.now(), settings)).toBeNull();
      expect((await callerFor(admin).directory.list({ search: 'guest@' })).items).toEqual([]);
      const [event] = (
        await callerFor(admin).audit.list({ filter: { action: 'directory.remove' } })
      ).items;
      expect(event).toMatchObject({
        targetId: guest,
        before: { user: { email: demoUsers.guest.email } },
      });
      expect((await failure(callerFor(userAdmin).directory.remove({ userId: guest }))).code).toBe(
        'NOT_FOUND',
      );
    });
  });

  describe('membership and packages', () => {
    it('MEM-3 MEM-8 entitlements are what the packages provisioned, each with its package, expiring on the anniversary', async () => {
      const { items } = await callerFor(partnerAdmin).membership.entitlements();
      expect(items.find((e) => e.id === demoBenefits.technical.goldAdvisory)).toMatchObject({
        packageId: seedId('package', 1, 1),
        benefitKey: 'advisory_hours',
        module: 'technical',
        offerType: 'gold',
        benefitType: 'core',
        expiresOn: '2027-07-01',
      });
      const azure = items
        .filter((e) => e.module === 'azure-cloud' && e.benefitKey.startsWith('azure_'))
        .map((e) => [e.offerType, e.benefitKey]);
      expect(azure).toEqual(
        expect.arrayContaining([
          ['silver', 'azure_bulk'],
          ['gold', 'azure_monthly'],
        ]),
      );
      const fabrikam = await callerFor(fabrikamAdmin).membership.entitlements();
      expect(new Set(fabrikam.items.map((e) => e.offerType))).toEqual(new Set(['action_pack']));
    });

    it('overview counts entitlements per module and names what expires next', async () => {
      const overview = await callerFor(admin).membership.overview();
      expect(overview.modules.map((m) => m.module)).toEqual([
        'software',
        'azure-cloud',
        'visual-studio',
        'technical',
        'gtm',
      ]);
      expect(overview.modules.find((m) => m.module === 'gtm')?.count).toBe(2);
      expect(overview.nextExpiry).toMatchObject({ expiresOn: '2027-07-01' });
      expect((await callerFor(fabrikamAdmin).membership.overview()).company.pmcMigrated).toBe(
        false,
      );
    });

    it('MEM-4 the seeded packages: one bought 10 days ago is refundable, the activated one is not', async () => {
      const { items } = await callerFor(admin).membership.packages();
      expect(items.find((p) => p.id === seedId('package', 1, 2))?.refund).toMatchObject({
        eligible: true,
        reason: null,
      });
      expect(items.find((p) => p.id === seedId('package', 1, 1))?.refund).toMatchObject({
        eligible: false,
        reason: 'WINDOW_CLOSED',
      });
    });

    it('ROLE-2 purchase creates the offer and a refundable package, audited', async () => {
      const pkg = await callerFor(partnerAdmin).membership.purchase({
        offerType: 'silver',
        competencyArea: 'Security',
      });
      expect(pkg).toMatchObject({
        offerType: 'silver',
        competencyArea: 'Security',
        status: 'active',
        purchasedAt: clock.now().toISOString(),
        refund: {
          eligible: true,
          refundableUntil: new Date(clock.now().getTime() + days(30)).toISOString(),
        },
        cancellation: null,
      });
      const overview = await callerFor(partnerAdmin).membership.overview();
      expect(overview.offers.find((o) => o.competencyArea === 'Security')).toMatchObject({
        enrollmentStart: '2026-11-24',
        anniversary: '2027-11-24',
      });
      expect(await auditCount('membership.purchase')).toBe(1);
    });

    it('MEM-2 a competency outside the program is refused at its field', async () => {
      const error = await failure(
        callerFor(partnerAdmin).membership.purchase({
          offerType: 'gold',
          competencyArea: 'Underwater Basket Weaving' as 'Security',
        }),
      );
      expect(error.code).toBe('BAD_REQUEST');
      expect(z.flattenError(error.cause as z.ZodError).fieldErrors).toEqual({
        competencyArea: ['Choose one of the program’s competency areas'],
      });
    });

    it('MEM-2 refuses an Action Pack to a company holding a competency', async () => {
      const error = await failure(
        callerFor(admin).membership.purchase({ offerType: 'action_pack' }),
      );
      expect(error).toMatchObject({
        code: 'CONFLICT',
        details: { reason: 'COMPETENCY_EXCLUDES_ACTION_PACK' },
      });
    });

    it('MEM-1 refuses a purchase while the membership is in Partner Membership Center', async () => {
      const error = await failure(
        callerFor(fabrikamAdmin).membership.purchase({
          offerType: 'silver',
          competencyArea: 'Security',
        }),
      );
      expect(error).toMatchObject({ code: 'CONFLICT', details: { reason: 'PMC_NOT_MIGRATED' } });
    });

    it('MEM-4 cancels on day 29, refuses on day 31 and after a key was viewed; one open request per package', async () => {
      // MEM-2: each competency once at a level.
      const buy = (competencyArea: 'Data Platform' | 'DevOps' | 'Messaging') =>
        callerFor(admin).membership.purchase({ offerType: 'gold', competencyArea });
      const day29 = await buy('Data Platform');
      const late = await buy('DevOps');
      const viewed = await buy('Messaging');
      await database.db
        .update(benefitPackages)
        .set({ firstKeyViewedAt: clock.now() })
        .where(eq(benefitPackages.id, viewed.id));
      clock.advance(days(29));
      const cancel = (packageId: string) =>
        callerFor(partnerAdmin).membership.requestCancellation({
          packageId,
          reason: 'Bought by mistake',
        });
      const cancelled = await cancel(day29.id);
      expect(cancelled).toMatchObject({
        status: 'cancellation_requested',
        cancellation: { status: 'submitted' },
      });
      expect(await failure(cancel(day29.id))).toMatchObject({
        details: { reason: 'CANCELLATION_ALREADY_REQUESTED' },
      });
      expect(await failure(cancel(viewed.id))).toMatchObject({
        code: 'CONFLICT',
        details: { reason: 'KEY_VIEWED' },
      });
      clock.advance(days(2));
      expect(await failure(cancel(late.id))).toMatchObject({
        code: 'CONFLICT',
        details: { reason: 'WINDOW_CLOSED' },
      });
      expect(await failure(cancel(seedId('package', 2, 1)))).toMatchObject({ code: 'NOT_FOUND' });
      expect(await auditCount('membership.requestCancellation')).toBe(1);
    });
  });
});
