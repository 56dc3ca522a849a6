import { auditRouter } from '../modules/audit/router.js';
import { authRouter } from '../modules/identity/auth-router.js';
import { azureRouter } from '../modules/azure-cloud/router.js';
import { directoryRouter } from '../modules/identity/directory-router.js';
import { gtmRouter } from '../modules/gtm/router.js';
import { membershipRouter } from '../modules/membership/router.js';
import { softwareRouter } from '../modules/software/router.js';
import { technicalRouter } from '../modules/technical/router.js';
import { visualStudioRouter } from '../modules/visual-studio/router.js';
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
