import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import {
  createTRPCContext,
  createTRPCOptionsProxy,
  type TRPCOptionsProxy,
} from '@trpc/tanstack-react-query';
import type { ReactNode } from 'react';
import type { AppRouter, SdkClient } from './index.js';

const context = createTRPCContext<AppRouter>();
const { TRPCProvider } = context;

/** `useTRPC().software.list.queryOptions({})` and friends; works under one `SdkProvider`. */
export const useTRPC: () => TRPCOptionsProxy<AppRouter> = context.useTRPC;
export const useTRPCClient: () => SdkClient = context.useTRPCClient;

/**
 * `useTRPC()`'s options outside React, on the same QueryClient: to ask a page's first questions
 * before it renders (`queryClient.prefetchQuery(trpc.auth.me.queryOptions())`).
 */
export function createQueryOptions(trpcClient: SdkClient, queryClient: QueryClient): TRPCOptionsProxy<AppRouter> {
  return createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
}

export interface SdkProviderProps {
  queryClient: QueryClient;
  trpcClient: SdkClient;
  children: ReactNode;
}

/** The host's single QueryClient and sdk client, for every module below it. */
export function SdkProvider({ queryClient, trpcClient, children }: SdkProviderProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
