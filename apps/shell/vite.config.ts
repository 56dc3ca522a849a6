import { benefitHost } from '@pbc/module-kit/vite';
import { defineConfig, mergeConfig } from 'vite';

// The server's port: `PORT`, as the server itself reads it (apps/server/src/config.ts), so
// `PORT=… npm run dev` moves both.
// The Host header is kept (a string target would rewrite it to the server's), so the server sees
// the page's own origin and its cross-site check lets the page's mutations through.
const api = { target: `http://127.0.0.1:${process.env.PORT ?? 3000}`, changeOrigin: false };

export default defineConfig(
  mergeConfig(benefitHost(), {
    // In dev the shell reads /remotes.dev.json (the remotes' dev servers, module-kit) and proxies the API.
    server: { proxy: { '/trpc': api, '/healthz': api } },
  }),
);
