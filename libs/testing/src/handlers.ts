import { fieldIssuesOf, refusals, type FieldIssue, type RefusalReason } from '@pbc/contract';
import { http, HttpResponse, type RequestHandler } from 'msw';
import { z } from 'zod';
import { demoData, type MockData, type Procedure } from './fixtures/index.js';

/** `error.data` of a server error (apps/server/README.md), to mock refusals and field errors. */
export interface MockErrorData {
  code: string;
  appCode: string | null;
  fieldErrors?: Record<string, string[]>;
  fieldIssues?: Record<string, FieldIssue[]>;
  details?: unknown;
}

/** An answer that fails with this `error.data`; see `trpcError`. */
export class MockTrpcError {
  constructor(readonly data: MockErrorData) {}
}

/** `trpcHandlers({ 'directory.add': trpcError({ code: 'BAD_REQUEST', appCode: 'VALIDATION', fieldErrors: … }) })` */
export function trpcError(data: MockErrorData): MockTrpcError {
  return new MockTrpcError(data);
}

const trpcCodes = { CONFLICT: 'CONFLICT', VALIDATION: 'BAD_REQUEST', NOT_FOUND: 'NOT_FOUND' };

/** A rule's refusal as the server sends it (`refused(reason, { field })`): its code, reason and field. */
export function trpcRefusal(
  reason: RefusalReason,
  options: { field?: string } = {},
): MockTrpcError {
  const definition: string | { message: string; code: 'VALIDATION' | 'NOT_FOUND' } =
    refusals[reason];
  const { message, code } =
    typeof definition === 'string'
      ? { message: definition, code: 'CONFLICT' as const }
      : definition;
  const field = options.field;
  return trpcError({
    code: trpcCodes[code],
    appCode: code,
    details: { reason },
    ...(field
      ? {
          fieldErrors: { [field]: [message] },
          fieldIssues: { [field]: [{ code: 'refused', reason }] },
        }
      : {}),
  });
}

/** What the server answers when `input` fails `schema`: VALIDATION with zod's text and issue codes. */
export function trpcInvalidInput(schema: z.ZodType, input: unknown): MockTrpcError {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('trpcInvalidInput: this input is valid');
  return trpcError({
    code: 'BAD_REQUEST',
    appCode: 'VALIDATION',
    fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
    fieldIssues: fieldIssuesOf(parsed.error),
  });
}

type Answer<P extends Procedure> = MockData[P] | 'error' | MockTrpcError;
/**
 * A procedure's answer, `'error'` to make it fail with a 500, a `trpcError(…)`, or a function of
 * the call's input (to answer per input, or to record what the page sent).
 */
export type MockAnswers = { [P in Procedure]?: Answer<P> | ((input: unknown) => Answer<P>) };

const httpStatus: Record<string, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/**
 * Answers tRPC's wire format (no transformer) for every procedure: a batched call
 * `…/trpc/a.b,c.d?batch=1&input=…` gets `[{ result: { data } }, …]` (the sdk sends mutations as
 * batches of one).
 */
export function trpcHandlers(overrides: MockAnswers = {}): RequestHandler[] {
  const answers: MockAnswers = { ...demoData(), ...overrides };
  const answer = (path: string, input: unknown) => {
    // A void procedure answers `undefined`, so an unknown one is told by the missing key.
    if (!Object.hasOwn(answers, path))
      return {
        status: 404,
        body: {
          error: {
            message: `No mock for ${path}`,
            code: -32004,
            data: { code: 'NOT_FOUND', path },
          },
        },
      };
    const given = answers[path as Procedure];
    const value = typeof given === 'function' ? given(input) : given;
    if (value === 'error')
      return {
        status: 500,
        body: {
          error: {
            message: 'Mocked failure',
            code: -32603,
            data: { code: 'INTERNAL_SERVER_ERROR', path },
          },
        },
      };
    if (value instanceof MockTrpcError) {
      const data = { fieldErrors: {}, fieldIssues: {}, details: null, ...value.data, path };
      return {
        status: httpStatus[value.data.code] ?? 500,
        body: { error: { message: value.data.code, code: -32600, data } },
      };
    }
    return { status: 200, body: { result: { data: value } } };
  };
  const respond = async ({
    request,
    params,
  }: {
    request: Request;
    params: Record<string, string | readonly string[] | undefined>;
  }) => {
    const url = new URL(request.url);
    // Queries carry their inputs in `?input=`, mutations in the body; keyed by position in the batch.
    const raw = request.method === 'GET' ? url.searchParams.get('input') : await request.text();
    const inputs = (raw ? JSON.parse(raw) : {}) as Record<string, unknown>;
    const results = String(params.paths)
      .split(',')
      .map((path, i) => answer(path, inputs[i]));
    return HttpResponse.json(
      results.map((r) => r.body),
      { status: results.every((r) => r.status === 200) ? 200 : 207 },
    );
  };
  return [http.get('*/trpc/:paths', respond), http.post('*/trpc/:paths', respond)];
}
