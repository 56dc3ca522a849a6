import { RemoteManifest } from '@pbc/contract';
import { readFile } from 'node:fs/promises';

/** Reads and validates the remote manifest; the message names the file when it is wrong. */
export async function readRemoteManifest(file: string): Promise<RemoteManifest> {
  try {
    return RemoteManifest.parse(JSON.parse(await readFile(file, 'utf8')));
  } catch (error) {
    throw new Error(`Remote manifest ${file} is unusable: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
