import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { ReactNode } from 'react';
import type { AppRouter } from '@pbc/server';
import type { SdkClient } from './index.js';

const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/** `useTRPC().software.list.queryOptions({})` and friends; works under one `SdkProvider`. */
export { useTRPC, useTRPCClient };

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
