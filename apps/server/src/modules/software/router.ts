import {
  DownloadsInput,
  ListInput,
  listOf,
  RevealedKeys,
  RevealKeysInput,
  SoftwareDownloads,
  SoftwareListItem,
  SoftwarePreferences,
} from '@pbc/contract';
import { listDownloads, listSoftwareBenefits, revealKeys, savePreferences } from './software.js';
import { permissionProcedure, router } from '../../trpc/init.js';

export const softwareRouter = router({
  list: permissionProcedure('benefits.read')
    .input(ListInput)
    .output(listOf(SoftwareListItem))
    .query(async ({ ctx, input }) => ({
      items: await listSoftwareBenefits(ctx.tx, ctx.session.companyId, input, ctx.clock.now()),
    })),
  /** SW-2, ROLE-4: the keys are never kept for an Idempotency-Key replay. */
  revealKeys: permissionProcedure('benefits.activate')
    .meta({ secretOutput: ['keys'] })
    .input(RevealKeysInput)
    .output(RevealedKeys)
    .mutation(({ ctx, input }) => revealKeys(ctx.tx, ctx, input)),
  downloads: permissionProcedure('benefits.read')
    .input(DownloadsInput)
    .output(SoftwareDownloads)
    .query(({ ctx, input }) => listDownloads(ctx.tx, ctx.session, input)),
  savePreferences: permissionProcedure('benefits.read')
    .input(SoftwarePreferences)
    .output(SoftwarePreferences)
    .mutation(({ ctx, input }) => savePreferences(ctx.tx, ctx, input)),
});
