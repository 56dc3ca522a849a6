import {
  AdvisoryRequestInput,
  ListInput,
  listOf,
  SupportRequestInput,
  TechnicalBenefit,
  TechnicalBenefitInput,
  TechnicalIds,
  TechnicalRequest,
  TechnicalRequestInput,
} from '@pbc/contract';
import { permissionProcedure, router } from '../../trpc/init.js';
import { activateBenefit, listTechnicalBenefits, revealIds } from './technical.js';
import { cancelRequest, listRequests, requestPresales, submitSupportRequest } from './requests.js';

export const technicalRouter = router({
  list: permissionProcedure('benefits.read')
    .input(ListInput)
    .output(listOf(TechnicalBenefit))
    .query(async ({ ctx, input }) => ({
      items: await listTechnicalBenefits(ctx.tx, ctx.session.companyId, input, ctx.clock.now()),
    })),
  /** TECH-3, ROLE-4: Pending until the activation job assigns the IDs. */
  activate: permissionProcedure('benefits.activate')
    .input(TechnicalBenefitInput)
    .output(TechnicalBenefit)
    .mutation(({ ctx, input }) => activateBenefit(ctx.tx, ctx, input)),
  /** TECH-3: every user of the company; each reveal audited. */
  revealIds: permissionProcedure('benefits.read')
    .input(TechnicalBenefitInput)
    .output(TechnicalIds)
    .mutation(({ ctx, input }) => revealIds(ctx.tx, ctx, input)),
  /** TECH-4…6: consumes one incident. */
  submitSupportRequest: permissionProcedure('benefits.read')
    .input(SupportRequestInput)
    .output(TechnicalRequest)
    .mutation(({ ctx, input }) => submitSupportRequest(ctx.tx, ctx, input)),
  /** TECH-7: any user, no activation; answers the request number. */
  requestPresales: permissionProcedure('benefits.read')
    .input(AdvisoryRequestInput)
    .output(TechnicalRequest)
    .mutation(({ ctx, input }) => requestPresales(ctx.tx, ctx, input)),
  /** TECH-8: the company's requests with their states. */
  listRequests: permissionProcedure('benefits.read')
    .input(ListInput)
    .output(listOf(TechnicalRequest))
    .query(async ({ ctx, input }) => ({
      items: await listRequests(ctx.tx, ctx.session.companyId, input, ctx.clock.now()),
    })),
  /** TECH-8: by its requester, while Submitted. */
  cancelRequest: permissionProcedure('benefits.read')
    .input(TechnicalRequestInput)
    .output(TechnicalRequest)
    .mutation(({ ctx, input }) => cancelRequest(ctx.tx, ctx, input)),
});
