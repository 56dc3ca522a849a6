import { AzureCredit, ListInput, listOf } from '@pbc/contract';
import { listAzureCredits } from '../services/azure.js';
import { authedProcedure, router } from '../trpc/init.js';

export const azureRouter = router({
  listCredits: authedProcedure
    .input(ListInput)
    .output(listOf(AzureCredit))
    .query(async ({ ctx, input }) => ({
      items: await listAzureCredits(ctx.db, ctx.session.companyId, input),
    })),
});
