// Where a built bundle's bytes come from, by npm package, read from its source maps (for
// `npm run sizes -- --packages`; not a test). The shell is built once more with source maps into a
// temporary folder (the product's build writes none); rolldown names its files by their content
// without the map comment, so the first screen's files have the same names there.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { repoRoot, run } from '../lib/run.mjs';

/**
 * The packages of the stack the product is built on (React, module federation, React Query, tRPC;
 * README, "Main dependencies"): what any first screen of it fetches before a line of the product's
 * own code, a router, i18n or a UI kit.
 */
export const stackPackages = [
  'react',
  'react-dom',
  'scheduler',
  '@module-federation/runtime',
  '@module-federation/runtime-core',
  '@module-federation/sdk',
  '@module-federation/error-codes',
  '@tanstack/query-core',
  '@tanstack/react-query',
  '@trpc/client',
  '@trpc/server',
  '@trpc/tanstack-react-query',
];

/** Builds the shell with source maps into a temporary folder; `dispose()` removes it. */
export async function buildShellWithSourceMaps() {
  const outDir = mkdtempSync(join(tmpdir(), 'pbc-shell-maps-'));
  const code = await run(
    'npx',
    ['vite', 'build', '--configLoader', 'runner', '--sourcemap', '--outDir', outDir],
    { cwd: join(repoRoot, 'apps', 'shell'), stdio: 'ignore' },
  );
  if (code) throw new Error('the shell failed to build with source maps');
  return { outDir, dispose: () => rmSync(outDir, { recursive: true, force: true }) };
}

/** The package a source belongs to (node_modules/<name>), else the repository folder, else "generated". */
function ownerOf(source) {
  if (!source) return '(generated)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return pkg[1];
  const own = /(?:^|\/)((?:apps|libs)\/[^/]+)\//.exec(source);
  return own ? own[1] : '(generated)';
}

/**
 * The gzipped bytes of `file` per owner: each mapped stretch of the generated code goes to its
 * source's package. Gzip works on the whole file, so each owner's part is its own text gzipped,
 * scaled so the parts add up to the file's real gzipped size. A file without a map (the federation
 * plugin's own entries) is all "(generated)".
 */
export function gzippedBytesByOwner(file) {
  // The build with maps differs from the product's only by this last line.
  const code = readFileSync(file, 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '');
  const fileTotal = gzipSync(code, { level: 9 }).length;
  if (!existsSync(`${file}.map`)) return new Map([['(generated)', fileTotal]]);
  const consumer = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const lines = code.split('\n');
  const text = new Map();
  const add = (owner, part) => text.set(owner, (text.get(owner) ?? '') + part);
  let previous = null;
  consumer.eachMapping((mapping) => {
    if (previous) {
      const sameLine = previous.generatedLine === mapping.generatedLine;
      const line = lines[previous.generatedLine - 1];
      add(
        ownerOf(previous.source),
        line.slice(previous.generatedColumn, sameLine ? mapping.generatedColumn : undefined),
      );
    }
    previous = mapping;
  });
  if (previous)
    add(
      ownerOf(previous.source),
      lines[previous.generatedLine - 1].slice(previous.generatedColumn),
    );
  const parts = [...text].map(([owner, part]) => [owner, gzipSync(part, { level: 9 }).length]);
  const partsTotal = parts.reduce((sum, [, bytes]) => sum + bytes, 0);
  return new Map(parts.map(([owner, bytes]) => [owner, (bytes * fileTotal) / partsTotal]));
}
