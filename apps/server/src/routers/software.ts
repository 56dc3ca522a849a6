import { SoftwareBenefit, ListInput, listOf } from '@pbc/contract';
import { listSoftwareBenefits } from '../services/software.js';
import { authedProcedure, router } from '../trpc/init.js';

export const softwareRouter = router({
  list: authedProcedure
    .input(ListInput)
    .output(listOf(SoftwareBenefit))
    .query(async ({ ctx, input }) => ({
      items: await listSoftwareBenefits(ctx.db, ctx.session.companyId, input),
    })),
});
