import { loadRemote, registerRemotes } from '@module-federation/runtime';
import { RemoteManifest, type RemoteManifestEntry } from '@pbc/contract';
import { toBenefitModule, type BenefitModule } from '@pbc/module-kit';

/** Cache-busting attempt number per remote; bumped by `reloadRemote`. */
const attempts = new Map<string, number>();
/** One load per remote and attempt, so React's `use()` sees the same promise across renders. */
const loads = new Map<string, { promise: Promise<BenefitModule>; failed: boolean }>();

function toFederationRemote(remote: RemoteManifestEntry) {
  const entry = new URL(remote.entry, window.location.href);
  const attempt = attempts.get(remote.name) ?? 0;
  if (attempt > 0) entry.searchParams.set('attempt', String(attempt));
  return { name: remote.name, entry: entry.href, type: 'module' as const };
}

/** Reads `remotes.json` (never from cache: a redeployed remote changes only this file) and registers every remote. */
export async function fetchRemotes(manifestUrl: string): Promise<RemoteManifestEntry[]> {
  const response = await fetch(manifestUrl, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${manifestUrl} answered ${response.status}`);
  const { remotes } = RemoteManifest.parse(await response.json());
  registerRemotes(remotes.map(toFederationRemote), { force: true });
  return remotes;
}

export function loadBenefitModule(remote: RemoteManifestEntry): Promise<BenefitModule> {
  let load = loads.get(remote.name);
  if (!load) {
    const entry = { failed: false, promise: loadRemote(`${remote.name}/module`).then(toBenefitModule) };
    entry.promise.catch(() => {
      entry.failed = true;
    });
    loads.set(remote.name, entry);
    load = entry;
  }
  return load.promise;
}

/**
 * Forgets a remote's load and registers it again under a new entry URL. The federation runtime
 * keeps a failed entry load cached by URL, so only a new URL makes it fetch the entry again.
 */
export function reloadRemote(remote: RemoteManifestEntry): void {
  loads.delete(remote.name);
  attempts.set(remote.name, (attempts.get(remote.name) ?? 0) + 1);
  registerRemotes([toFederationRemote(remote)], { force: true });
}

/** Leaving a failed module's page: the next visit tries again. */
export function forgetFailedLoad(remote: RemoteManifestEntry): void {
  if (loads.get(remote.name)?.failed) reloadRemote(remote);
}
