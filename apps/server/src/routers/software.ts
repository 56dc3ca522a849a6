import { SoftwareBenefit, ListInput, listOf } from '@pbc/contract';
import { listSoftwareBenefits } from '../services/software.js';
import { permissionProcedure, router } from '../trpc/init.js';

export const softwareRouter = router({
  list: permissionProcedure('benefits.read')
    .input(ListInput)
    .output(listOf(SoftwareBenefit))
    .query(async ({ ctx, input }) => ({
      items: await listSoftwareBenefits(ctx.tx, ctx.session.companyId, input),
    })),
});
