import { AzureCredit, ListInput, listOf } from '@pbc/contract';
import { listAzureCredits } from '../services/azure.js';
import { permissionProcedure, router } from '../trpc/init.js';

export const azureRouter = router({
  listCredits: permissionProcedure('benefits.read')
    .input(ListInput)
    .output(listOf(AzureCredit))
    .query(async ({ ctx, input }) => ({
      items: await listAzureCredits(ctx.tx, ctx.session.companyId, input),
    })),
});
