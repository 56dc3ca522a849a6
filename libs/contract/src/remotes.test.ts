import { describe, expect, it } from 'vitest';
import { LocalizedText } from './common.js';
import { Role } from './membership.js';
import { RemoteManifestEntry } from './remotes.js';

describe('remote manifest (zod/mini)', () => {
  it('takes the same roles and locales as the rest of the contract', () => {
    const entry = {
      name: 'software',
      entry: '/remotes/software/remoteEntry.js',
      route: 'software',
    };
    const navLabel = Object.fromEntries(
      Object.keys(LocalizedText.shape).map((locale) => [locale, locale]),
    );
    expect(
      RemoteManifestEntry.safeParse({ ...entry, navLabel, requiredRoles: Role.options }).success,
    ).toBe(true);
    expect(
      RemoteManifestEntry.safeParse({ ...entry, navLabel, requiredRoles: ['someone_else'] })
        .success,
    ).toBe(false);
    expect(Object.keys(RemoteManifestEntry.shape.navLabel.shape)).toEqual(
      Object.keys(LocalizedText.shape),
    );
  });
});
