// A server's database in a child process, for the data-folder lock tests: opens the PGlite folder
// given as argv[2], prints "open" and holds it until SIGTERM (a clean shutdown) or SIGKILL.
import { openDatabase } from '../db/database.js';

const database = await openDatabase({ pgliteDir: process.argv[2] });
process.once('SIGTERM', () => void database.close().then(() => process.exit(0)));
console.log('open');
setInterval(() => {}, 60_000);
