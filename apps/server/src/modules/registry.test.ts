// The module registry holds together: the contract's benefit modules each have a server module
// and a remote, and no two modules mount a router under the same key.
import { benefitModules, routerKeyOf } from '@pbc/contract';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appRouter } from '../trpc/router.js';
import { serverModules } from './registry.js';

const apps = path.resolve(import.meta.dirname, '../../..');

describe('module registry', () => {
  it('every router key is mounted by one module only', () => {
    const keys = serverModules.flatMap((module) => Object.keys(module.routers));
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(appRouter._def.record).sort()).toEqual([...keys].sort());
  });

  it('every benefit module of the contract has its server module, router and remote folder', () => {
    for (const { id } of benefitModules) {
      const module = serverModules.find((m) => m.id === id);
      expect(module, id).toBeDefined();
      expect(Object.keys(module!.routers), id).toContain(routerKeyOf(id));
      expect(existsSync(path.join(apps, id, 'vite.config.ts')), id).toBe(true);
    }
  });
});
