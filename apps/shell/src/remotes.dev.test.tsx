// @vitest-environment node
// `npm run dev` loads the remotes from their dev servers through public/remotes.dev.json: a
// manifest whose entries are valid with the dev servers' origins as REMOTE_ORIGINS.
import { remoteManifest } from '@pbc/contract';
import { devPorts } from '@pbc/module-kit/vite';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

it('the dev manifest is valid with the remotes’ dev-server origins allowed, and only with them', () => {
  const manifest: unknown = JSON.parse(
    readFileSync(path.join(import.meta.dirname, '../public/remotes.dev.json'), 'utf8'),
  );
  const devOrigins = Object.values(devPorts).map((port) => `http://localhost:${port}`);
  expect(remoteManifest(devOrigins).safeParse(manifest).error).toBeUndefined();
  expect(remoteManifest().safeParse(manifest).success).toBe(false);
});
