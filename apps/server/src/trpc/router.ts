import { auditRouter } from '../routers/audit.js';
import { authRouter } from '../routers/auth.js';
import { azureRouter } from '../routers/azure.js';
import { directoryRouter } from '../routers/directory.js';
import { gtmRouter } from '../routers/gtm.js';
import { membershipRouter } from '../routers/membership.js';
import { softwareRouter } from '../routers/software.js';
import { technicalRouter } from '../routers/technical.js';
import { visualStudioRouter } from '../routers/visual-studio.js';
import { createCallerFactory, router } from './init.js';

export const appRouter = router({
  auth: authRouter,
  directory: directoryRouter,
  audit: auditRouter,
  membership: membershipRouter,
  software: softwareRouter,
  visualStudio: visualStudioRouter,
  azure: azureRouter,
  technical: technicalRouter,
  gtm: gtmRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process (tests, scripts): `createCaller(createContextInner({ db, clock, session }))`. */
export const createCaller = createCallerFactory(appRouter);
