import {
  ApiToken,
  CreateApiTokenInput,
  CreateApiTokenResult,
  listOf,
  NoInput,
  RevokeApiTokenInput,
} from '@pbc/contract';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.js';
import { permissionProcedure, router } from '../../trpc/init.js';

/** Account settings → API tokens, the Global admin's; a token calls none of these. */
export const apiTokensRouter = router({
  list: permissionProcedure('tokens.manage')
    .input(NoInput)
    .output(listOf(ApiToken))
    .query(async ({ ctx }) => ({ items: await listApiTokens(ctx.tx, ctx.session.companyId) })),
  /** The token text is in the answer once; an Idempotency-Key replay answers `secret: null`. */
  create: permissionProcedure('tokens.manage')
    .meta({ secretOutput: ['secret'] })
    .input(CreateApiTokenInput)
    .output(CreateApiTokenResult)
    .mutation(({ ctx, input }) => createApiToken(ctx.tx, ctx, input)),
  revoke: permissionProcedure('tokens.manage')
    .input(RevokeApiTokenInput)
    .output(ApiToken)
    .mutation(({ ctx, input }) => revokeApiToken(ctx.tx, ctx, input)),
});
