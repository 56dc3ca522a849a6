import type { AppErrorCode } from '@pbc/contract';
import { TRPCError } from '@trpc/server';

/** A domain error services throw; its code is stable and the UI translates it. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

const trpcCodes = {
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHORIZED',
  VALIDATION: 'BAD_REQUEST',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
} as const satisfies Record<AppErrorCode, TRPCError['code']>;

/** The one place a domain error becomes a tRPC error (used by the base procedure in init.ts). */
export function toTRPCError(error: AppError): TRPCError {
  return new TRPCError({ code: trpcCodes[error.code], message: error.message, cause: error });
}
