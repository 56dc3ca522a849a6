// `AppRouter` brings server source files into every program that type-checks against the sdk; one
// of them relies on @fastify/cookie's Fastify augmentation, which the server loads elsewhere (app.ts).
/// <reference types="@fastify/cookie" />
import { createTRPCClient, httpBatchLink, type HTTPHeaders, type TRPCClient } from '@trpc/client';
import type { AppRouter } from '@pbc/server';

export type { AppRouter };

export interface CreateClientOptions {
  /** The server's tRPC endpoint, for example `http://localhost:3000/trpc` (or `/trpc` in the browser). */
  url: string;
  /** Defaults to the global `fetch`; pass one to run in tests or behind a proxy. */
  fetch?: typeof globalThis.fetch;
  headers?: HTTPHeaders | (() => HTTPHeaders | Promise<HTTPHeaders>);
}

export type SdkClient = TRPCClient<AppRouter>;

/** A plain typed client, usable from Node scripts, other services and the browser. */
export function createClient({ url, fetch, headers }: CreateClientOptions): SdkClient {
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url, ...(fetch ? { fetch } : {}), ...(headers ? { headers } : {}) })],
  });
}

type Procedure = { query: (...args: never[]) => unknown } | { mutate: (...args: never[]) => unknown };

/** Inputs and outputs of every procedure, read off the client type (browser code may not import `@trpc/server`). */
type MapProcedures<T, Side extends 'input' | 'output'> = {
  [K in keyof T]: T[K] extends Procedure
    ? ProcedureSide<T[K], Side>
    : MapProcedures<T[K], Side>;
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
