// Software benefits end to end through the router: list (SW-1, SW-4, MEM-5), "Get keys" (SW-2,
// ROLE-4, MEM-1, MEM-4, X-2, X-3), downloads and remembered choices (SW-3), tenants (ROLE-8).
import { TRPCError } from '@trpc/server';
import { and, eq } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Database } from '../../db/database.js';
import { auditEvents } from '../audit/schema.js';
import { companies } from '../identity/schema.js';
import { idempotencyRecords } from '../../db/platform-schema.js';
import { softwareKeys } from './schema.js';
import { seed } from '../../db/seed.js';
import { demoBenefits, CONTOSO_ID, demoUsers, seedId } from '../../db/seed-ids.js';
import { AppError } from '../../errors.js';
import { keyCipher, processKeyCipher } from './key-cipher.js';
import { opensStoredKeys } from './software.js';
import { testClock } from '../../test/clock.js';
import { testDatabases } from '../../test/databases.js';
import { sessionOf } from '../../test/sessions.js';
import { createContextInner, type Session } from '../../trpc/context.js';
import { createCaller } from '../../trpc/router.js';

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return {
    code: error.code,
    details: error.cause instanceof AppError ? error.cause.extras.details : undefined,
  };
}

const productKey = /^[A-Z0-9]{5}(-[A-Z0-9]{5}){4}$/;
const sqlStandard = demoBenefits.software.sqlStandard;
const office = demoBenefits.software.office;
const fabrikamServer = demoBenefits.software.fabrikamWindowsServer;
const silverPackage = seedId('package', 1, 2);

