import { MembershipOverview } from '@pbc/contract';
import { z } from 'zod';
import { getMembershipOverview } from '../services/membership.js';
import { authedProcedure, router } from '../trpc/init.js';

export const membershipRouter = router({
  overview: authedProcedure
    .input(z.void())
    .output(MembershipOverview)
    .query(({ ctx }) => getMembershipOverview(ctx.db, ctx.session.companyId)),
});
