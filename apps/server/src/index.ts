// The server's public surface for other projects: types only (the sdk imports `AppRouter` with `import type`).
export type { AppRouter } from './trpc/router.js';
export type { Session } from './trpc/context.js';
