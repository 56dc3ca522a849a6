// PGlite is PostgreSQL inside this process, with no postmaster to keep a second one out: two
// servers on one folder each run their own database over the same files and lose writes. So the
// folder is held by one process through `<folder>.lock`, which names the holder. A lock whose
// process is gone (kill -9, a crash) is stale and taken over; a clean shutdown removes it.
import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface LockHolder {
  pid: number;
  host: string;
  /** When the holder took the lock (ISO 8601). */
  since: string;
}

export interface DataDirLock {
  /** The lock file, `<folder>.lock`. */
  file: string;
  release(): void;
}

/** Lock files this process holds: the same pid in a lock file is this process only if listed. */
const heldHere = new Set<string>();

/**
 * Takes the folder for this process, or throws naming the process that holds it. The lock file
 * appears complete or not at all (written aside, then hard-linked: `link` fails if it exists).
 */
export function lockDataDir(folder: string): DataDirLock {
  const dir = path.resolve(folder);
  const file = `${dir}.lock`;
  const holder: LockHolder = {
    pid: process.pid,
    host: os.hostname(),
    since: new Date().toISOString(),
  };
  for (;;) {
    if (create(file, holder)) {
      heldHere.add(file);
      return { file, release: () => release(file, holder) };
    }
    const found = read(file);
    if (found === null) continue; // removed meanwhile: try again
    if (found.holder && isRunning(found.holder, file))
      throw new Error(heldMessage(dir, file, found.holder));
    // Stale. Removed only while it is still the file judged, so a lock another starting server
    // just took over is left alone.
    if (read(file)?.text === found.text) unlinkSync(file);
  }
}

function create(file: string, holder: LockHolder): boolean {
  const aside = `${file}.${process.pid}.${Date.now()}`;
  writeFileSync(aside, `${JSON.stringify(holder)}\n`);
  try {
    linkSync(aside, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(aside);
  }
}

/** The lock file's text and holder (null holder: unreadable, so stale); null when there is none. */
function read(file: string): { text: string; holder: LockHolder | null } | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const holder = JSON.parse(text) as LockHolder;
    return { text, holder: Number.isInteger(holder.pid) ? holder : null };
  } catch {
    return { text, holder: null };
  }
}

function isRunning(holder: LockHolder, file: string): boolean {
  // Another machine's process (a shared folder) cannot be checked from here: assume it runs.
  if (holder.host !== os.hostname()) return true;
  // Our own pid is us only if we took the lock; otherwise an earlier process had the same pid
  // (a container restarted after kill -9).
  if (holder.pid === process.pid) return heldHere.has(file);
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

function heldMessage(dir: string, file: string, holder: LockHolder): string {
  const where = holder.host === os.hostname() ? '' : ` on host ${holder.host}`;
  return (
    `The database folder ${dir} is in use by process ${holder.pid}${where} since ${holder.since}: ` +
    'PGlite serves one process only. Stop that server, or set DATA_DIR to another folder' +
    (where ? ` (if that process no longer runs, delete ${file})` : '')
  );
}

function release(file: string, holder: LockHolder): void {
  if (!heldHere.delete(file)) return;
  // Only our own lock: never one a later process took over.
  const found = read(file);
  if (found?.holder?.pid === holder.pid && found.holder.since === holder.since) unlinkSync(file);
}
