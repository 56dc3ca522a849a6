import {
  ActivateGtmOfferInput,
  GtmOffer,
  ListInput,
  listOf,
  MarketingContact,
  SetMarketingContactInput,
} from '@pbc/contract';
import { permissionProcedure, router } from '../../trpc/init.js';
import {
  activateGtmOffer,
  getMarketingContact,
  listGtmOffers,
  setMarketingContact,
} from './gtm.js';

export const gtmRouter = router({
  list: permissionProcedure('benefits.read')
    .input(ListInput)
    .output(listOf(GtmOffer))
    .query(async ({ ctx, input }) => ({
      items: await listGtmOffers(ctx.tx, ctx.session.companyId, input, ctx.clock.now()),
    })),
  /** GTM-3: every user of the company reads who the marketing contact is. */
  contact: permissionProcedure('benefits.read')
    .output(MarketingContact.nullable())
    .query(({ ctx }) => getMarketingContact(ctx.tx, ctx.session.companyId)),
  setContact: permissionProcedure('gtm.manage')
    .input(SetMarketingContactInput)
    .output(MarketingContact)
    .mutation(({ ctx, input }) => setMarketingContact(ctx.tx, ctx, input)),
  activate: permissionProcedure('gtm.manage')
    .input(ActivateGtmOfferInput)
    .output(GtmOffer)
    .mutation(({ ctx, input }) => activateGtmOffer(ctx.tx, ctx, input)),
});
