// The job durability.test.ts kills workers in the middle of: its effect is a counter per key,
// written in the job's transaction, which then waits a little so a kill lands inside it.
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/database.js';
import { defineJob } from '../jobs/queue.js';

export const durabilityEffects = sql.identifier('job_durability_effects');

export async function createDurabilityTable(db: Db): Promise<void> {
  await db.execute(
    sql`create table if not exists ${durabilityEffects} (key text primary key, runs integer not null)`,
  );
}

export const slowEffect = defineJob({
  name: 'test.slowEffect',
  data: z.object({ key: z.string() }),
  // Killed workers count as failed attempts once their lease runs out: never give up here.
  retry: { limit: 1000, delaySeconds: 1 },
  leaseSeconds: 1,
  async handle(job) {
    await job.transaction(async (tx) => {
      await tx.execute(
        sql`insert into ${durabilityEffects} (key, runs) values (${job.data.key}, 1)
            on conflict (key) do update set runs = ${durabilityEffects}.runs + 1`,
      );
      await tx.execute(sql`select pg_sleep(${0.01 + Math.random() * 0.03})`);
    });
  },
});
