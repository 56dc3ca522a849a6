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
  /** Defaults to the global `fetch`; pass one to run in tests or behind a proxy. */
  fetch?: typeof globalThis.fetch;
  headers?: HTTPHeaders | (() => HTTPHeaders | Promise<HTTPHeaders>);
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
  retry: ({ error, attempts }) => attempts < 2 && !error.data,
});

/** A plain typed client, usable from Node scripts, other services and the browser. */
export function createClient({ url, fetch, headers }: CreateClientOptions): SdkClient {
  const common = { url, ...(fetch ? { fetch } : {}) };
  const baseHeaders = async () =>
    typeof headers === 'function' ? await headers() : (headers ?? {});
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
