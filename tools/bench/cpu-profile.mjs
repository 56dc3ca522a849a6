// Summarises a V8 CPU profile (`node --cpu-prof …`): self time per package (node_modules/<name>),
// per source folder of the repository, and the top functions. Not a test; it prints figures.
// Usage: node tools/bench/cpu-profile.mjs <file.cpuprofile> [--top 25]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' } },
});
const profile = JSON.parse(readFileSync(positionals[0], 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const dt = profile.timeDeltas[i] ?? 0;
  self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const groupOf = ({ callFrame: { url, functionName } }) => {
  if (!url) return `(${functionName || 'native'})`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return 'node core';
  const own = /\/(apps\/[^/]+\/src\/[^/]+|libs\/[^/]+|tools\/[^/]+)/.exec(url);
  return own ? own[1] : url;
};
const byGroup = new Map();
const byFunction = new Map();
for (const [id, us] of self) {
  const node = nodes.get(id);
  const group = groupOf(node);
  byGroup.set(group, (byGroup.get(group) ?? 0) + us);
  const fn = `${node.callFrame.functionName || '(anonymous)'} ${group}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
}
const print = (title, map) => {
  console.log(`${title} (self time, ${(total / 1e6).toFixed(1)} s sampled)`);
  for (const [name, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top)))
    console.log(`  ${((us / total) * 100).toFixed(1).padStart(5)} %  ${name}`);
};
print('By package or folder', byGroup);
print('Top functions', byFunction);
