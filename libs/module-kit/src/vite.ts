// Node side: the one module-federation setup every remote and the shell build with.
import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import {
  benefitModules,
  federationNameOf,
  remoteBaseOf,
  remoteEntryOf,
  shellDevPort,
  type BenefitModuleId,
} from '@pbc/contract/modules';
import type { RemoteManifest } from '@pbc/contract';
import type { Plugin, UserConfig, UserConfigFnObject } from 'vite';

/**
 * Singletons shared between the shell and every remote, so a remote uses the shell's React,
 * QueryClient, sdk client, i18n and Fluent theme. One version of each in the workspace.
 * Fluent UI is not listed: a shared package cannot be tree-shaken, and all of Fluent is ~340 kB
 * gzipped. It travels inside @pbc/ui (libs/ui/src/fluent.ts lists the parts the product uses;
 * lint forbids importing @fluentui elsewhere), split in two singletons: `@pbc/ui` holds what the
 * shell's first screen shows, `@pbc/ui/lists` the tables, dialogs, form fields and cards (see
 * `benefitHost` for how the shell keeps the second one off its first screen). react-router is not
 * listed either: only the shell routes; remotes navigate through the `navigate`/`basePath` host props.
 */
const sharedPackages = [
  'react',
  'react/jsx-runtime',
  'react/jsx-dev-runtime',
  'react-dom',
  'react-dom/client',
  '@tanstack/react-query',
  '@trpc/client',
  '@trpc/tanstack-react-query',
  'i18next',
  'react-i18next',
  '@pbc/sdk',
  '@pbc/sdk/react',
  '@pbc/module-kit',
  '@pbc/i18n',
  '@pbc/ui',
  '@pbc/ui/lists',
] as const;

export const federationShared = Object.fromEntries(
  sharedPackages.map((name) => [name, { singleton: true }]),
);

/**
 * A remote takes `@pbc/ui/lists` from the shell only (`import: false`: no copy of its own). The
 * shell provides it without loading it at start (see `benefitHost`), and the federation runtime
 * would otherwise pick the remote's own copy of equal version: ~70 kB more per remote, and Fluent's
 * contexts twice on the page. Not `singleton` here: the plugin treats a package with a singleton
 * subpath share as used by a peer and bundles the remote's own `@pbc/ui` into its startup chunk
 * (~70 kB); with one provider on the page the host's copy is the only one anyway.
 */
const remoteShared = { ...federationShared, '@pbc/ui/lists': { import: false as const } };

/**
 * Drops the federation runtime's snapshot support (mf-manifest.json remotes, preload, type hints,
 * devtools): remotes are plain `remoteEntry.js` URLs from `remotes.json`. With `disableRemote` on
 * the remotes, this takes ~1.4 kB gzipped off the shell's first screen and ~6 kB off each remote.
 */
const runtimeTrim = { disableSnapshot: true } as const;

/** Files worth compressing; images and fonts are compressed already. */
const compressible = /\.(?:js|mjs|css|html|json|svg|map|txt)$/;

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible file of the build (at the highest
 * levels: it happens once, at build time), which the server sends to browsers that accept them
 * (`preCompressed`, apps/server/src/static.ts) instead of compressing per request or not at all.
 */
