// Serves the built web apps from `<staticRoot>/apps/<project>/dist`: the shell at `/` (with a
// fallback to its index.html for client-side routes) and each remote at `/remotes/<project>/`.
// Folders are looked up per request, so a missing or rebuilt dist needs no restart.
import fastifyStatic from '@fastify/static';
import { benefitModules } from '@pbc/contract';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** Project folders of the remotes under apps/ (their module ids), as in `/remotes/<project>/…`. */
const remoteProjects: readonly string[] = benefitModules.map((module) => module.id);

/** Paths that never fall back to the shell's index.html. */
const apiPrefixes = ['/trpc', '/remotes', '/healthz'];

const distOf = (staticRoot: string, project: string) =>
  path.join(staticRoot, 'apps', project, 'dist');

/** Whether `file` (a URL path below `dir`) names a file inside `dir`. */
function isFileIn(dir: string, file: string): boolean {
  const target = path.resolve(dir, file);
  return target.startsWith(dir + path.sep) && existsSync(target) && statSync(target).isFile();
}

/** Cached for good: Vite puts content-hashed files under assets/, so a new build has new names. */
const immutable = { maxAge: '365d', immutable: true } as const;
/** Revalidated on every use: a file whose name stays the same across builds (remoteEntry.js). */
const revalidated = { cacheControl: false } as const;

/**
 * How long a browser keeps `file`: hashed files a year, unhashed ones (remoteEntry.js, the
 * shell's public files) only until the server says they changed (`no-cache`, set below).
 */
function sendCached(reply: FastifyReply, file: string, root: string) {
  if (file.startsWith('assets/')) return reply.sendFile(file, root, immutable);
  return reply.header('cache-control', 'no-cache').sendFile(file, root, revalidated);
}

function wantsShellPage(request: FastifyRequest): boolean {
  const url = request.url.split('?')[0] ?? '';
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    (request.headers.accept ?? '').includes('text/html') &&
    !apiPrefixes.some((prefix) => url === prefix || url.startsWith(`${prefix}/`))
  );
}

export async function registerStatic(app: FastifyInstance, staticRoot: string): Promise<void> {
  const shellDist = distOf(staticRoot, 'shell');
  // `serve: false`: only `reply.sendFile` is wanted; the routes below pick the folder.
  // `preCompressed`: the build writes `.br` and `.gz` beside each file (module-kit's
  // precompressPlugin); a browser that accepts one gets it, any other the file itself.
  await app.register(fastifyStatic, { root: staticRoot, serve: false, preCompressed: true });

  app.get<{ Params: { project: string; '*': string } }>('/remotes/:project/*', (request, reply) => {
    const { project, '*': file } = request.params;
    if (!remoteProjects.includes(project)) return reply.callNotFound();
    // Remotes may be loaded by a shell on another origin.
    reply
      .header('access-control-allow-origin', '*')
      .header('cross-origin-resource-policy', 'cross-origin');
    return sendCached(reply, file, distOf(staticRoot, project));
  });

  app.get<{ Params: { '*': string } }>('/*', (request, reply) => {
    const file = request.params['*'] || 'index.html';
    if (file === 'index.html') return sendShellPage(reply);
    // Decide the fallback here: a failed sendFile would go through the not-found handler with
    // the response already wired to the missing file's stream.
    if (!isFileIn(shellDist, file)) return reply.callNotFound();
    return sendCached(reply, file, shellDist);
  });

  function sendShellPage(reply: FastifyReply) {
    if (!existsSync(path.join(shellDist, 'index.html'))) {
      return reply.code(404).send({
        error: 'Not Found',
        message:
          'The shell is not built: apps/shell/dist/index.html is missing (run npm run build).',
      });
    }
    // A new shell deployment must be picked up at once.
    return reply
      .header('cache-control', 'no-cache')
      .sendFile('index.html', shellDist, { cacheControl: false });
  }

  app.setNotFoundHandler((request, reply) => {
    if (wantsShellPage(request)) return sendShellPage(reply);
    const remote = /^\/remotes\/([^/]+)\//.exec(request.url)?.[1];
    const hint =
      remote && remoteProjects.includes(remote)
        ? ` (is apps/${remote}/dist built?)`
        : '';
    return reply
      .code(404)
      .send({ error: 'Not Found', message: `Nothing at ${request.method} ${request.url}${hint}` });
  });
}
