import { loadRemote, registerRemotes } from '@module-federation/runtime';
import type { RemoteManifest, RemoteManifestEntry } from '@pbc/contract';
import { toBenefitModule, type BenefitModule, type BenefitModuleProps } from '@pbc/module-kit';
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type ModulePage = LazyExoticComponent<ComponentType<BenefitModuleProps>>;

/** Cache-busting attempt number per remote; bumped by `reloadRemote`. */
const attempts = new Map<string, number>();
/** One lazy page per remote and attempt; React caches the load (and its failure) inside it. */
const pages = new Map<string, { Page: ModulePage; failed: boolean }>();

function toFederationRemote(remote: RemoteManifestEntry) {
  const entry = new URL(remote.entry, window.location.href);
  const attempt = attempts.get(remote.name) ?? 0;
  if (attempt > 0) entry.searchParams.set('attempt', String(attempt));
  return { name: remote.name, entry: entry.href, type: 'module' as const };
}

/**
 * Reads `remotes.json` (never from cache: a redeployed remote changes only this file) and registers every remote.
 * Not parsed again here: the server validates the file against `RemoteManifest` when it serves it
 * (apps/server/src/remotes.ts), and a parse in the browser would put zod on the first screen.
 */
export async function fetchRemotes(manifestUrl: string): Promise<RemoteManifestEntry[]> {
  const response = await fetch(manifestUrl, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${manifestUrl} answered ${response.status}`);
  const { remotes } = (await response.json()) as RemoteManifest;
  registerRemotes(remotes.map(toFederationRemote), { force: true });
  return remotes;
}

/** The manifest's query: read once per page load (`fetchRemotes`), shared by main.tsx and the app. */
export const remotesQueryOptions = (manifestUrl: string) => ({
  queryKey: ['remotes', manifestUrl],
  queryFn: () => fetchRemotes(manifestUrl),
  staleTime: Infinity,
});

/** A remote's `./module`, fetched once per remote and attempt, by a prefetch or the first render. */
const loads = new Map<string, Promise<BenefitModule>>();

function loadModule(remote: RemoteManifestEntry): Promise<BenefitModule> {
  let load = loads.get(remote.name);
  if (!load) {
    load = loadRemote(`${remote.name}/module`).then(toBenefitModule);
    loads.set(remote.name, load);
  }
  return load;
}

/**
 * Fetches and runs a remote's module before its page is opened (the shell calls it when idle
 * after the first screen, and on hover or focus of its link), so a click leaves only the page's
 * own data to fetch. A failed prefetch is forgotten, so the visit loads again (and shows the error
 * with Retry if it fails again).
 */
export function prefetchRemote(remote: RemoteManifestEntry): Promise<void> {
  if (loads.has(remote.name)) return Promise.resolve();
  const load = loadModule(remote);
  return load.then(
    () => undefined,
    () => {
      if (loads.get(remote.name) === load && !pages.has(remote.name)) loads.delete(remote.name);
    },
  );
}

/** The page of a remote's `./module`, loaded on first render (or earlier, `prefetchRemote`). */
export function lazyModulePage(remote: RemoteManifestEntry): ModulePage {
  const cached = pages.get(remote.name);
  if (cached) return cached.Page;
  const page = {
    failed: false,
    Page: lazy(() =>
      loadModule(remote).then(
        (module) => ({ default: module.Page }),
        (error: unknown) => {
          page.failed = true;
          throw error;
        },
      ),
    ),
  };
  pages.set(remote.name, page);
  return page.Page;
}

/**
 * Forgets a remote's page and registers the remote again under a new entry URL. The federation
 * runtime keeps a failed entry load cached by URL, so only a new URL makes it fetch the entry again.
 */
export function reloadRemote(remote: RemoteManifestEntry): void {
  pages.delete(remote.name);
  loads.delete(remote.name);
  attempts.set(remote.name, (attempts.get(remote.name) ?? 0) + 1);
  registerRemotes([toFederationRemote(remote)], { force: true });
}

/** Leaving a failed module's page: the next visit tries again. */
export function forgetFailedLoad(remote: RemoteManifestEntry): void {
  if (pages.get(remote.name)?.failed) reloadRemote(remote);
}
