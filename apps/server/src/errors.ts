import type { AppErrorCode } from '@pbc/contract';
import { TRPCError } from '@trpc/server';

export interface AppErrorExtras {
  /** Sent as `error.data.details`: what the UI needs to explain the refusal (ROLE-7, reasons). */
  details?: Record<string, unknown>;
  /** Sent as `error.data.fieldErrors`, next to zod's, for errors only the database can see. */
  fieldErrors?: Record<string, string[]>;
  /**
   * The call was a failed attempt of a procedure with `meta.attempts` (an unknown product key):
   * the attempt taken for it stays counted; after any other outcome it is given back.
   */
  countsAsAttempt?: boolean;
}

/** A domain error services throw; its code is stable and the UI translates it. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly extras: AppErrorExtras = {},
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

/** A business rule refused the change: CONFLICT with the rule's reason code in the details. */
export function refused(reason: string, message: string): AppError {
  return new AppError('CONFLICT', message, { details: { reason } });
}
