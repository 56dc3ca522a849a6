import { GtmOffer, ListInput, listOf } from '@pbc/contract';
import { listGtmOffers } from '../services/gtm.js';
import { authedProcedure, router } from '../trpc/init.js';

export const gtmRouter = router({
  list: authedProcedure
    .input(ListInput)
    .output(listOf(GtmOffer))
    .query(async ({ ctx, input }) => ({
      items: await listGtmOffers(ctx.db, ctx.session.companyId, input),
    })),
});
