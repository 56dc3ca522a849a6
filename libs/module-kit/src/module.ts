import type { Locale } from '@pbc/contract';
import type { ComponentType } from 'react';

/** What the host hands a module's page; the QueryClient, sdk client and i18n come through shared singletons. */
export interface BenefitModuleProps {
  locale: Locale;
  /** Where the module is mounted, for example `/benefits/software`. */
  basePath: string;
  /** Host navigation (react-router in the shell); paths are absolute. */
  navigate: (to: string) => void;
}

/** What every remote exposes as `./module` (its default export). */
export interface BenefitModule {
  /** Stable id, equal to the remote's route segment. */
  id: string;
  Page: ComponentType<BenefitModuleProps>;
}

export function defineBenefitModule(module: BenefitModule): BenefitModule {
  return module;
}

/** Checks what a remote's `./module` actually exported, so a broken deploy fails loudly and contained. */
export function toBenefitModule(exports: unknown): BenefitModule {
  const candidate = (exports as { default?: unknown } | null)?.default;
  const module = candidate as Partial<BenefitModule> | undefined;
  if (!module || typeof module.id !== 'string' || typeof module.Page !== 'function') {
    throw new Error('The remote does not export a BenefitModule as its default export.');
  }
  return module as BenefitModule;
}
