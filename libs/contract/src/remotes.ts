// zod/mini, not zod, so the schema stays light enough for a browser. Only the server parses it (when it
// reads the file and on each GET /remotes.json); the shell trusts that answer, so its first screen
// carries no zod at all. `remotes.test.ts` keeps the role and locale lists equal to `Role` and
// `LocalizedText`, which this file does not import to stay on zod/mini.
import * as z from 'zod/mini';

const LocalizedText = z.object({ 'en-US': z.string(), 'zh-CN': z.string() });
const Role = z.enum(['global_admin', 'user_management_admin', 'admin_agent', 'mpn_partner_admin']);

/** Plain http is fine on the developer's own machine only. */
const localHosts = ['localhost', '127.0.0.1', '[::1]'];
/** Stands in for the shell's origin when resolving a relative entry. */
const sameOrigin = 'https://shell.invalid';

/**
 * Why the shell may not load `entry`, or null when it may: a path on the shell's own origin
 * (`/remotes/software/remoteEntry.js`), or an absolute http(s) URL whose origin is one of
 * `allowedOrigins` (the server's REMOTE_ORIGINS), https unless it is localhost. Everything else
 * (`javascript:`, `//other.example/…`, any origin not listed) would run someone else's code.
 */
export function remoteEntryProblem(
  entry: string,
  allowedOrigins: readonly string[],
): string | null {
  let url: URL;
  try {
    url = new URL(entry, sameOrigin);
  } catch {
    return 'Use a path such as /remotes/software/remoteEntry.js or an https URL';
  }
  if (url.origin === sameOrigin)
    return entry.startsWith('/') ? null : 'Start a path on the shell’s origin with /';
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `Use https, not ${url.protocol}`;
  if (url.protocol === 'http:' && !localHosts.includes(url.hostname))
    return `Use https for ${url.host}: plain http is for localhost only`;
  if (!allowedOrigins.includes(url.origin))
    return `${url.origin} is not an allowed origin for remotes (REMOTE_ORIGINS)`;
  return null;
}

/** One benefit module in `remotes.json`, the manifest the shell reads at run time. */
export function remoteManifestEntry(allowedOrigins: readonly string[] = []) {
  return z.object({
    /** Federation name, also the `loadRemote('<name>/module')` prefix. */
    name: z.string().check(z.regex(/^[a-z][a-z0-9_]*$/)),
    /** URL of the remote's `remoteEntry.js`: see `remoteEntryProblem`. */
    entry: z.string().check(
      z.minLength(1),
      z.check((ctx) => {
        const problem = remoteEntryProblem(ctx.value, allowedOrigins);
        if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
      }),
    ),
    /** Path segment under `/benefits/` where the module is mounted. */
    route: z.string().check(z.regex(/^[a-z0-9-]+$/)),
    navLabel: LocalizedText,
    /** Roles that see the entry; empty means every signed-in user of the company. */
    requiredRoles: z.array(Role),
  });
}

/** The manifest whose entries may come from `allowedOrigins` besides the shell's own. */
export function remoteManifest(allowedOrigins: readonly string[] = []) {
  return z.object({ remotes: z.array(remoteManifestEntry(allowedOrigins)) });
}

/** Entries from the shell's own origin only. */
export const RemoteManifestEntry = remoteManifestEntry();
export type RemoteManifestEntry = z.infer<typeof RemoteManifestEntry>;

export const RemoteManifest = remoteManifest();
export type RemoteManifest = z.infer<typeof RemoteManifest>;
