import { useTRPC } from '@pbc/sdk/react';
import { useQueryClient } from '@tanstack/react-query';

/** Refreshes the list (seats used) and the seats after a change. */
export function useInvalidateSeats() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.visualStudio.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.visualStudio.seats.pathKey() }),
    ]);
}
