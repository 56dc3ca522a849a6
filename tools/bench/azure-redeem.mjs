// Prints p50/p99 latencies of product-key redemption (issue 6; not a test: it asserts nothing):
//   - azureCloud.previewRedemption of a seeded key onto Office 365 E3 (reads only)
//   - azureCloud.redeemKey of fresh keys onto the same subscription (the conditional update, the seat
//     change, the audit event and the idempotency record, one transaction each)
//   - azureCloud.listRedemptions (the first 100 of the company's redemptions with their undo state)
//   - azureCloud.undoRedemption of those redemptions, newest first (AZ-11: the two row locks, the
//     revert, the replacement key, the audit event and the idempotency record)
// In process through the tRPC caller (no HTTP, no sign-in), on a fresh seeded PGlite in memory,
// and on a throwaway PostgreSQL database too when DATABASE_URL is set.
// Usage: node tools/bench/azure-redeem.mjs [--n 200]
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The server is TypeScript: run again under tsx when started with plain node.
if (!process.execArgv.some((arg) => arg.includes('tsx'))) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  child.on('exit', (code) => process.exit(code ?? 1));
} else {
  await bench();
}

async function bench() {
  const server = '../../apps/server/src';
  const { testDatabases } = await import(`${server}/test/databases.ts`);
  const { sessionOf } = await import(`${server}/test/sessions.ts`);
  const { seed } = await import(`${server}/db/seed.ts`);
  const { CONTOSO_ID, demoBenefits, demoProductKeys, demoUsers } = await import(
    `${server}/db/seed-ids.ts`
  );
  const schema = await import(`${server}/modules/azure-cloud/schema.ts`);
  const { productKeyHash } = await import(`${server}/modules/azure-cloud/product-keys.ts`);
  const { createContextInner } = await import(`${server}/trpc/context.ts`);
  const { createCaller } = await import(`${server}/trpc/router.ts`);

  const flag = process.argv.indexOf('--n');
  const n = flag > 0 ? Number(process.argv[flag + 1]) : 200;
  const office = demoBenefits.licenses.office;
  const percentile = (sorted, p) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  const ms = (value) => `${value.toFixed(2)} ms`;

  async function timeEach(count, call) {
    const times = [];
    for (let i = 0; i < count; i++) {
      const started = performance.now();
      await call(i);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return `p50 ${ms(percentile(times, 0.5))}, p99 ${ms(percentile(times, 0.99))} (n=${count})`;
  }

  for (const { kind, open } of testDatabases()) {
    const { database, dispose } = await open();
    try {
      await seed(database.db);
      const session = await sessionOf(database.db, demoUsers.globalAdmin.id);
      // Fresh 1-seat Office keys, stored like the seeded ones (by hash).
      const freshKey = (i) => `BENCH${String(i).padStart(20, '0')}`;
      const keyIds = await database.db
        .insert(schema.productKeys)
        .values(
          Array.from({ length: n }, (_, i) => ({
            companyId: CONTOSO_ID,
            keyHash: productKeyHash(freshKey(i)),
            lastCharacters: freshKey(i).slice(-5),
            product: 'Office 365 E3',
            seats: 1,
            offerType: 'gold',
            benefitType: 'core',
            expiresOn: '2027-07-01',
          })),
        )
        .returning({ id: schema.productKeys.id });
      const caller = (idempotencyKey = null) =>
        createCaller(createContextInner({ db: database.db, session, request: { idempotencyKey } }));
      const target = { subscriptionId: office, mode: 'add_seats' };
      // Warm-up: the first calls compile queries and fill the connection pool.
      for (let i = 0; i < 10; i++)
        await caller().azureCloud.previewRedemption({ key: demoProductKeys.office100, ...target });

      const preview = await timeEach(n, () =>
        caller().azureCloud.previewRedemption({ key: demoProductKeys.office100, ...target }),
      );
      const redeem = await timeEach(n, (i) =>
        caller(`bench-${i}`).azureCloud.redeemKey({
          key: freshKey(i),
          ...target,
          tenantId: CONTOSO_ID,
        }),
      );
      const list = await timeEach(n, () => caller().azureCloud.listRedemptions({}));
      // Each undo brings the subscription back to what the one redeemed before it left.
      const undo = await timeEach(n, (i) =>
        caller(`bench-undo-${i}`).azureCloud.undoRedemption({ keyId: keyIds[n - 1 - i].id }),
      );
      console.log(`${kind}: azureCloud.previewRedemption ${preview}`);
      console.log(`${kind}: azureCloud.redeemKey (fresh keys) ${redeem}`);
      console.log(`${kind}: azureCloud.listRedemptions ${list}`);
      console.log(`${kind}: azureCloud.undoRedemption (newest first) ${undo}`);
    } finally {
      await dispose();
    }
  }
}
