import { TechnicalBenefit, ListInput, listOf } from '@pbc/contract';
import { listTechnicalBenefits } from '../services/technical.js';
import { authedProcedure, router } from '../trpc/init.js';

export const technicalRouter = router({
  list: authedProcedure
    .input(ListInput)
    .output(listOf(TechnicalBenefit))
    .query(async ({ ctx, input }) => ({
      items: await listTechnicalBenefits(ctx.db, ctx.session.companyId, input),
    })),
});
