import { defineConfig } from 'drizzle-kit';

// Paths are relative to the repository root, where `npm run db:generate` runs drizzle-kit. Each
// module keeps its tables in its folder; the platform's and the shared columns' live in db/.
export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './apps/server/src/db/columns.ts',
    './apps/server/src/db/platform-schema.ts',
    './apps/server/src/modules/*/schema.ts',
  ],
  out: './apps/server/drizzle',
});
