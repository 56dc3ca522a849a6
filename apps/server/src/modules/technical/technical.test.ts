// Technical benefits through the procedures: TECH-2…8, ROLE-4, ROLE-7, MEM-1, MEM-4, MEM-5, X-2…X-4,
// and on PostgreSQL the proof that incidents are never consumed beyond what is granted.
import type { TechnicalBenefitKind } from '@pbc/contract';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Database } from '../../db/database.js';
import { seed } from '../../db/seed.js';
import {
  CONTOSO_ID,
  demoBenefits,
  demoUsers,
  FABRIKAM_ADMIN_ID,
  seedId,
} from '../../db/seed-ids.js';
import { fixedDelay } from '../../jobs/fulfilment.js';
import { advanceWaitingJobs, JobRunner } from '../../jobs/queue.js';
import { allJobs } from '../../jobs/registry.js';
import { days, testClock } from '../../test/clock.js';
import { testDatabases } from '../../test/databases.js';
import { failure } from '../../test/failure.js';
import { sessionOf } from '../../test/sessions.js';
import { createContextInner, type Session } from '../../trpc/context.js';
import { createCaller } from '../../trpc/router.js';
import { auditEvents } from '../audit/schema.js';
import { technicalBenefits, technicalRequests } from './schema.js';

const names: Record<TechnicalBenefitKind, { 'en-US': string; 'zh-CN': string }> = {
  support_on_premises: {
    'en-US': 'Microsoft Product Support (on-premises)',
    'zh-CN': 'Microsoft 产品支持（本地）',
  },
  support_signature: {
    'en-US': 'Signature Product Support (cloud)',
    'zh-CN': '签名产品支持（云）',
  },
  advisory_hours: {
    'en-US': 'Technical presales and deployment services',
    'zh-CN': '技术预售和部署服务',
  },
};

/** The activation desk and the support engineers take two days a step. */
const stepMs = days(2);
const ids = /^[1-9]\d{8}$/;

const supportInput = (benefitId: string) => ({
  benefitId,
  productCategory: 'on_premises_current' as const,
  title: 'SQL Server 2019 fails over twice a day',
  description: 'The availability group fails over with error 35250.',
  severity: 'b' as const,
});

const presalesInput = (benefitId: string) => ({
  benefitId,
  type: 'deployment' as const,
  product: 'azure-kubernetes-service' as const,
  phone: '+86 10 6552 9988',
  timeZone: 'Asia/Shanghai',
  preferredHours: 'morning' as const,
  countryRegion: 'CN',
  language: 'zh-Hans' as const,
  estimatedHours: 8,
});

