// The load generator of the benchmarks, in its own process so the server's CPU time is its own:
// `connections` clients call GET `url` (with `cookie`) back to back for `seconds`; prints JSON
// {requests, rate, p50, p99} (latencies in ms) on stdout. Usage:
// node tools/bench/load-client.mjs <url> <cookie> <connections> <seconds>
import http from 'node:http';
import { percentile } from './percentile.mjs';

const [url, cookie, connections, seconds] = process.argv.slice(2);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(connections) });
/** One GET on a kept-alive connection; resolves with the status once the body is read. */
const get = () =>
  new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers: { cookie } }, (res) => {
        res.on('data', () => {});
        res.on('end', () => resolve(res.statusCode));
        res.on('error', reject);
      })
      .on('error', reject);
  });
const times = [];
let failures = 0;
const until = performance.now() + Number(seconds) * 1000;
await Promise.all(
  Array.from({ length: Number(connections) }, async () => {
    while (performance.now() < until) {
      const started = performance.now();
      if ((await get()) !== 200) failures++;
      times.push(performance.now() - started);
    }
  }),
);
agent.destroy();
times.sort((a, b) => a - b);
const at = (p) => percentile(times, p);
console.log(
  JSON.stringify({
    requests: times.length,
    failures,
    rate: times.length / Number(seconds),
    p50: at(50),
    p99: at(99),
  }),
);
