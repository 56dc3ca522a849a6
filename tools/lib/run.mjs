// Small process helpers shared by the workspace scripts.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benefitModules } from '../../libs/contract/src/module-registry.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Runs a command with inherited stdio; resolves with its exit code (never rejects on failure). */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Like `run`, but collects stdout and stderr (interleaved) instead of printing them. */
export function runCaptured(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: repoRoot,
      ...options,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

/** The environment `nx` runs in: no daemon (CI and 2-core machines do better without it), no cloud. */
export function nxEnv(env = {}) {
  return { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', ...process.env, ...env };
}

/** `nx` from the workspace, in `nxEnv`. */
export function nx(args, options = {}) {
  return run('npx', ['nx', ...args], { ...options, env: nxEnv(options.env) });
}

/** The benefit modules' folders under apps/ (their ids), which the server serves at /remotes/<id>/. */
export const remoteDirs = benefitModules.map((module) => module.id);
export const webApps = ['shell', ...remoteDirs];

/** The build `npm start` and `npm run e2e` run first: every web app and the server bundle. */
export const buildSystemArgs = ['run-many', '-t', 'build', '-p', ...webApps, 'server'];

/** How `npm start` and the e2e suite run the built server (apps/server/tools/bundle.mjs). */
export const serverCommand = [process.execPath, 'apps/server/dist/main.mjs'];
