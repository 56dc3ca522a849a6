import { GtmOffer, ListInput, listOf } from '@pbc/contract';
import { listGtmOffers } from './gtm.js';
import { permissionProcedure, router } from '../../trpc/init.js';

export const gtmRouter = router({
  list: permissionProcedure('benefits.read')
    .input(ListInput)
    .output(listOf(GtmOffer))
    .query(async ({ ctx, input }) => ({
      items: await listGtmOffers(ctx.tx, ctx.session.companyId, input),
    })),
});
