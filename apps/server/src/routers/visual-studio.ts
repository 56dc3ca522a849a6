import { VsSubscription, ListInput, listOf } from '@pbc/contract';
import { listVsSubscriptions } from '../services/visual-studio.js';
import { authedProcedure, router } from '../trpc/init.js';

export const visualStudioRouter = router({
  list: authedProcedure
    .input(ListInput)
    .output(listOf(VsSubscription))
    .query(async ({ ctx, input }) => ({
      items: await listVsSubscriptions(ctx.db, ctx.session.companyId, input),
    })),
});
