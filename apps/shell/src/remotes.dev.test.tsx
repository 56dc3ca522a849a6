// @vitest-environment node
// `npm run dev` loads the remotes from their dev servers through /remotes.dev.json, which the
// shell's dev server builds from the module registry: a manifest whose entries are valid with the
// dev servers' origins as REMOTE_ORIGINS, and only with them.
import { benefitModules, remoteManifest } from '@pbc/contract';
import { devRemoteManifest, devRemoteOrigins } from '@pbc/module-kit/vite';
import { expect, it } from 'vitest';

it('the dev manifest lists every module of the registry, valid with the remotes’ dev-server origins allowed, and only with them', () => {
  const manifest = devRemoteManifest();
  expect(manifest.remotes.map((r) => r.route)).toEqual(benefitModules.map((m) => m.id));
  expect(manifest.remotes[1]).toMatchObject({
    name: 'azure_cloud',
    entry: 'http://localhost:4202/remotes/azure-cloud/remoteEntry.js',
  });
  expect(remoteManifest(devRemoteOrigins).safeParse(manifest).error).toBeUndefined();
  expect(remoteManifest().safeParse(manifest).success).toBe(false);
});
