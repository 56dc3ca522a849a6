// Builds the package other teams install: dist/ holds the JavaScript, the bundled declarations,
// README, CHANGELOG and a package.json whose `exports` name the built files (the workspace's own
// package.json points at src/, which the apps build from). `npm pack libs/sdk/dist` packs it.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const sdk = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const run = (command, args) => execFileSync(command, args, { cwd: sdk, stdio: 'inherit' });

run(process.execPath, [path.join(sdk, 'tools/router-types.mjs')]);
run(process.execPath, [path.join(sdk, '../../node_modules/tsup/dist/cli-default.js')]);

const manifest = JSON.parse(readFileSync(path.join(sdk, 'package.json'), 'utf8'));
const published = {
  ...manifest,
  exports: {
    '.': { types: './index.d.ts', default: './index.js' },
    './react': { types: './react.d.ts', default: './react.js' },
    './package.json': './package.json',
  },
  types: './index.d.ts',
  files: ['*.js', '*.d.ts', 'README.md', 'CHANGELOG.md'],
  sideEffects: false,
};
delete published.scripts;
delete published.nx;
writeFileSync(path.join(sdk, 'dist/package.json'), `${JSON.stringify(published, null, 2)}\n`);
for (const file of ['README.md', 'CHANGELOG.md'])
  copyFileSync(path.join(sdk, file), path.join(sdk, 'dist', file));
console.log(
  `@pbc/sdk ${manifest.version} built in ${path.relative(process.cwd(), path.join(sdk, 'dist'))}`,
);
