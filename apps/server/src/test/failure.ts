// What a failed procedure call rejected with, in the shape tests match against.
import { TRPCError } from '@trpc/server';
import { AppError } from '../errors.js';

/** The error a call rejects with, for matching code, message and data. */
export async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  const cause = error.cause instanceof AppError ? error.cause : undefined;
  return {
    code: error.code,
    message: error.message,
    details: cause?.extras.details,
    fieldErrors: cause?.extras.fieldErrors,
    cause: error.cause,
  };
}
