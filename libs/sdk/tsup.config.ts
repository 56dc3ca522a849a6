// The published package: ESM JavaScript and one bundled declaration file per entry. The router's
// types (`@pbc/server`) and the contract's are inlined from build/types.d.ts (tools/router-types.mjs),
// so an installer needs none of this workspace; `@trpc/*` stay dependencies, React and TanStack Query peers of `./react` only.
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', react: 'src/react.tsx' },
  format: ['esm'],
  target: 'node20',
  outDir: 'dist',
  clean: true,
  sourcemap: false,
  // Workspace packages are bundled (their code and, below, their types); the rest stays external.
  noExternal: [/^@pbc\//],
  external: [
    '@trpc/client',
    '@trpc/server',
    '@trpc/tanstack-react-query',
    '@tanstack/react-query',
    'react',
  ],
  dts: {
    resolve: [/^@pbc\//],
    // The router's and the contract's types written out by tools/router-types.mjs.
    compilerOptions: {
      paths: { '@pbc/server': ['./build/types.d.ts'], '@pbc/contract': ['./build/types.d.ts'] },
    },
  },
});
