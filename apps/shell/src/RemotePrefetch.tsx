import type { RemoteManifestEntry } from '@pbc/contract';
import { useIsFetching } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { prefetchRemote } from './remotes.js';

/** The mark the prefetch sets when it starts: `tools/bench/sizes.mjs` counts the first screen's JS up to it. */
export const prefetchMark = 'pbc:prefetch-remotes';

const whenIdle = (run: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(run) : setTimeout(run, 50);

/**
 * Once the first screen is done (page loaded, no query in flight) and the browser is idle, fetches
 * the module page's frame and then each remote's module, one at a time, each when idle again: a
 * click on a module then fetches only that page's data. Renders nothing.
 */
export function RemotePrefetch({ remotes }: { remotes: readonly RemoteManifestEntry[] }) {
  const fetching = useIsFetching();
  const started = useRef(false);
  // Left (signed out, or a test's cleanup): the chain of idle callbacks stops.
  const unmounted = useRef(false);
  useEffect(() => {
    unmounted.current = false;
    return () => {
      unmounted.current = true;
    };
  }, []);
  useEffect(() => {
    if (started.current || fetching > 0 || remotes.length === 0) return;
    started.current = true;
    const start = () =>
      whenIdle(() => {
        if (unmounted.current) return;
        performance.mark(prefetchMark);
        // The same specifier as App's lazy page: one module, fetched once.
        void import('./RemotePage.js');
        const next = (i: number) => {
          const remote = remotes[i];
          if (remote && !unmounted.current)
            whenIdle(() => {
              if (!unmounted.current) void prefetchRemote(remote).then(() => next(i + 1));
            });
        };
        next(0);
      });
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
  }, [fetching, remotes]);
  return null;
}
