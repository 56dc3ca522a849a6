import { VsSubscription, ListInput, listOf } from '@pbc/contract';
import { listVsSubscriptions } from '../services/visual-studio.js';
import { permissionProcedure, router } from '../trpc/init.js';

export const visualStudioRouter = router({
  list: permissionProcedure('benefits.read')
    .input(ListInput)
    .output(listOf(VsSubscription))
    .query(async ({ ctx, input }) => ({
      items: await listVsSubscriptions(ctx.tx, ctx.session.companyId, input),
    })),
});
