// What one batched tRPC request (`/trpc/a,b?batch=1`) may hold besides tRPC's own rules (one
// procedure type per batch; at most `maxBatchCalls` calls, its `maxBatchSize` in app.ts).
import type { TRPCRequestInfo } from '@trpc/server/http';
import { TRPCError } from '@trpc/server';

/**
 * Mutations travel one per request, as the sdk sends them: each has its own Idempotency-Key (a
 * request header, which a batch would share) and its own attempt at a rate limit. Refused with
 * 400 before any call runs.
 */
export function refuseBatchedMutations(info: TRPCRequestInfo): void {
  if (info.type === 'mutation' && info.calls.length > 1)
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `Mutations are sent one per request; this batch holds ${info.calls.length}`,
    });
}