export const precompressPlugin: Plugin = {
  name: 'pbc:precompress',
  apply: 'build',
  writeBundle(options) {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const file = path.join(dir, name);
        return statSync(file).isDirectory() ? walk(file) : [file];
      });
    for (const file of walk(options.dir!)) {
      if (!compressible.test(file)) continue;
      const content = readFileSync(file);
      writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      writeFileSync(
        `${file}.br`,
        brotliCompressSync(content, {
          params: {
            [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
            [zlib.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        }),
      );
    }
  },
};

/** Where each remote's dev server runs (the registry's ports), for the shell's dev manifest. */
const devOrigin = (port: number) => `http://localhost:${port}`;

/**
 * The manifest the shell reads in dev (`/remotes.dev.json`): every module of the registry, from
 * its own dev server, with hot reload.
 */
export function devRemoteManifest(): RemoteManifest {
  return {
    remotes: benefitModules.map(({ id, navLabel, devPort }) => ({
      name: federationNameOf(id),
      entry: `${devOrigin(devPort)}${remoteEntryOf(id)}`,
      route: id,
      navLabel,
      requiredRoles: [],
    })),
  };
}

/** The remotes' dev-server origins: the allow-list a server needs to serve `devRemoteManifest()`. */
export const devRemoteOrigins = benefitModules.map(({ devPort }) => devOrigin(devPort));

/** Serves `devRemoteManifest()` as `/remotes.dev.json` from the shell's dev server. */
const devManifestPlugin: Plugin = {
  name: 'pbc:remotes-dev-json',
  configureServer(server) {
    server.middlewares.use('/remotes.dev.json', (_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.setHeader('cache-control', 'no-store');
      response.end(JSON.stringify(devRemoteManifest()));
    });
  },
};

/** `vite --mode harness`: the remote alone in the dev harness, without federation (see `@pbc/module-kit/dev`). */
export const harnessMode = 'harness';

/**
 * Vite config of the remote of module `id` (its folder under apps/): exposes `./module`
 * (`src/module.tsx`) as `/remotes/<id>/remoteEntry.js`, under the federation name derived from the
 * id. In harness mode the page is a plain Vite app: a federated remote's shared modules wait for a
 * host to initialise them, and on its own page no host does.
 */
export function benefitRemote(id: BenefitModuleId): UserConfigFnObject {
  const { devPort: port } = benefitModules.find((module) => module.id === id)!;
  return ({ mode }) => ({
    base: remoteBaseOf(id),
    // msw's worker script for the dev harness: one copy for all remotes.
    publicDir: fileURLToPath(new URL('../public', import.meta.url)),
    plugins: [
      react(),
      mode === harnessMode
        ? []
        : federation({
            name: federationNameOf(id),
            filename: 'remoteEntry.js',
            exposes: { './module': './src/module.tsx' },
            shared: remoteShared,
            // Remote types come from the module contract in the repo, not from downloaded d.ts.
            dts: false,
            manifest: false,
            ...runtimeTrim,
            // A remote consumes no remotes of its own.
            disableRemote: true,
          }),
      precompressPlugin,
    ],
    server: { port, strictPort: true, cors: true, origin: devOrigin(port) },
    preview: { port, strictPort: true, cors: true },
    build: {
      target: 'esnext',
      outDir: 'dist',
      emptyOutDir: true,
      // The build is the federated module only: index.html, the dev harness and msw's worker stay in dev.
      copyPublicDir: false,
      rolldownOptions: { input: { module: 'src/module.tsx' } },
    },
  });
}

/** Vite config of the shell: a host with no build-time remotes (they come from `remotes.json`). */
export function benefitHost(): UserConfig {
  return {
    resolve: {
      // The federation plugin loads, when the host starts, every share the host's own code imports,
      // even from lazy pages. The shell's pages therefore import `@pbc/ui/lists` as a plain module
      // (the same module instance, so one copy of Fluent's contexts on the page); the host still
      // provides the share to remotes, built from the same file, and fetches it on first use.
      alias: { '@pbc/ui/lists': fileURLToPath(new URL('../../ui/src/lists.ts', import.meta.url)) },
    },
    plugins: [
      react(),
      devManifestPlugin,
      federation({
        name: 'shell',
        remotes: {},
        shared: federationShared,
        dts: false,
        manifest: false,
        ...runtimeTrim,
      }),
      precompressPlugin,
    ],
    server: { port: shellDevPort, strictPort: true },
    preview: { port: shellDevPort, strictPort: true },
    build: { target: 'esnext', outDir: 'dist', emptyOutDir: true },
  };
}
