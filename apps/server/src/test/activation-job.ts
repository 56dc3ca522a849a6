// The activation job (TECH-3) as the SIGKILL test runs it: a short lease so killed claims come
// back quickly, never given up, and a pause inside its transaction after the IDs are written.
import { sql } from 'drizzle-orm';
import { defineJob } from '../jobs/queue.js';
import { completeActivation } from '../modules/technical/technical.js';

export const slowActivation = defineJob({
  ...completeActivation,
  retry: { limit: 1000, delaySeconds: 1 },
  leaseSeconds: 1,
  handle: (job, deps) =>
    completeActivation.handle(
      {
        ...job,
        transaction: (work) =>
          job.transaction(async (tx) => {
            const result = await work(tx);
            // Long enough that most kills land here, between the IDs written and the commit.
            await tx.execute(sql`select pg_sleep(0.1 + random() * 0.2)`);
            return result;
          }),
      },
      deps,
    ),
});
