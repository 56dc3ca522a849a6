// `npm start`: builds the shell and the five benefit modules where Nx has no up-to-date build,
// then runs the server, which serves the API, the builds and remotes.json on one port.
// Database: embedded PGlite under .data/ unless DATABASE_URL is set.
import { buildWebAppsArgs, nx, run } from './lib/run.mjs';

const built = await nx([...buildWebAppsArgs, '--outputStyle=dynamic-legacy']);
if (built !== 0) process.exit(built);

process.exit(await run(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts']));