describe.each(testDatabases())('technical benefits on $kind', ({ kind, open }) => {
  let database: Database;
  let dispose: () => Promise<void>;
  const clock = testClock();
  const start = clock.now();
  const fulfilment = fixedDelay(stepMs);
  const sessions = {} as Record<
    'admin' | 'partnerAdmin' | 'agent' | 'employee' | 'fabrikam',
    Session
  >;
  let runner: JobRunner;
  const callerFor = (session: Session, idempotencyKey: string | null = null) =>
    createCaller(
      createContextInner({
        db: database.db,
        clock,
        fulfilment,
        session,
        request: { idempotencyKey },
      }),
    );
  /** Time passes for the clock and the queue alike, then the worker runs what is due. */
  const pass = async (ms: number) => {
    clock.advance(ms);
    await advanceWaitingJobs(database.db, ms);
    return runner.runDue();
  };
  const benefitOf = async (session: Session, id: string) =>
    (await callerFor(session).technical.list()).items.find((b) => b.id === id)!;
  const auditCount = (action: string, targetId: string) =>
    database.db.$count(
      auditEvents,
      and(eq(auditEvents.action, action), eq(auditEvents.targetId, targetId)),
    );

  /** A Contoso benefit of the test's own. */
  async function addBenefit(
    benefitKind: TechnicalBenefitKind,
    values: Partial<typeof technicalBenefits.$inferInsert> = {},
  ): Promise<string> {
    const [row] = await database.db
      .insert(technicalBenefits)
      .values({
        companyId: CONTOSO_ID,
        // Of no package (MEM-8), keyed as the catalog keys the benefit.
        packageId: null,
        benefitKey: benefitKind,
        name: names[benefitKind],
        unit: benefitKind === 'advisory_hours' ? 'hours' : 'incidents',
        quantity: 10,
        offerType: 'gold',
        benefitType: 'core',
        expiresOn: '2027-06-30',
        ...values,
      })
      .returning({ id: technicalBenefits.id });
    return row!.id;
  }

  /** A benefit activated through Activate and its job: answers it with its IDs. */
  async function activated(benefitKind: TechnicalBenefitKind, values = {}) {
    const id = await addBenefit(benefitKind, values);
    await callerFor(sessions.partnerAdmin).technical.activate({ benefitId: id });
    await pass(stepMs + 1000);
    return callerFor(sessions.employee).technical.revealIds({ benefitId: id });
  }

  beforeAll(async () => {
    ({ database, dispose } = await open({ maxConnections: 40 }));
    await seed(database.db, clock.now());
    sessions.admin = await sessionOf(database.db, demoUsers.globalAdmin.id);
    sessions.partnerAdmin = await sessionOf(database.db, demoUsers.partnerAdmin.id);
    sessions.agent = await sessionOf(database.db, demoUsers.agent.id);
    sessions.employee = await sessionOf(database.db, demoUsers.employee.id);
    sessions.fabrikam = await sessionOf(database.db, FABRIKAM_ADMIN_ID);
    runner = new JobRunner({ db: database.db, clock, fulfilment }, allJobs);
  });
  afterAll(() => dispose());

  it('TECH-2 TECH-5 each benefit shows its kind, quantity, used and remaining', async () => {
    const limited = await addBenefit('support_on_premises', {
      quantity: 15,
      used: 4,
      offerType: 'silver',
    });
    const hours = await addBenefit('advisory_hours', { quantity: 20, used: 5, held: 3 });
    const { items } = await callerFor(sessions.employee).technical.list({ limit: 500 });
    expect(items.find((b) => b.id === limited)).toMatchObject({
      kind: 'support_on_premises',
      unit: 'incidents',
      quantity: 15,
      used: 4,
      remaining: 11,
      offerType: 'silver',
      benefitType: 'core',
      expiresOn: '2027-06-30',
      status: 'not_activated',
      activation: null,
      idsAssigned: false,
    });
    // Hours held by open requests count as used until they complete.
    expect(items.find((b) => b.id === hours)).toMatchObject({ used: 5, held: 3, remaining: 12 });
  });

  it('TECH-3 X-4 Activate: Pending with the request and expected dates, then active with 9-digit IDs every user sees, each reveal audited', async () => {
    const benefitId = await addBenefit('support_signature');
    const requestedAt = clock.now();
    const pending = await callerFor(sessions.partnerAdmin).technical.activate({ benefitId });
    expect(pending).toMatchObject({
      status: 'pending',
      idsAssigned: false,
      activation: {
        requestedAt: requestedAt.toISOString(),
        requestedBy: 'Priya Natarajan',
        expectedBy: new Date(requestedAt.getTime() + stepMs).toISOString(),
        activatedAt: null,
        progress: { attempts: 0, error: null, failed: false },
      },
    });
    expect(
      await failure(callerFor(sessions.employee).technical.revealIds({ benefitId })),
    ).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'IDS_NOT_ASSIGNED' },
    });

    expect(await pass(days(1))).toBe(0);
    expect((await benefitOf(sessions.employee, benefitId)).status).toBe('pending');
    expect(await pass(days(1) + 1000)).toBeGreaterThanOrEqual(1);
    const active = await benefitOf(sessions.employee, benefitId);
    expect(active).toMatchObject({
      status: 'active',
      idsAssigned: true,
      activation: { activatedAt: clock.now().toISOString(), progress: null },
    });

    const seenByEmployee = await callerFor(sessions.employee).technical.revealIds({ benefitId });
    const seenByAdmin = await callerFor(sessions.admin).technical.revealIds({ benefitId });
    expect(seenByEmployee.accessId).toMatch(ids);
    expect(seenByEmployee.contractId).toMatch(ids);
    expect(seenByAdmin).toEqual(seenByEmployee);
    expect(await auditCount('technical.revealIds', benefitId)).toBe(2);
    expect(await auditCount('technical.activate', benefitId)).toBe(1);
    expect(await auditCount('technical.activated', benefitId)).toBe(1);
  });

  it('TECH-3 a second Activate while Pending is refused, and once active too; the job runs once', async () => {
    const benefitId = await addBenefit('support_on_premises');
    await callerFor(sessions.admin).technical.activate({ benefitId });
    expect(
      await failure(callerFor(sessions.partnerAdmin).technical.activate({ benefitId })),
    ).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'ACTIVATION_ALREADY_REQUESTED' },
    });
    await pass(stepMs + 1000);
    expect(
      await failure(callerFor(sessions.admin).technical.activate({ benefitId })),
    ).toMatchObject({
      details: { reason: 'ALREADY_ACTIVATED' },
    });
    expect(await auditCount('technical.activated', benefitId)).toBe(1);
  });

  it('TECH-7 advisory hours need no activation; MEM-7 an expired benefit is not activated', async () => {
    const hours = await addBenefit('advisory_hours');
    expect(
      await failure(callerFor(sessions.admin).technical.activate({ benefitId: hours })),
    ).toMatchObject({
      details: { reason: 'ACTIVATION_NOT_NEEDED' },
    });
    const old = await addBenefit('support_on_premises', { expiresOn: '2026-11-23' });
    expect(
      await failure(callerFor(sessions.admin).technical.activate({ benefitId: old })),
    ).toMatchObject({
      details: { reason: 'BENEFIT_EXPIRED', expiresOn: '2026-11-23' },
    });
  });

  it('ROLE-4 ROLE-7 an Admin agent or an employee cannot activate: FORBIDDEN names the roles and the Global admins', async () => {
    const benefitId = await addBenefit('support_on_premises');
    for (const session of [sessions.agent, sessions.employee]) {
      const refusal = await failure(callerFor(session).technical.activate({ benefitId }));
      expect(refusal.code).toBe('FORBIDDEN');
      expect(refusal.details).toMatchObject({
        permission: 'benefits.activate',
        anyOf: ['global_admin', 'mpn_partner_admin'],
        globalAdmins: expect.arrayContaining([
          { displayName: 'Grace Taylor', email: demoUsers.globalAdmin.email },
        ]),
      });
    }
    expect((await benefitOf(sessions.employee, benefitId)).status).toBe('not_activated');
  });

  it('MEM-1 TECH-1 a company still in Partner Membership Center activates nothing here', async () => {
    const refusal = await failure(
      callerFor(sessions.fabrikam).technical.activate({
        benefitId: demoBenefits.technical.fabrikamOnPremises,
      }),
    );
    expect(refusal).toMatchObject({ code: 'CONFLICT', details: { reason: 'PMC_NOT_MIGRATED' } });
  });

  it('ROLE-8 another company’s benefit is not found', async () => {
    const caller = callerFor(sessions.admin);
    const calls = [
      () => caller.technical.activate({ benefitId: demoBenefits.technical.fabrikamOnPremises }),
      () => caller.technical.revealIds({ benefitId: demoBenefits.technical.fabrikamOnPremises }),
      () =>
        caller.technical.submitSupportRequest(
          supportInput(demoBenefits.technical.fabrikamOnPremises),
        ),
      () =>
        caller.technical.requestPresales(presalesInput(demoBenefits.technical.fabrikamAdvisory)),
      () => caller.technical.cancelRequest({ requestId: seedId('technicalRequest', 2, 1) }),
    ];
    for (const call of calls) expect((await failure(call())).code).toBe('NOT_FOUND');
  });

  it('MEM-5 MEM-4 a benefit of a refundable package warns first, and its first activation ends the refund', async () => {
    // Contoso's Silver package was bought 10 days ago and nothing of it is used yet.
    const silverPackage = seedId('package', 1, 2);
    const benefitId = demoBenefits.technical.silverOnPremises;
    const before = await benefitOf(sessions.admin, benefitId);
    expect(before.refundAtRisk).toEqual({
      packageId: silverPackage,
      refundableUntil: new Date(start.getTime() + days(20)).toISOString(),
    });
    await callerFor(sessions.admin).technical.activate({ benefitId });
    expect((await benefitOf(sessions.admin, benefitId)).refundAtRisk).toBeNull();
    const pkg = (await callerFor(sessions.admin).membership.packages()).items.find(
      (p) => p.id === silverPackage,
    )!;
    expect(pkg.refund).toMatchObject({ eligible: false, reason: 'BENEFIT_ACTIVATED' });
  });

  it('TECH-5 TECH-8 a support request consumes one incident and moves Submitted → In progress → Completed', async () => {
    const { benefitId, accessId, contractId } = await activated('support_on_premises', {
      quantity: 20,
    });
    const submitted = await callerFor(sessions.employee).technical.submitSupportRequest({
      ...supportInput(benefitId),
      accessId,
      contractId,
    });
    expect(submitted).toMatchObject({
      number: expect.stringMatching(/^SR-\d{6,}$/),
      kind: 'support',
      status: 'submitted',
      requestedBy: { id: demoUsers.employee.id, displayName: 'Evan Brooks' },
      productCategory: 'on_premises_current',
      severity: 'b',
      progress: { attempts: 0, failed: false },
    });
    expect(await benefitOf(sessions.employee, benefitId)).toMatchObject({ used: 1, remaining: 19 });
    await pass(stepMs + 1000);
    const { items } = await callerFor(sessions.employee).technical.listRequests();
    expect(items.find((r) => r.id === submitted.id)).toMatchObject({
      status: 'in_progress',
      startedAt: clock.now().toISOString(),
    });
    await pass(stepMs + 1000);
    const done = (await callerFor(sessions.employee).technical.listRequests()).items.find(
      (r) => r.id === submitted.id,
    )!;
    expect(done).toMatchObject({
      status: 'completed',
      completedAt: clock.now().toISOString(),
      progress: null,
    });
    expect(await benefitOf(sessions.employee, benefitId)).toMatchObject({ used: 1, remaining: 19 });
    expect(await auditCount('technical.submitSupportRequest', submitted.id)).toBe(1);
    expect(await auditCount('technical.request.completed', submitted.id)).toBe(1);
  });

  it('TECH-5 none left, expired or not activated is refused with that reason, and nothing is written', async () => {
    const notActive = await addBenefit('support_on_premises');
    expect(
      await failure(
        callerFor(sessions.employee).technical.submitSupportRequest(supportInput(notActive)),
      ),
    ).toMatchObject({ code: 'CONFLICT', details: { reason: 'BENEFIT_NOT_ACTIVATED' } });
    const { benefitId, accessId, contractId } = await activated('support_on_premises', {
      quantity: 1,
    });
    const input = { ...supportInput(benefitId), accessId, contractId };
    await callerFor(sessions.employee).technical.submitSupportRequest(input);
    expect(
      await failure(callerFor(sessions.employee).technical.submitSupportRequest(input)),
    ).toMatchObject({ code: 'CONFLICT', details: { reason: 'NO_INCIDENTS_LEFT' } });
    expect(
      await database.db.$count(technicalRequests, eq(technicalRequests.benefitId, benefitId)),
    ).toBe(1);
    // Past its expiry the benefit takes no request, though incidents are left.
    const expiring = await activated('support_on_premises', { expiresOn: '2026-12-31' });
    clock.advance(days(60));
    expect(
      await failure(
        callerFor(sessions.employee).technical.submitSupportRequest({
          ...supportInput(expiring.benefitId),
          accessId: expiring.accessId,
          contractId: expiring.contractId,
        }),
      ),
    ).toMatchObject({ details: { reason: 'BENEFIT_EXPIRED', expiresOn: '2026-12-31' } });
    clock.advance(-days(60));
  });

  it('TECH-4 Signature cloud support is refused for Action Pack; each benefit takes only the products it covers', async () => {
    const actionPack = await addBenefit('support_signature', {
      offerType: 'action_pack',
      status: 'active',
    });
    expect(
      await failure(
        callerFor(sessions.employee).technical.submitSupportRequest({
          ...supportInput(actionPack),
          productCategory: 'cloud',
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', details: { reason: 'SIGNATURE_NOT_FOR_ACTION_PACK' } });
    const signature = await activated('support_signature');
    const wrong = await failure(
      callerFor(sessions.employee).technical.submitSupportRequest({
        ...supportInput(signature.benefitId),
        ...signature,
      }),
    );
    expect(wrong).toMatchObject({
      code: 'BAD_REQUEST',
      details: { reason: 'CATEGORY_NOT_COVERED' },
      fieldErrors: { productCategory: [expect.any(String)] },
    });
  });

  it('TECH-6 Access ID and Contract ID are required for Dynamics and checked against the benefit, not asked for Microsoft 365', async () => {
    const { benefitId, accessId, contractId } = await activated('support_signature');
    const dynamics = { ...supportInput(benefitId), productCategory: 'dynamics' as const };
    expect(
      await failure(callerFor(sessions.employee).technical.submitSupportRequest(dynamics)),
    ).toMatchObject({
      code: 'BAD_REQUEST',
      details: { reason: 'ACCESS_ID_REQUIRED' },
      fieldErrors: { accessId: [expect.any(String)] },
    });
    const other = accessId === '111111111' ? '222222222' : '111111111';
    expect(
      await failure(
        callerFor(sessions.employee).technical.submitSupportRequest({
          ...dynamics,
          accessId: other,
          contractId,
        }),
      ),
    ).toMatchObject({
      details: { reason: 'ACCESS_ID_MISMATCH' },
      fieldErrors: { accessId: [expect.any(String)] },
    });
    // A malformed ID is the contract's to refuse, at its field.
    const malformed = await failure(
      callerFor(sessions.employee).technical.submitSupportRequest({
        ...dynamics,
        accessId,
        contractId: '12345',
      }),
    );
    expect(malformed.code).toBe('BAD_REQUEST');
    expect(z.flattenError(malformed.cause as z.ZodError).fieldErrors).toHaveProperty('contractId');
    expect(await benefitOf(sessions.employee, benefitId)).toMatchObject({ used: 0 });
    await callerFor(sessions.employee).technical.submitSupportRequest({
      ...dynamics,
      accessId,
      contractId,
    });
    await callerFor(sessions.employee).technical.submitSupportRequest({
      ...supportInput(benefitId),
      productCategory: 'microsoft_365',
      accessId: '',
      contractId: '',
    });
    expect(await benefitOf(sessions.employee, benefitId)).toMatchObject({ used: 2 });
  });

  it('TECH-8 the requester cancels while Submitted and the incident comes back; not somebody else, not once In progress', async () => {
    const { benefitId, accessId, contractId } = await activated('support_on_premises');
    const input = { ...supportInput(benefitId), accessId, contractId };
    const first = await callerFor(sessions.employee).technical.submitSupportRequest(input);
    expect(
      await failure(callerFor(sessions.admin).technical.cancelRequest({ requestId: first.id })),
    ).toMatchObject({ details: { reason: 'NOT_REQUESTER' } });
    const cancelled = await callerFor(sessions.employee).technical.cancelRequest({
      requestId: first.id,
    });
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancelledAt: clock.now().toISOString(),
      progress: null,
    });
    expect(await benefitOf(sessions.employee, benefitId)).toMatchObject({ used: 0 });
    // Its job finds nothing to do.
    await pass(stepMs + 1000);
    expect(
      (await callerFor(sessions.employee).technical.listRequests()).items.find(
        (r) => r.id === first.id,
      )?.status,
    ).toBe('cancelled');
    const second = await callerFor(sessions.employee).technical.submitSupportRequest(input);
    await pass(stepMs + 1000);
    expect(
      await failure(callerFor(sessions.employee).technical.cancelRequest({ requestId: second.id })),
    ).toMatchObject({ details: { reason: 'REQUEST_NOT_CANCELLABLE' } });
  });

  it('TECH-7 any user requests presales with no activation; the confirmation has the request number', async () => {
    const benefitId = await addBenefit('advisory_hours', { quantity: 50 });
    const request = await callerFor(sessions.employee).technical.requestPresales({
      ...presalesInput(benefitId),
      type: 'technical_plan',
    });
    expect(request).toMatchObject({
      number: expect.stringMatching(/^TPD-\d{6,}$/),
      kind: 'advisory',
      status: 'submitted',
      advisoryType: 'technical_plan',
      product: 'azure-kubernetes-service',
      estimatedHours: 8,
    });
    // Gold presales advice is unlimited: nothing held, nothing deducted on completion.
    expect(await benefitOf(sessions.employee, benefitId)).toMatchObject({
      used: 0,
      held: 0,
      remaining: 50,
    });
    await pass(stepMs + 1000);
    await pass(stepMs + 1000);
    const done = (await callerFor(sessions.employee).technical.listRequests()).items.find(
      (r) => r.id === request.id,
    );
    expect(done).toMatchObject({ status: 'completed', hoursDelivered: 0 });
    expect(await benefitOf(sessions.employee, benefitId)).toMatchObject({ used: 0, remaining: 50 });
  });

  it('TECH-7 TECH-8 deployment hours are held while open and deducted by the hours delivered on completion', async () => {
    const benefitId = await addBenefit('advisory_hours', { quantity: 20 });
    const request = await callerFor(sessions.employee).technical.requestPresales(
      presalesInput(benefitId),
    );
    expect(await benefitOf(sessions.employee, benefitId)).toMatchObject({
      used: 0,
      held: 8,
      remaining: 12,
    });
    await pass(stepMs + 1000);
    await pass(stepMs + 1000);
    const done = (await callerFor(sessions.employee).technical.listRequests()).items.find(
      (r) => r.id === request.id,
    );
    expect(done).toMatchObject({ status: 'completed', hoursDelivered: 8 });
    expect(await benefitOf(sessions.employee, benefitId)).toMatchObject({
      used: 8,
      held: 0,
      remaining: 12,
    });
    expect(
      await failure(
        callerFor(sessions.employee).technical.requestPresales({
          ...presalesInput(benefitId),
          estimatedHours: 13,
        }),
      ),
    ).toMatchObject({
      details: { reason: 'NO_HOURS_LEFT', remaining: 12 },
      fieldErrors: { estimatedHours: [expect.any(String)] },
    });
  });

  it('TECH-7 X-3 over 25 hours, a phone without its international code or an unknown time zone is refused at its field', async () => {
    const benefitId = await addBenefit('advisory_hours', { quantity: 50 });
    const cases = [
      [{ estimatedHours: 26 }, 'HOURS_OVER_LIMIT', 'estimatedHours'],
      [{ phone: '010 6552 9988' }, 'PHONE_INVALID', 'phone'],
      [{ timeZone: 'Mars/Olympus_Mons' }, 'TIME_ZONE_UNKNOWN', 'timeZone'],
    ] as const;
    for (const [change, reason, field] of cases) {
      const refusal = await failure(
        callerFor(sessions.employee).technical.requestPresales({
          ...presalesInput(benefitId),
          ...change,
        }),
      );
      expect(refusal, reason).toMatchObject({
        code: 'BAD_REQUEST',
        details: { reason },
        fieldErrors: { [field]: [expect.any(String)] },
      });
    }
    expect(
      await database.db.$count(technicalRequests, eq(technicalRequests.benefitId, benefitId)),
    ).toBe(0);
    await callerFor(sessions.employee).technical.requestPresales({
      ...presalesInput(benefitId),
      estimatedHours: 25,
    });
  });

  it('X-3 a support request retried with its Idempotency-Key consumes one incident', async () => {
    const { benefitId, accessId, contractId } = await activated('support_on_premises');
    const input = { ...supportInput(benefitId), accessId, contractId };
    const key = crypto.randomUUID();
    const first = await callerFor(sessions.employee, key).technical.submitSupportRequest(input);
    const again = await callerFor(sessions.employee, key).technical.submitSupportRequest(input);
    expect(again.id).toBe(first.id);
    expect(await benefitOf(sessions.employee, benefitId)).toMatchObject({ used: 1 });
  });

  if (kind === 'postgres') {
    it('TECH-5 100 concurrent support requests on a benefit with 10 left: exactly 10 accepted', async () => {
      const { benefitId, accessId, contractId } = await activated('support_on_premises', {
        quantity: 15,
        used: 5,
      });
      const input = { ...supportInput(benefitId), accessId, contractId };
      const results = await Promise.allSettled(
        Array.from({ length: 100 }, () =>
          callerFor(sessions.employee).technical.submitSupportRequest(input),
        ),
      );
      const refusals = await Promise.all(
        results.flatMap((r) =>
          r.status === 'rejected' ? [failure(Promise.reject(r.reason))] : [],
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
      expect(refusals).toHaveLength(90);
      expect(refusals.every((r) => r.details?.reason === 'NO_INCIDENTS_LEFT')).toBe(true);
      expect(await benefitOf(sessions.employee, benefitId)).toMatchObject({
        used: 15,
        remaining: 0,
      });
      expect(
        await database.db.$count(technicalRequests, eq(technicalRequests.benefitId, benefitId)),
      ).toBe(10);
    });

    it('TECH-7 100 concurrent deployment requests of 5 hours on 20 hours: exactly 4 accepted', async () => {
      const benefitId = await addBenefit('advisory_hours', { quantity: 20 });
      const results = await Promise.allSettled(
        Array.from({ length: 100 }, () =>
          callerFor(sessions.employee).technical.requestPresales({
            ...presalesInput(benefitId),
            estimatedHours: 5,
          }),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(4);
      expect(await benefitOf(sessions.employee, benefitId)).toMatchObject({
        held: 20,
        remaining: 0,
      });
    });

    it('TECH-3 50 concurrent Activates of one benefit: one is requested, one job assigns the IDs', async () => {
      const benefitId = await addBenefit('support_signature');
      const results = await Promise.allSettled(
        Array.from({ length: 50 }, () =>
          callerFor(sessions.admin).technical.activate({ benefitId }),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      await pass(stepMs + 1000);
      expect(await auditCount('technical.activate', benefitId)).toBe(1);
      expect(await auditCount('technical.activated', benefitId)).toBe(1);
    });
  }
});
