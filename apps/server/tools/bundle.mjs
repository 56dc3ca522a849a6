// `nx build server`: the server as JavaScript, apps/server/dist/main.mjs, which `npm start` runs
// with plain `node`. Running the TypeScript through tsx kept its loader (a second V8 isolate
// on a worker thread) and the compiled sources in every server process: 162-167 MB resident after
// start on PostgreSQL, against 119-126 MB for this bundle (tools/bench/rss.mjs).
// The workspace libraries (@pbc/*, TypeScript sources) are bundled in; every other package stays
// an import from node_modules, as it is installed (PGlite finds its WebAssembly files there).
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';

const serverRoot = path.resolve(import.meta.dirname, '..');
const outdir = path.join(serverRoot, 'dist');

/**
 * `import.meta.dirname` in a source file means that file's folder (the migrations, the repository
 * root are found from it); in the bundle it would be dist/. Each use is rewritten to the source
 * folder, relative to the bundle, so dist/ keeps working wherever the checkout lies.
 */
const sourceFolders = {
  name: 'source-folders',
  setup(bundle) {
    bundle.onResolve({ filter: /^[^./]/ }, ({ path: specifier }) =>
      specifier.startsWith('@pbc/') ? undefined : { path: specifier, external: true },
    );
    bundle.onLoad({ filter: /\.ts$/ }, async ({ path: file }) => {
      const source = await readFile(file, 'utf8');
      const folder = path.relative(outdir, path.dirname(file));
      return {
        contents: source.replaceAll(
          'import.meta.dirname',
          `(import.meta.dirname + ${JSON.stringify(`/${folder}`)})`,
        ),
        loader: 'ts',
      };
    });
  },
};

// The chunks' names change with their contents: an earlier build's are removed, not left beside.
await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: path.join(serverRoot, 'src/main.ts') },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  // What the sources import with `import()` (the mail renderer and React with it) stays a chunk of
  // its own, loaded when first needed: in one file its packages were imported at start.
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  // Stack traces name the bundle's lines; the map beside it leads back to the sources.
  sourcemap: 'linked',
  plugins: [sourceFolders],
  logLevel: 'warning',
});
