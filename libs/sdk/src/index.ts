import {
  createTRPCClient,
  httpBatchLink,
  retryLink,
  splitLink,
  type HTTPHeaders,
  type Operation,
  type TRPCClient,
  type TRPCLink,
} from '@trpc/client';
import { maxBatchCalls } from '@pbc/contract';
import type { AppRouter } from '@pbc/server';

export type { AppRouter };
export { formError, type AppErrorData, type FormError } from './errors.js';

export interface CreateClientOptions {
  /** The server's tRPC endpoint, for example `http://localhost:3000/trpc` (or `/trpc` in the browser). */
  url: string;
  /**
   * An API token (X-6, `pbc_…`, from Account settings → API tokens): sent as
   * `Authorization: Bearer`. Without one, the browser's session cookie is the caller.
   */
  token?: string;
  /** Defaults to the global `fetch`; pass one to run in tests or behind a proxy. */
  fetch?: typeof globalThis.fetch;
  headers?: HTTPHeaders | (() => HTTPHeaders | Promise<HTTPHeaders>);
  /**
   * 429 answers (an API token's rate limit) are sent again after their `Retry-After`, at most
   * this many times (default 3) and only while the wait is at most `maxRetryAfterSeconds` (60).
   */
  maxRateLimitRetries?: number;
  maxRetryAfterSeconds?: number;
}

export type SdkClient = TRPCClient<AppRouter>;

/** The header the server deduplicates mutations by. */
export const idempotencyHeader = 'Idempotency-Key';

/**
 * gives each mutation call one fresh key, kept in the operation's context so a retry of the
 * same call (`retryLink` below) sends the same key and the server answers it only once.
 */
const idempotencyKeyLink: TRPCLink<AppRouter> =
  () =>
  ({ op, next }) => {
    if (op.type === 'mutation' && typeof op.context.idempotencyKey !== 'string') {
      op.context.idempotencyKey = crypto.randomUUID();
    }
    return next(op);
  };

/** A call that never got an answer (network down, connection reset) is retried once. */
const retryUnanswered = retryLink<AppRouter>({
  retry: ({ error, attempts }) => attempts < 2 && !error.data && !error.meta?.response,
});

/** Seconds to wait that a `Retry-After` header names (seconds or an HTTP date), or null. */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * Sends a request answered 429 again after its Retry-After. The request is sent as it was, so a
 * mutation keeps its one Idempotency-Key and the server applies it at most once.
 */
function honouringRetryAfter(
  fetchImpl: typeof globalThis.fetch,
  maxRetries: number,
  maxWaitSeconds: number,
): typeof globalThis.fetch {
  return async (input, init) => {
    for (let attempt = 0; ; attempt++) {
      const response = await fetchImpl(input, init);
      if (response.status !== 429 || attempt >= maxRetries) return response;
      const wait = retryAfterSeconds(response.headers.get('retry-after'));
      if (wait === null || wait > maxWaitSeconds) return response;
      // Read to the end, so the connection is free for the next attempt.
      await response.arrayBuffer().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, wait * 1000));
    }
  };
}

/** A plain typed client, usable from Node scripts, other services and the browser. */
export function createClient({
  url,
  token,
  fetch,
  headers,
  maxRateLimitRetries = 3,
  maxRetryAfterSeconds = 60,
}: CreateClientOptions): SdkClient {
  const common = {
    url,
    fetch: honouringRetryAfter(
      fetch ?? ((input, init) => globalThis.fetch(input, init)),
      maxRateLimitRetries,
      maxRetryAfterSeconds,
    ),
  };
  const baseHeaders = async () => ({
    ...(typeof headers === 'function' ? await headers() : (headers ?? {})),
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  });
  return createTRPCClient<AppRouter>({
    links: [
      idempotencyKeyLink,
      retryUnanswered,
      splitLink({
        condition: (op) => op.type === 'mutation',
        // One mutation per request (`maxItems: 1`): the key is a request header, so a batch would
        // share it. Still the batch wire format, which carries a void input as `{}`.
        true: httpBatchLink({
          ...common,
          maxItems: 1,
          headers: async ({ opList }: { opList: readonly Operation[] }) => ({
            ...(await baseHeaders()),
            [idempotencyHeader]: String(opList[0]?.context.idempotencyKey),
          }),
        }),
        // Queries share a request, up to the server's cap: more started at once go in several.
        false: httpBatchLink({ ...common, maxItems: maxBatchCalls, headers: baseHeaders }),
      }),
    ],
  });
}

type Procedure =
  { query: (...args: never[]) => unknown } | { mutate: (...args: never[]) => unknown };

/** Inputs and outputs of every procedure, read off the client type (browser code may not import `@trpc/server`). */
type MapProcedures<T, Side extends 'input' | 'output'> = {
  [K in keyof T]: T[K] extends Procedure ? ProcedureSide<T[K], Side> : MapProcedures<T[K], Side>;
};
type ProcedureSide<P, Side extends 'input' | 'output'> = P extends
  | { query: (input: infer I, ...rest: never[]) => Promise<infer O> }
  | { mutate: (input: infer I, ...rest: never[]) => Promise<infer O> }
  ? Side extends 'input'
    ? I
    : O
  : never;

export type RouterInputs = MapProcedures<SdkClient, 'input'>;
export type RouterOutputs = MapProcedures<SdkClient, 'output'>;
