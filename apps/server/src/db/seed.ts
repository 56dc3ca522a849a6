// The demo data: every module's seed (its folder's seed.ts), in registry order, in one
// transaction. Idempotent: fixed ids and ON CONFLICT DO NOTHING, so a second run inserts nothing.
import { serverModules } from '../modules/registry.js';
import { hashPassword } from '../modules/identity/passwords.js';
import { processKeyCipher, type KeyCipher } from '../modules/software/key-cipher.js';
import type { Db } from './database.js';
import { DEMO_PASSWORD } from './seed-ids.js';

/**
 * Inserts the demo data that is missing; answers how many rows it wrote (0 on a second run).
 * `cipher` encrypts the demo product keys: the server's own (main.ts), else the process's test key.
 */
export async function seed(
  db: Db,
  now = new Date(),
  cipher: KeyCipher = processKeyCipher(),
): Promise<number> {
  const context = {
    now,
    passwordHash: await hashPassword(DEMO_PASSWORD),
    keyCipher: cipher,
    provisioned: new Set<string>(),
  };
  return db.transaction(async (tx) => {
    let inserted = 0;
    for (const module of serverModules) inserted += (await module.seed?.(tx, context)) ?? 0;
    return inserted;
  });
}
