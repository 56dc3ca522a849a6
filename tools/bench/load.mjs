// Runs tools/bench/load-client.mjs in another process, so the load's CPU is not the server's:
// GET `url` with `cookie` from `connections` clients for `seconds`; resolves with its figures.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const loadClient = new URL('./load-client.mjs', import.meta.url).pathname;

export async function loadFromOtherProcess(url, cookie, connections, seconds) {
  const { stdout } = await promisify(execFile)(process.execPath, [
    loadClient,
    url,
    cookie,
    String(connections),
    String(seconds),
  ]);
  return JSON.parse(stdout);
}
