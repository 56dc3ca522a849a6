import { fieldIssuesOf, type FieldIssue } from '@pbc/contract';
import { checkPermission, type Permission } from '@pbc/rules';
import { initTRPC, TRPCError } from '@trpc/server';
import { z } from 'zod';
import { AppError, toClientError } from '../errors.js';
import { forbidden } from '../modules/identity/directory.js';
import { claimIdempotencyKey, requestHash, storeIdempotentResponse } from './idempotency.js';
import {
  giveBack,
  rateLimited,
  takeAttempt,
  type Limit,
  type Reservation,
} from '../shared/rate-limit.js';
import type { Context, Session } from './context.js';
import { inputProblem } from './input-guard.js';

/** Procedure metadata: the permission a procedure needs, read by the permission matrix test. */
export interface Meta {
  permission?: Permission;
  /** Top-level output fields never stored in the idempotency record: a replay answers them as null. */
  secretOutput?: readonly string[];
  /**
   * Mutations whose failures are rate limited (AZ-8's unknown product keys). An attempt is taken
   * on the pool before the transaction, so concurrent calls cannot all pass; it is given back
   * unless the call fails with an `AppError` that `countsAsAttempt`.
   */
  attempts?: { limits: (session: Session) => Limit[]; refusal: string };
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    // Never send stack traces, whatever NODE_ENV says.
    isDev: false,
    errorFormatter({ shape, error }) {
      const invalidInput = error.code === 'BAD_REQUEST' && error.cause instanceof z.ZodError;
      const flat = invalidInput ? z.flattenError(error.cause as z.ZodError) : undefined;
      const appError = error.cause instanceof AppError ? error.cause : undefined;
      const internal = error.code === 'INTERNAL_SERVER_ERROR';
      const unparsable = error.code === 'BAD_REQUEST' && error.cause instanceof SyntaxError;
      return {
        // Internal messages may carry SQL or paths; the details go to the server log instead.
        message: internal
          ? 'Internal server error'
          : flat
            ? 'Invalid input'
            : unparsable
              ? `The input is not valid JSON: ${shape.message}`
              : shape.message,
        code: shape.code,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          appCode: appError ? appError.code : invalidInput ? 'VALIDATION' : null,
          fieldErrors: flat?.fieldErrors ?? appError?.extras.fieldErrors ?? {},
          /** The same fields' problems as codes with their limits or reasons: what the UI translates. */
          fieldIssues: invalidInput
            ? fieldIssuesOf(error.cause as z.ZodError)
            : appError
              ? appFieldIssues(appError)
              : {},
          formErrors: flat?.formErrors ?? [],
          /** FORBIDDEN: `ForbiddenDetails` (ROLE-7); CONFLICT: `{ reason }`; RATE_LIMITED: `{ retryAfterMinutes }`. */
          details: appError?.extras.details ?? null,
        },
      };
    },
  });

/**
 * The fields a domain error names, each with what the UI can word: the refusal's reason, or that
 * the id given names nothing of the caller's company.
 */
