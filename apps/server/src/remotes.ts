import {
  benefitModules,
  federationNameOf,
  remoteEntryOf,
  remoteManifest,
  type RemoteManifest,
} from '@pbc/contract';
import { readFile } from 'node:fs/promises';

/**
 * The manifest of the modules this server serves itself: one entry per module of the registry,
 * loaded from the server's own origin, shown to every signed-in user.
 */
export const registryManifest = (): RemoteManifest => ({
  remotes: benefitModules.map(({ id, navLabel }) => ({
    name: federationNameOf(id),
    entry: remoteEntryOf(id),
    route: id,
    navLabel,
    requiredRoles: [],
  })),
});

/**
 * The remote manifest `/remotes.json` serves: REMOTES_MANIFEST's file (re-read each time, so a
 * remote is redeployed by editing it), else the registry's. Entries may load from `remoteOrigins`
 * besides the server's own origin; the message names the file when it is wrong.
 */
export async function readRemoteManifest(
  file: string | undefined,
  remoteOrigins: readonly string[],
): Promise<RemoteManifest> {
  if (!file) return registryManifest();
  try {
    return remoteManifest(remoteOrigins).parse(JSON.parse(await readFile(file, 'utf8')));
  } catch (error) {
    throw new Error(`Remote manifest ${file} is unusable: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
