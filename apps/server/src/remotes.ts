import { remoteManifest, type RemoteManifest } from '@pbc/contract';
import { readFile } from 'node:fs/promises';

/**
 * Reads and validates the remote manifest, whose entries may load from `remoteOrigins` besides
 * the server's own origin; the message names the file when it is wrong.
 */
export async function readRemoteManifest(
  file: string,
  remoteOrigins: readonly string[],
): Promise<RemoteManifest> {
  try {
    return remoteManifest(remoteOrigins).parse(JSON.parse(await readFile(file, 'utf8')));
  } catch (error) {
    throw new Error(`Remote manifest ${file} is unusable: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
