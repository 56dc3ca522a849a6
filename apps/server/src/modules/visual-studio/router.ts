import {
  AssignSeatInput,
  BulkAssignInput,
  BulkAssignResult,
  ListInput,
  listOf,
  ReassignSeatInput,
  UnassignSeatInput,
  VsSeat,
  VsSeatsInput,
  VsSubscription,
} from '@pbc/contract';
import { z } from 'zod';
import {
  assignSeat,
  bulkAssignSeats,
  listSeats,
  listVsSubscriptions,
  reassignSeat,
  unassignSeat,
} from './seats.js';
import { permissionProcedure, router } from '../../trpc/init.js';

export const visualStudioRouter = router({
  list: permissionProcedure('benefits.read')
    .input(ListInput)
    .output(listOf(VsSubscription))
    .query(async ({ ctx, input }) => ({
      items: await listVsSubscriptions(ctx.tx, ctx.session.companyId, input, ctx.clock.now()),
    })),
  seats: permissionProcedure('benefits.read')
    .input(VsSeatsInput)
    .output(listOf(VsSeat))
    .query(async ({ ctx, input }) => ({
      items: await listSeats(ctx.tx, ctx.session.companyId, input.subscriptionId, ctx.clock.now()),
    })),
  assign: permissionProcedure('benefits.assign')
    .input(AssignSeatInput)
    .output(VsSeat)
    .mutation(({ ctx, input }) => assignSeat(ctx.tx, ctx, input)),
  reassign: permissionProcedure('benefits.assign')
    .input(ReassignSeatInput)
    .output(VsSeat)
    .mutation(({ ctx, input }) => reassignSeat(ctx.tx, ctx, input)),
  unassign: permissionProcedure('benefits.assign')
    .input(UnassignSeatInput)
    .output(z.void())
    .mutation(({ ctx, input }) => unassignSeat(ctx.tx, ctx, input)),
  bulkAssign: permissionProcedure('benefits.assign')
    .input(BulkAssignInput)
    .output(BulkAssignResult)
    .mutation(({ ctx, input }) => bulkAssignSeats(ctx.tx, ctx, input)),
});
