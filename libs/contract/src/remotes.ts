import { z } from 'zod';
import { LocalizedText } from './common.js';
import { Role } from './membership.js';

/** One benefit module in `remotes.json`, the manifest the shell reads at run time. */
export const RemoteManifestEntry = z.object({
  /** Federation name, also the `loadRemote('<name>/module')` prefix. */
  name: z.string().regex(/^[a-z][a-z0-9_]*$/),
  /** URL of the remote's `remoteEntry.js` (absolute or relative to the shell's origin). */
  entry: z.string().min(1),
  /** Path segment under `/benefits/` where the module is mounted. */
  route: z.string().regex(/^[a-z0-9-]+$/),
  navLabel: LocalizedText,
  /** Roles that see the entry; empty means every signed-in user of the company. */
  requiredRoles: z.array(Role),
});
export type RemoteManifestEntry = z.infer<typeof RemoteManifestEntry>;

export const RemoteManifest = z.object({ remotes: z.array(RemoteManifestEntry) });
export type RemoteManifest = z.infer<typeof RemoteManifest>;
