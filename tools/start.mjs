// `npm start`: builds the shell, the five benefit modules and the server where Nx has no
// up-to-date build, then runs the server, which serves the API, the builds and remotes.json on
// one port.
// Database: embedded PGlite under .data/ unless DATABASE_URL is set.
import { buildSystemArgs, nx, run, serverCommand } from './lib/run.mjs';

const built = await nx([...buildSystemArgs, '--outputStyle=dynamic-legacy']);
if (built !== 0) process.exit(built);

const [node, ...args] = serverCommand;
process.exit(await run(node, args));
