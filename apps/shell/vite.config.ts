import { benefitHost } from '@pbc/module-kit/vite';
import { defineConfig, mergeConfig } from 'vite';

// The server's port: `PORT`, as the server itself reads it (apps/server/src/config.ts), so
// `PORT=… npm run dev` moves both.
const api = `http://127.0.0.1:${process.env.PORT ?? 3000}`;

export default defineConfig(
  mergeConfig(benefitHost(), {
    // In dev the shell reads public/remotes.dev.json (remote dev servers) and proxies the API.
    server: { proxy: { '/trpc': api, '/healthz': api } },
  }),
);
