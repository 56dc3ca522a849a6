import { TechnicalBenefit, ListInput, listOf } from '@pbc/contract';
import { listTechnicalBenefits } from './technical.js';
import { permissionProcedure, router } from '../../trpc/init.js';

export const technicalRouter = router({
  list: permissionProcedure('benefits.read')
    .input(ListInput)
    .output(listOf(TechnicalBenefit))
    .query(async ({ ctx, input }) => ({
      items: await listTechnicalBenefits(ctx.tx, ctx.session.companyId, input),
    })),
});
