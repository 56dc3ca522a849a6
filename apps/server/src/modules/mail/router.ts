import { ListInput, listOf, SentMail } from '@pbc/contract';
import { permissionProcedure, router } from '../../trpc/init.js';
import { listSentMail } from './outbox.js';

export const mailRouter = router({
  /** The Sent email page: what the product sent the company's people, and how it went. */
  list: permissionProcedure('mail.read')
    .input(ListInput)
    .output(listOf(SentMail))
    .query(async ({ ctx, input }) => ({
      items: await listSentMail(ctx.tx, ctx.session.companyId, input),
    })),
});
