import {
  BenefitPackage,
  BenefitReport,
  BenefitReportInput,
  CancellationInput,
  Entitlement,
  listOf,
  MembershipOverview,
  NoInput,
  PurchaseInput,
  ReminderSettings,
  RenewInput,
} from '@pbc/contract';
import { getMembershipOverview, listEntitlements } from './overview.js';
import { requestCancellation } from './cancellations.js';
import { listPackages, purchasePackage } from './packages.js';
import { benefitReport } from './report.js';
import { getReminderSettings, updateReminderSettings } from './reminders.js';
import { renewPackage } from './renewals.js';
import { permissionProcedure, router } from '../../trpc/init.js';

export const membershipRouter = router({
  overview: permissionProcedure('benefits.read')
    .input(NoInput)
    .output(MembershipOverview)
    .query(({ ctx }) => getMembershipOverview(ctx.tx, ctx.session.companyId, ctx.clock.now())),
  entitlements: permissionProcedure('benefits.read')
    .input(NoInput)
    .output(listOf(Entitlement))
    .query(async ({ ctx }) => ({ items: await listEntitlements(ctx.tx, ctx.session.companyId) })),
  packages: permissionProcedure('benefits.read')
    .input(NoInput)
    .output(listOf(BenefitPackage))
    .query(async ({ ctx }) => ({
      items: await listPackages(ctx.tx, ctx.session.companyId, ctx.clock.now()),
    })),
  purchase: permissionProcedure('packages.purchase')
    .input(PurchaseInput)
    .output(BenefitPackage)
    .mutation(({ ctx, input }) => purchasePackage(ctx.tx, ctx, input)),
  renew: permissionProcedure('packages.renew')
    .input(RenewInput)
    .output(BenefitPackage)
    .mutation(({ ctx, input }) => renewPackage(ctx.tx, ctx, input)),
  report: permissionProcedure('benefits.read')
    .input(BenefitReportInput)
    .output(BenefitReport)
    .query(({ ctx, input }) =>
      benefitReport(ctx.tx, ctx.session.companyId, ctx.clock.now(), input),
    ),
  reminderSettings: permissionProcedure('benefits.read')
    .input(NoInput)
    .output(ReminderSettings)
    .query(({ ctx }) => getReminderSettings(ctx.tx, ctx.session.companyId)),
  updateReminderSettings: permissionProcedure('settings.reminders')
    .input(ReminderSettings)
    .output(ReminderSettings)
    .mutation(({ ctx, input }) => updateReminderSettings(ctx.tx, ctx, input)),
  requestCancellation: permissionProcedure('packages.cancel')
    .input(CancellationInput)
    .output(BenefitPackage)
    .mutation(({ ctx, input }) => requestCancellation(ctx.tx, ctx, input)),
});
