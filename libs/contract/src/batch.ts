// No zod here: the sdk reads this on the shell's first screen.

/**
 * Calls one batched tRPC request may carry (`/trpc/a,b,c?batch=1`): the server refuses more with
 * 400, the sdk's query link splits larger batches. A page starts a handful of queries at once.
 * Mutations always travel one per request.
 */
export const maxBatchCalls = 10;
