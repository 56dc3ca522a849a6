// zod/mini, not zod, so the schema stays light enough for a browser. Only the server parses it (when it
// reads the file and on each GET /remotes.json); the shell trusts that answer, so its first screen
// carries no zod at all. `remotes.test.ts` keeps the role and locale lists equal to `Role` and
// `LocalizedText`, which this file does not import to stay on zod/mini.
import * as z from 'zod/mini';

const LocalizedText = z.object({ 'en-US': z.string(), 'zh-CN': z.string() });
const Role = z.enum(['global_admin', 'user_management_admin', 'admin_agent', 'mpn_partner_admin']);

/** One benefit module in `remotes.json`, the manifest the shell reads at run time. */
export const RemoteManifestEntry = z.object({
  /** Federation name, also the `loadRemote('<name>/module')` prefix. */
  name: z.string().check(z.regex(/^[a-z][a-z0-9_]*$/)),
  /** URL of the remote's `remoteEntry.js` (absolute or relative to the shell's origin). */
  entry: z.string().check(z.minLength(1)),
  /** Path segment under `/benefits/` where the module is mounted. */
  route: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  navLabel: LocalizedText,
  /** Roles that see the entry; empty means every signed-in user of the company. */
  requiredRoles: z.array(Role),
});
export type RemoteManifestEntry = z.infer<typeof RemoteManifestEntry>;

export const RemoteManifest = z.object({ remotes: z.array(RemoteManifestEntry) });
export type RemoteManifest = z.infer<typeof RemoteManifest>;
