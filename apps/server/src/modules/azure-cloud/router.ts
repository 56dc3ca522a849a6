import {
  AssignCreditInput,
  AzureCreditRow,
  AzureSubscription,
  LicenseSubscription,
  ListInput,
  listOf,
  NoInput,
  RedeemInput,
  RedemptionInput,
  Redemption,
  RedemptionPreview,
  RemoveCreditUserInput,
  TransferBulkCreditInput,
  UndoRedemptionInput,
  UndoRedemptionResult,
} from '@pbc/contract';
import {
  assignCredit,
  listAzureCredits,
  listAzureSubscriptions,
  removeCreditUser,
  transferBulkCredit,
} from './credits.js';
import {
  keyEntryAttempts,
  listLicenses,
  listRedemptions,
  previewRedemption,
  redeemKey,
  undoRedemption,
} from './product-keys.js';
import { permissionProcedure, router } from '../../trpc/init.js';

export const azureCloudRouter = router({
  listCredits: permissionProcedure('benefits.read')
    .input(ListInput)
    .output(listOf(AzureCreditRow))
    .query(async ({ ctx, input }) => ({
      items: await listAzureCredits(ctx.tx, ctx.session.companyId, input, ctx.clock.now()),
    })),
  /** The company's Azure subscriptions credit can be activated onto (AZ-6). */
  listSubscriptions: permissionProcedure('benefits.read')
    .input(NoInput)
    .output(listOf(AzureSubscription))
    .query(async ({ ctx }) => ({
      items: await listAzureSubscriptions(ctx.tx, ctx.session.companyId),
    })),
  listLicenses: permissionProcedure('benefits.read')
    .input(ListInput)
    .output(listOf(LicenseSubscription))
    .query(async ({ ctx, input }) => ({
      items: await listLicenses(ctx.tx, ctx.session.companyId, input, ctx.clock.now()),
    })),
  assignCredit: permissionProcedure('benefits.assign')
    .input(AssignCreditInput)
    .output(AzureCreditRow)
    .mutation(({ ctx, input }) => assignCredit(ctx.tx, ctx, input)),
  removeCreditUser: permissionProcedure('benefits.assign')
    .input(RemoveCreditUserInput)
    .output(AzureCreditRow)
    .mutation(({ ctx, input }) => removeCreditUser(ctx.tx, ctx, input)),
  transferBulkCredit: permissionProcedure('benefits.assign')
    .input(TransferBulkCreditInput)
    .output(AzureCreditRow)
    .mutation(({ ctx, input }) => transferBulkCredit(ctx.tx, ctx, input)),
  /** A mutation that writes nothing but failed guesses: the key travels in the body, never a URL. */
  previewRedemption: permissionProcedure('benefits.activate')
    .meta({ attempts: keyEntryAttempts })
    .input(RedemptionInput)
    .output(RedemptionPreview)
    .mutation(({ ctx, input }) => previewRedemption(ctx.tx, ctx, input)),
  redeemKey: permissionProcedure('benefits.activate')
    .meta({ attempts: keyEntryAttempts })
    .input(RedeemInput)
    .output(LicenseSubscription)
    .mutation(({ ctx, input }) => redeemKey(ctx.tx, ctx, input)),
  /** AZ-11: the company's redeemed keys with their undo deadline. */
  listRedemptions: permissionProcedure('benefits.read')
    .input(ListInput)
    .output(listOf(Redemption))
    .query(async ({ ctx, input }) => ({
      items: await listRedemptions(ctx.tx, ctx.session.companyId, input, ctx.clock.now()),
    })),
  /** AZ-11, ROLE-4: the replacement key's text is never kept for an Idempotency-Key replay. */
  undoRedemption: permissionProcedure('benefits.activate')
    .meta({ secretOutput: ['replacementKeyText'] })
    .input(UndoRedemptionInput)
    .output(UndoRedemptionResult)
    .mutation(({ ctx, input }) => undoRedemption(ctx.tx, ctx, input)),
});
