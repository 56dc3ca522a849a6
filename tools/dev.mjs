// `npm run dev`: the server (restarts on change), the shell and the five remotes as Vite dev
// servers with hot reload. The shell's dev server proxies /trpc to the server and reads
// remotes from their dev servers.
import { nx, webApps } from './lib/run.mjs';

process.exit(
  await nx(['run-many', '-t', 'dev', '-p', 'server', ...webApps, `--parallel=${webApps.length + 1}`, '--outputStyle=stream']),
);
