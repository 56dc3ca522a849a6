import { describe, expect, it } from 'vitest';
import { LocalizedText } from './common.js';
import { Role } from './membership.js';
import { RemoteManifestEntry, remoteManifestEntry } from './remotes.js';

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

  describe('entries load from the shell’s origin or an allowed one, over https outside localhost', () => {
    const entryOf = (entry: string, allowedOrigins: string[] = []) => {
      const result = remoteManifestEntry(allowedOrigins).safeParse({
        name: 'software',
        entry,
        route: 'software',
        navLabel: { 'en-US': 'Software', 'zh-CN': '软件' },
        requiredRoles: [],
      });
      return result.success ? 'ok' : result.error.issues.map((i) => [i.path.join('.'), i.message]);
    };

    it('takes a path on the shell’s origin', () => {
      expect(entryOf('/remotes/software/remoteEntry.js')).toBe('ok');
    });

    it('refuses script URLs, other origins in disguise and paths not from the root, at the entry field', () => {
      for (const entry of [
        'javascript:alert(1)',
        'data:text/javascript,alert(1)',
        '//evil.example/remoteEntry.js',
        '/\\evil.example/remoteEntry.js',
        'remotes/software/remoteEntry.js',
        'https://evil.example/remoteEntry.js',
      ])
        expect(entryOf(entry), entry).toEqual([['entry', expect.any(String)]]);
      expect(entryOf('https://evil.example/remoteEntry.js')).toEqual([
        ['entry', 'https://evil.example is not an allowed origin for remotes (REMOTE_ORIGINS)'],
      ]);
    });

    it('takes an allowed origin over https, and over plain http on localhost only', () => {
      const cdn = 'https://cdn.example';
      expect(entryOf('https://cdn.example/software/v2/remoteEntry.js', [cdn])).toBe('ok');
      expect(entryOf('https://cdn.example:8443/remoteEntry.js', [cdn])).not.toBe('ok');
      expect(entryOf('http://cdn.example/remoteEntry.js', ['http://cdn.example'])).toEqual([
        ['entry', 'Use https for cdn.example: plain http is for localhost only'],
      ]);
      const dev = 'http://localhost:4201';
      expect(entryOf('http://localhost:4201/remotes/software/remoteEntry.js', [dev])).toBe('ok');
      expect(entryOf('http://localhost:4201/remotes/software/remoteEntry.js')).not.toBe('ok');
    });
  });
});
