import { refusals, type AppErrorCode, type RefusalReason } from '@pbc/contract';
import { TRPCError } from '@trpc/server';

export interface AppErrorExtras {
  /** Sent as `error.data.details`: what the UI needs to explain the refusal (ROLE-7, reasons). */
  details?: Record<string, unknown>;
  /** Sent as `error.data.fieldErrors`, next to zod's, for errors only the database can see. */
  fieldErrors?: Record<string, string[]>;
  /** Where fields are refused for different reasons at once: each field's own. */
  fieldReasons?: Record<string, RefusalReason>;
  /**
   * The call was a failed attempt of a procedure with `meta.attempts` (an unknown product key):
   * the attempt taken for it stays counted; after any other outcome it is given back.
   */
  countsAsAttempt?: boolean;
  /** The failure this error stands for (a driver's error), for the log; never sent. */
  cause?: unknown;
}

/** A domain error services throw; its code is stable and the UI translates it. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly extras: AppErrorExtras = {},
  ) {
    super(message, { cause: extras.cause });
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
  UNAVAILABLE: 'SERVICE_UNAVAILABLE',
} as const satisfies Record<AppErrorCode, TRPCError['code']>;

/** The one place a domain error becomes a tRPC error (used by the base procedure in init.ts). */
export function toTRPCError(error: AppError): TRPCError {
  return new TRPCError({ code: trpcCodes[error.code], message: error.message, cause: error });
}

/**
 * The one place a failure becomes the error the client gets: a domain error keeps its code; an
 * unexpected one that is really "the database is away" or "the database refused this value"
 * becomes 503 or a typed 4xx, so neither depends on each service foreseeing it. Anything else
 * stays INTERNAL_SERVER_ERROR (logged, never detailed to the client).
 */
export function toClientError(error: TRPCError): TRPCError {
  if (error.cause instanceof AppError) return toTRPCError(error.cause);
  if (error.code !== 'INTERNAL_SERVER_ERROR') return error;
  const known = appErrorOf(error.cause);
  return known ? toTRPCError(known) : error;
}

/** `error` as the domain error it amounts to, when it is an unreachable database or a refused value. */
export function appErrorOf(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (databaseUnavailable(error))
    return new AppError(
      'UNAVAILABLE',
      'The database cannot be reached right now; try again in a moment',
      { cause: error },
    );
  return databaseRefusal(error);
}

/** The error and its causes (drizzle wraps the driver's error; a connect may fail per address). */
function* causeChain(error: unknown): Generator<unknown> {
  const pending = [error];
  for (let seen = 0; pending.length > 0 && seen < 20; seen++) {
    const next = pending.shift();
    if (typeof next !== 'object' || next === null) continue;
    yield next;
    if ('cause' in next) pending.push(next.cause);
    if (next instanceof AggregateError) pending.push(...next.errors);
  }
}

const codeOf = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;

/** Socket errors and SQLSTATEs meaning the server is away or not taking connections now. */
const unavailableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01', // admin_shutdown: the server is stopping
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or shutting down
  '53300', // too_many_connections
]);
/** node-postgres's own connection failures carry no code; these are its messages for them. */
const unavailableMessage =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable)/;

export function databaseUnavailable(error: unknown): boolean {
  for (const e of causeChain(error)) {
    const code = codeOf(e);
    if (code && (unavailableCodes.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
    if (e instanceof Error && unavailableMessage.test(e.message)) return true;
  }
  return false;
}

/**
 * The input fields a violation names: the column of a not-null violation, the key columns of a
 * unique or foreign-key one (`Key (company_id, email)=(…)` in its detail), in the contract's case.
 */
function violatedFields(violation: { detail?: unknown; column?: unknown }): string[] {
  const key =
    typeof violation.detail === 'string' ? /^Key \(([^)]+)\)=/.exec(violation.detail) : null;
  const columns = key?.[1] ? key[1].split(', ') : [violation.column];
  return columns
    .filter((c): c is string => typeof c === 'string' && /^[a-z_]+$/.test(c) && c !== 'company_id')
    .map((c) => c.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()));
}

/**
 * A constraint or data error of PostgreSQL (23xxx, 22xxx) as a 4xx naming its reason and, when the
 * database says which, its fields. Services check what they can foresee with a better message;
 * this keeps what they missed from being a 500.
 */
export function databaseRefusal(error: unknown): AppError | null {
  for (const e of causeChain(error)) {
    const code = codeOf(e);
    if (!code || !/^2[23][0-9A-Z]{3}$/.test(code)) continue;
    const violation = e as { detail?: unknown; column?: unknown };
    const fields = violatedFields(violation);
    const refusal = (reason: RefusalReason) => {
      const { code: appCode, message } = refused(reason);
      return new AppError(appCode, message, {
        cause: error,
        details: { reason },
        fieldErrors: Object.fromEntries(fields.map((field) => [field, [message]])),
      });
    };
    if (code === '23505') return refusal('ALREADY_EXISTS');
    if (code === '23503')
      return refusal(
        String(violation.detail).includes('is still referenced')
          ? 'STILL_REFERENCED'
          : 'REFERENCE_NOT_FOUND',
      );
    return refusal('VALUE_NOT_STORABLE');
  }
  return null;
}

export interface RefusalOptions {
  /** More for the UI to explain it (`unlocksAt`, `maxKeySeats`…); `{{name}}` in the message takes them. */
  details?: Record<string, unknown>;
  /** The input field the refusal is about: the message shows there too. */
  field?: string;
  /** See `AppErrorExtras.countsAsAttempt`. */
  countsAsAttempt?: boolean;
}

/**
 * A business rule refused the change: the one way to say so. The reason's code (CONFLICT unless
 * its definition says otherwise) and English message come from `@pbc/contract`'s `refusals`.
 */
export function refused(reason: RefusalReason, options: RefusalOptions = {}): AppError {
  const definition = refusals[reason];
  const { message: template, code } =
    typeof definition === 'string' ? { message: definition, code: 'CONFLICT' as const } : definition;
  const message = template.replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    String(options.details?.[name] ?? ''),
  );
  return new AppError(code, message, {
    details: { reason, ...options.details },
    ...(options.field ? { fieldErrors: { [options.field]: [message] } } : {}),
    ...(options.countsAsAttempt ? { countsAsAttempt: true } : {}),
  });
}
