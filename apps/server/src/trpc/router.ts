import { serverModules } from '../modules/registry.js';
import { createCallerFactory, router } from './init.js';

type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (
  k: infer I,
) => void
  ? I
  : never;

/** Every module's routers under their keys (`auth`, `visualStudio`, …), typed from the registry. */
type ModuleRouters = UnionToIntersection<(typeof serverModules)[number]['routers']>;

export const appRouter = router(
  Object.assign({}, ...serverModules.map((module) => module.routers)) as ModuleRouters,
);

export type AppRouter = typeof appRouter;

/** Calls procedures in-process (tests, scripts): `createCaller(createContextInner({ db, clock, session }))`. */
export const createCaller = createCallerFactory(appRouter);
