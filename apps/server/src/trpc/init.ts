import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import { AppError, toTRPCError } from '../errors.js';
import type { Context } from './context.js';

const t = initTRPC.context<Context>().create({
  // Never send stack traces, whatever NODE_ENV says.
  isDev: false,
  errorFormatter({ shape, error }) {
    const invalidInput = error.code === 'BAD_REQUEST' && error.cause instanceof z.ZodError;
    const flat = invalidInput ? z.flattenError(error.cause as z.ZodError) : undefined;
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
        appCode:
          error.cause instanceof AppError ? error.cause.code : invalidInput ? 'VALIDATION' : null,
        fieldErrors: flat?.fieldErrors ?? {},
        formErrors: flat?.formErrors ?? [],
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Every procedure starts here, so domain errors are mapped in this one place. */
export const publicProcedure = t.procedure.use(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) throw toTRPCError(result.error.cause);
  return result;
});

/** Needs a session; narrows `ctx.session` to non-null for the procedures built on it. */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  return next({ ctx: { session: ctx.session } });
});