function appFieldIssues(error: AppError): Record<string, FieldIssue[]> {
  const reason = (error.extras.details as { reason?: FieldIssue['reason'] } | undefined)?.reason;
  const issue: FieldIssue = reason
    ? { code: 'refused', reason }
    : { code: error.code === 'NOT_FOUND' ? 'not_found' : 'custom' };
  const own = error.extras.fieldReasons ?? {};
  return Object.fromEntries(
    Object.keys(error.extras.fieldErrors ?? {}).map((f) => [
      f,
      [own[f] ? { code: 'refused' as const, reason: own[f] } : issue],
    ]),
  );
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Every procedure starts here: its raw input is guarded (`inputProblem`) before any schema, hash
 * or query sees it, and its failures are mapped in this one place (`toClientError`).
 */
export const publicProcedure = t.procedure.use(async ({ getRawInput, next }) => {
  const problem = inputProblem(await getRawInput());
  if (problem)
    throw new TRPCError({
      code: 'BAD_REQUEST',
      // The error a failed parse throws (an `Error`, unlike `z.ZodError`), formatted like one.
      cause: new z.ZodRealError([{ code: 'custom', input: undefined, ...problem }]),
    });
  const result = await next();
  if (!result.ok) throw toClientError(result.error);
  return result;
});

const maxIdempotencyKeyLength = 200;

function withoutSecrets(data: unknown, secrets: readonly string[]): unknown {
  if (secrets.length === 0 || typeof data !== 'object' || data === null) return data;
  return { ...data, ...Object.fromEntries(secrets.map((field) => [field, null])) };
}

/** `meta.attempts`: the caller's attempt, taken on the pool, or RATE_LIMITED when none is left. */
async function takeAttemptOf(
  ctx: Context,
  session: Session,
  attempts: NonNullable<Meta['attempts']>,
): Promise<Reservation> {
  const decision = await takeAttempt(ctx.db, attempts.limits(session), ctx.clock.now());
  if (!decision.allowed) throw rateLimited(attempts.refusal, decision.retryAfterMinutes);
  return decision.reservation;
}

/**
 * Needs a session (UNAUTHORIZED without). `ctx.tx` is the database handle to use: for queries
 * the pool; for mutations one transaction holding every write, the audit event and the
 * idempotency record, so an error leaves nothing behind and a retry can run again.
 */
export const authedProcedure = publicProcedure.use(
  async ({ ctx, type, path, meta, getRawInput, next }) => {
    const session = ctx.session;
    if (!session) throw new AppError('UNAUTHENTICATED', 'Sign in first');
    if (type !== 'mutation') return next({ ctx: { session, tx: ctx.db } });
    const key = ctx.request.idempotencyKey;
    if (key && key.length > maxIdempotencyKeyLength)
      throw new AppError(
        'VALIDATION',
        `Idempotency-Key is longer than ${maxIdempotencyKeyLength} characters`,
      );
    const record = key ? { companyId: session.companyId, key } : null;
    // The caller is part of the request: another user replaying a colleague's key gets CONFLICT.
    const hash = record ? requestHash({ userId: session.userId, input: await getRawInput() }) : '';
    const reservation = meta?.attempts ? await takeAttemptOf(ctx, session, meta.attempts) : null;
    const transaction = ctx.db.transaction(async (tx) => {
      if (record) {
        const claim = await claimIdempotencyKey(tx, {
          ...record,
          procedure: path,
          requestHash: hash,
          now: ctx.clock.now(),
        });
        // The first answer, already validated by `.output` when it was stored; tRPC checks no marker.
        if (claim.kind === 'replay')
          return { ok: true as const, data: claim.response, marker: undefined as never };
      }
      // `db` is rebound too: on PGlite touching the outer handle inside a transaction deadlocks.
      const result = await next({ ctx: { session, tx, db: tx } });
      if (!result.ok) throw result.error;
      if (record)
        await storeIdempotentResponse(tx, {
          ...record,
          response: withoutSecrets(result.data, meta?.secretOutput ?? []),
        });
      return result;
    });
    if (!reservation) return transaction;
    // After the transaction, on the pool: the attempt outlives a rolled-back failure.
    return transaction.then(
      async (result) => {
        await giveBack(ctx.db, reservation);
        return result;
      },
      async (error: unknown) => {
        const cause = error instanceof Error ? error.cause : undefined;
        if (!(cause instanceof AppError && cause.extras.countsAsAttempt))
          await giveBack(ctx.db, reservation);
        throw error;
      },
    );
  },
);

/** Needs `permission` from the rules table; FORBIDDEN names what is missing and whom to ask (ROLE-7). */
export const permissionProcedure = (permission: Permission) =>
  authedProcedure.meta({ permission }).use(async ({ ctx, next }) => {
    const decision = checkPermission(ctx.session, permission);
    if (!decision.allowed) {
      const error = await forbidden(ctx.tx, ctx.session.companyId, decision);
      // a token never holds `tokens.manage`; the refusal says so rather than "ask an admin".
      if (ctx.session.token && permission === 'tokens.manage')
        Object.assign(error.extras.details!, { reason: 'TOKEN_CANNOT_MANAGE_TOKENS' });
      throw error;
    }
    return next();
  });
