import { benefitHost } from '@pbc/module-kit/vite';
import { defineConfig, mergeConfig } from 'vite';

const api = 'http://127.0.0.1:3000';

export default defineConfig(
  mergeConfig(benefitHost(), {
    // In dev the shell reads public/remotes.dev.json (remote dev servers) and proxies the API.
    server: { proxy: { '/trpc': api, '/healthz': api } },
  }),
);