describe.each(testDatabases())('software on $kind', ({ kind, open }) => {
  let database: Database;
  let dispose: () => Promise<void>;
  const clock = testClock();
  const roles = ['globalAdmin', 'partnerAdmin', 'agent', 'employee', 'fabrikamAdmin'] as const;
  const sessions = {} as Record<(typeof roles)[number], Session>;
  const callerFor = (session: Session, idempotencyKey: string | null = null) =>
    createCaller(
      createContextInner({ db: database.db, clock, session, request: { idempotencyKey } }),
    );
  const auditOf = (action: string) =>
    database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.companyId, CONTOSO_ID), eq(auditEvents.action, action)))
      .orderBy(auditEvents.at);

  beforeAll(async () => {
    ({ database, dispose } = await open());
    await seed(database.db, clock.now());
    for (const role of roles) sessions[role] = await sessionOf(database.db, demoUsers[role].id);
  });
  afterAll(() => dispose());

  it('SW-1 SW-4 MEM-5 the list carries key kinds with MAK counts and the refund a reveal would end', async () => {
    const { items } = await callerFor(sessions.employee).software.list();
    const row = (id: string) => items.find((item) => item.id === id)!;
    expect(row(demoBenefits.software.visio).keys).toEqual([
      expect.objectContaining({ kind: 'mak', activationsUsed: 50, activationsAllowed: 50 }),
    ]);
    expect(row(sqlStandard)).toMatchObject({
      offerType: 'silver',
      keys: [{ kind: 'static', activationsUsed: null, activationsAllowed: null }],
      refundAtRisk: { packageId: silverPackage },
    });
    expect(row(office).refundAtRisk).toBeNull();
    expect(JSON.stringify(items)).not.toMatch(/[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}/);
  });

  it('SW-2 the stored ciphertext is not the key, and another key cannot open it', async () => {
    const revealed = await callerFor(sessions.globalAdmin).software.revealKeys({
      benefitId: office,
    });
    const [key] = revealed.keys!;
    expect(key!.key).toMatch(productKey);
    const [stored] = await database.db
      .select()
      .from(softwareKeys)
      .where(eq(softwareKeys.id, key!.id));
    const bytes = Buffer.from(stored!.ciphertext, 'base64').toString('latin1');
    for (const text of [JSON.stringify(stored), bytes]) {
      expect(text).not.toContain(key!.key);
      expect(text).not.toContain(key!.key.replaceAll('-', ''));
    }
    expect(() => keyCipher(randomBytes(32)).open(stored!)).toThrow();
  });

  it('SW-2 at start the server tells whether its key opens the stored keys', async () => {
    expect(await opensStoredKeys(database.db, processKeyCipher())).toBe(true);
    expect(await opensStoredKeys(database.db, keyCipher(randomBytes(32)))).toBe(false);
  });

  it('SW-2 X-2 Get keys answers keys and instructions; the reveal is audited without the key text', async () => {
    const revealed = await callerFor(sessions.partnerAdmin).software.revealKeys({
      benefitId: demoBenefits.software.project,
    });
    // Project comes with a MAK key for its 50 licenses and a retail key.
    expect(revealed.keys!.map((k) => k.kind).sort()).toEqual(['mak', 'retail']);
    expect(revealed.keys!.find((k) => k.kind === 'mak')).toMatchObject({
      activationsUsed: 7,
      activationsAllowed: 50,
    });
    expect(revealed.instructions?.['zh-CN']).toContain('Office 部署工具');
    const events = await auditOf('software.revealKeys');
    const event = events.find((e) => e.targetId === demoBenefits.software.project)!;
    expect(event).toMatchObject({
      actorUserId: demoUsers.partnerAdmin.id,
      targetType: 'software_benefit',
      targetName: 'Project Professional 2019',
      after: {
        product: 'Project Professional 2019',
        keyIds: revealed.keys!.map((k) => k.id),
      },
    });
    for (const { key } of revealed.keys!) expect(JSON.stringify(events)).not.toContain(key);
  });

  it('MEM-4 MEM-5 the first reveal of a Silver product ends the Silver refund with KEY_VIEWED', async () => {
    const admin = callerFor(sessions.globalAdmin);
    const refundOf = async () =>
      (await admin.membership.packages()).items.find((p) => p.id === silverPackage)!.refund;
    expect(await refundOf()).toMatchObject({ eligible: true, reason: null });
    await admin.software.revealKeys({ benefitId: sqlStandard });
    expect(await refundOf()).toMatchObject({ eligible: false, reason: 'KEY_VIEWED' });
    const { items } = await admin.software.list();
    expect(items.find((i) => i.id === sqlStandard)!.refundAtRisk).toBeNull();
    // A second reveal is audited again, but the package's first view is recorded once.
    await admin.software.revealKeys({ benefitId: sqlStandard });
    expect(
      (await auditOf('software.revealKeys')).filter((e) => e.targetId === sqlStandard),
    ).toHaveLength(2);
    expect(
      (await auditOf('membership.keyFirstViewed')).filter((e) => e.targetId === silverPackage),
    ).toHaveLength(1);
  });

  it('X-3 a replayed Get keys answers no keys, reveals nothing twice and stores no key text', async () => {
    const first = await callerFor(sessions.globalAdmin, 'reveal-1').software.revealKeys({
      benefitId: demoBenefits.software.windowsEnterprise,
    });
    const again = await callerFor(sessions.globalAdmin, 'reveal-1').software.revealKeys({
      benefitId: demoBenefits.software.windowsEnterprise,
    });
    expect(again).toEqual({ ...first, keys: null });
    const reveals = (await auditOf('software.revealKeys')).filter(
      (e) => e.targetId === demoBenefits.software.windowsEnterprise,
    );
    expect(reveals).toHaveLength(1);
    const [record] = await database.db
      .select()
      .from(idempotencyRecords)
      .where(eq(idempotencyRecords.key, 'reveal-1'));
    expect(JSON.stringify(record)).not.toContain(first.keys![0]!.key);
  });

  it('ROLE-4 an Admin agent and an employee get no keys: FORBIDDEN names benefits.activate', async () => {
    for (const role of ['agent', 'employee'] as const) {
      const error = await failure(
        callerFor(sessions[role]).software.revealKeys({ benefitId: office }),
      );
      expect(error).toMatchObject({
        code: 'FORBIDDEN',
        details: { permission: 'benefits.activate', anyOf: ['global_admin', 'mpn_partner_admin'] },
      });
    }
  });

  it('ROLE-8 another company’s product id answers NOT_FOUND for keys and downloads', async () => {
    const admin = callerFor(sessions.globalAdmin);
    expect((await failure(admin.software.revealKeys({ benefitId: fabrikamServer }))).code).toBe(
      'NOT_FOUND',
    );
    expect((await failure(admin.software.downloads({ benefitId: fabrikamServer }))).code).toBe(
      'NOT_FOUND',
    );
  });

  it('MEM-1 a company still in Partner Membership Center gets no keys here, and nothing is recorded', async () => {
    const error = await failure(
      callerFor(sessions.fabrikamAdmin).software.revealKeys({ benefitId: fabrikamServer }),
    );
    expect(error).toEqual({ code: 'CONFLICT', details: { reason: 'PMC_NOT_MIGRATED' } });
    const events = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.targetId, fabrikamServer));
    expect(events).toEqual([]);
  });

  it('SW-3 the download list follows the chosen language and OS', async () => {
    const caller = callerFor(sessions.employee);
    const first = await caller.software.downloads({ benefitId: office });
    expect(first).toMatchObject({
      languages: ['en-US', 'zh-CN', 'de-DE', 'fr-FR', 'ja-JP'],
      oses: ['x64', 'x86'],
      language: 'en-US',
      os: 'x64',
    });
    expect(first.items.map((f) => f.fileName)).toEqual([
      'en-us_office_professional_plus_2019_x64_dvd.img',
    ]);
    const chosen = await caller.software.downloads({
      benefitId: office,
      language: 'zh-CN',
      os: 'x86',
    });
    expect(chosen.items).toEqual([
      expect.objectContaining({
        fileName: 'zh-cn_office_professional_plus_2019_x86_dvd.img',
        sizeBytes: expect.any(Number),
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        url: expect.stringMatching(/^https:\/\//),
      }),
    ]);
  });

  it('SW-3 X-2 the choice is remembered per user and audited', async () => {
    const employee = callerFor(sessions.employee);
    expect(await employee.software.savePreferences({ language: 'ja-JP', os: 'x86' })).toEqual({
      language: 'ja-JP',
      os: 'x86',
    });
    clock.advance(1000);
    await employee.software.savePreferences({ language: 'de-DE', os: 'x86' });
    const remembered = await employee.software.downloads({ benefitId: office });
    expect([remembered.language, remembered.os]).toEqual(['de-DE', 'x86']);
    // SQL Server comes in x64 only: the remembered language still applies, the OS falls back.
    const sql = await employee.software.downloads({
      benefitId: demoBenefits.software.sqlEnterprise,
    });
    expect([sql.language, sql.os]).toEqual(['de-DE', 'x64']);
    const other = await callerFor(sessions.agent).software.downloads({ benefitId: office });
    expect([other.language, other.os]).toEqual(['en-US', 'x64']);
    const events = (await auditOf('software.savePreferences')).filter(
      (e) => e.targetId === demoUsers.employee.id,
    );
    expect(events.map((e) => [e.before, e.after])).toEqual([
      [null, { language: 'ja-JP', os: 'x86' }],
      [
        { language: 'ja-JP', os: 'x86' },
        { language: 'de-DE', os: 'x86' },
      ],
    ]);
  });

  it('X-3 an unknown language or OS is a field-level error', async () => {
    const error = await callerFor(sessions.employee)
      .software.savePreferences({ language: 'xx-XX', os: 'sparc' } as never)
      .catch((e: unknown) => e as TRPCError);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('BAD_REQUEST');
    const { fieldErrors } = z.flattenError((error as TRPCError).cause as z.ZodError);
    expect(Object.keys(fieldErrors).sort()).toEqual(['language', 'os']);
  });

  // Concurrency is real only on PostgreSQL (PGlite has one connection).
  if (kind === 'postgres') {
    it('MEM-4 two first reveals at once record the package’s first key view once', async () => {
      const pkg = seedId('package', 2, 1);
      await database.db
        .update(companies)
        .set({ pmcMigrated: true })
        .where(eq(companies.id, sessions.fabrikamAdmin.companyId));
      const results = await Promise.all([
        callerFor(sessions.fabrikamAdmin).software.revealKeys({ benefitId: fabrikamServer }),
        callerFor(sessions.fabrikamAdmin).software.revealKeys({
          benefitId: demoBenefits.software.fabrikamOffice,
        }),
      ]);
      expect(results.every((r) => r.keys!.length > 0)).toBe(true);
      const firstViews = await database.db
        .select()
        .from(auditEvents)
        .where(
          and(eq(auditEvents.action, 'membership.keyFirstViewed'), eq(auditEvents.targetId, pkg)),
        );
      expect(firstViews).toHaveLength(1);
    });
  }
});
