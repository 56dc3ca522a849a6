// The embedded database folder is held by one process: a second server on it would run a second
// PGlite over the same files, and each would lose the other's writes. Real processes hold it here
// (test/hold-data-dir.ts), killed as an operator or a crash would.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database.js';

const holderScript = path.join(import.meta.dirname, '../test/hold-data-dir.ts');

/** A child process holding `dir` open, once it says so. */
async function startHolder(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', holderScript, dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  for await (const chunk of child.stdout!) {
    output += String(chunk);
    if (output.includes('open')) return child;
  }
  throw new Error(`the holder exited before opening ${dir}: ${output}`);
}

describe('one process per PGlite folder', () => {
  let root: string;
  let dir: string;
  let lockFile: string;
  const children: ChildProcess[] = [];

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'pbc-lock-'));
    dir = path.join(root, 'pglite');
    lockFile = `${dir}.lock`;
  });
  afterEach(async () => {
    for (const child of children.splice(0))
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await once(child, 'exit');
      }
    rmSync(root, { recursive: true, force: true });
  });

  it('refuses a second open in this process, naming the process, since when and the folder; opens again once closed', async () => {
    const first = await openDatabase({ pgliteDir: dir });
    await expect(openDatabase({ pgliteDir: dir })).rejects.toThrow(
      new RegExp(
        `^The database folder ${dir} is in use by process ${process.pid} since \\d{4}-\\d\\d-\\d\\dT`,
      ),
    );
    await first.close();
    expect(existsSync(lockFile)).toBe(false);
    const again = await openDatabase({ pgliteDir: dir });
    await again.close();
  });

  it('refuses while another server process holds the folder; once that one is killed -9, its stale lock does not block the next start', async () => {
    const holder = await startHolder(dir);
    children.push(holder);
    await expect(openDatabase({ pgliteDir: dir })).rejects.toThrow(
      `The database folder ${dir} is in use by process ${holder.pid} since `,
    );
    holder.kill('SIGKILL');
    await once(holder, 'exit');
    expect(existsSync(lockFile)).toBe(true);
    const next = await openDatabase({ pgliteDir: dir });
    await next.close();
  });

  it('a clean shutdown (SIGTERM) releases the folder', async () => {
    const holder = await startHolder(dir);
    children.push(holder);
    expect(existsSync(lockFile)).toBe(true);
    holder.kill('SIGTERM');
    const [code] = await once(holder, 'exit');
    expect(code).toBe(0);
    expect(existsSync(lockFile)).toBe(false);
  });
});
