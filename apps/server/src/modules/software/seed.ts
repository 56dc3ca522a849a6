// Demo history of the Software tab: the seeded packages provision the products, their keys and
// files (MEM-8); Contoso's Gold MAK keys have been activated on some machines since July, Visio's
// on all of them (SW-4: no more activations are granted), Fabrikam's Office once.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { demoPackages } from '../../db/seed-ids.js';
import { grantRowId } from '../../shared/derived-id.js';
import type { SeedContext } from '../define.js';
import { softwareKeyId } from './benefits.js';
import { softwareKeys } from './schema.js';

/** Package, product (its catalog key), activations used of its MAK key. */
const activations = [
  [demoPackages.contosoGold, 'windowsServerDatacenter', 3],
  [demoPackages.contosoGold, 'office', 42],
  [demoPackages.contosoGold, 'visio', 50],
  [demoPackages.contosoGold, 'project', 7],
  [demoPackages.contosoGold, 'windowsEnterprise', 18],
  [demoPackages.fabrikamActionPack, 'office', 1],
] as const;

export async function seedSoftware(tx: Db, { provisioned }: SeedContext): Promise<number> {
  let changed = 0;
  for (const [packageId, product, used] of activations) {
    if (!provisioned.has(packageId)) continue;
    // The MAK key is each product's first.
    const keyId = softwareKeyId(grantRowId(packageId, product), 0);
    const rows = await tx
      .update(softwareKeys)
      .set({ activationsUsed: used })
      .where(and(eq(softwareKeys.id, keyId), eq(softwareKeys.kind, 'mak')))
      .returning({ id: softwareKeys.id });
    changed += rows.length;
  }
  return changed;
}
