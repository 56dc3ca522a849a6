// Small process helpers shared by the workspace scripts.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Runs a command with inherited stdio; resolves with its exit code (never rejects on failure). */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** `nx` from the workspace, without the daemon (CI and 2-core machines do better without it). */
export function nx(args, options = {}) {
  return run('npx', ['nx', ...args], {
    ...options,
    env: { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', ...process.env, ...options.env },
  });
}

/** The five benefit modules; their folders under apps/ are what the server serves at /remotes/<dir>/. */
export const remoteDirs = ['software', 'azure-cloud', 'visual-studio', 'technical', 'gtm'];
export const webApps = ['shell', ...remoteDirs];
