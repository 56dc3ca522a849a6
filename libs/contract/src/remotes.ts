// zod/mini, not zod: the shell validates remotes.json in the browser before its first render, and
// zod/mini tree-shakes to a few kB where `zod` brings its whole API. The schema parses the same
// way on the server (`RemoteManifest.parse`); `remotes.test.ts` keeps the role and locale lists
// equal to `Role` and `LocalizedText`, which this file cannot import without pulling `zod` in.
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
