import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

describe('loadConfig', () => {
  it('defaults to PGlite under <repo>/.data, port 3000 on 127.0.0.1 and the repo as static root', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: path.join(repoRoot, '.data'),
      databaseUrl: undefined,
      staticRoot: repoRoot,
      remotesManifest: undefined,
      logLevel: 'info',
      trustProxy: false,
      allowedOrigins: [],
      remoteOrigins: [],
      sessions: { idleMinutes: 60, absoluteHours: 12 },
      keyEncryptionKey: undefined,
      testClock: false,
      fulfilmentDelayMs: 30_000,
      appUrl: 'http://127.0.0.1:3000',
    });
  });

  it('PBC_TEST_CLOCK turns on the movable clock, and is refused in production', () => {
    expect(loadConfig({ PBC_TEST_CLOCK: '1' }).testClock).toBe(true);
    expect(() => loadConfig({ PBC_TEST_CLOCK: '1', NODE_ENV: 'production' })).toThrow(
      /PBC_TEST_CLOCK is for tests, never production/,
    );
    expect(loadConfig({ NODE_ENV: 'production' }).testClock).toBe(false);
  });

  it('reads every variable and resolves relative paths', () => {
    const config = loadConfig({
      PORT: '3999',
      HOST: '0.0.0.0',
      DATA_DIR: 'tmp/data',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
      STATIC_ROOT: '/srv/pbc',
      REMOTES_MANIFEST: '/etc/pbc/remotes.json',
      LOG_LEVEL: 'warn',
      SESSION_IDLE_MINUTES: '30',
      SESSION_ABSOLUTE_HOURS: '8',
      TRUST_PROXY: 'true',
      ALLOWED_ORIGINS: 'https://a.example, https://b.example',
      REMOTE_ORIGINS: 'https://cdn.example, http://localhost:4201',
      KEY_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
      FULFILMENT_DELAY: '3d',
      APP_URL: 'https://benefits.example.com',
    });
    expect(config).toEqual({
      port: 3999,
      host: '0.0.0.0',
      dataDir: path.resolve('tmp/data'),
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/test',
      staticRoot: '/srv/pbc',
      remotesManifest: '/etc/pbc/remotes.json',
      logLevel: 'warn',
      trustProxy: true,
      allowedOrigins: ['https://a.example', 'https://b.example'],
      remoteOrigins: ['https://cdn.example', 'http://localhost:4201'],
      sessions: { idleMinutes: 30, absoluteHours: 8 },
      keyEncryptionKey: Buffer.alloc(32, 7),
      testClock: false,
      fulfilmentDelayMs: 3 * 86_400_000,
      appUrl: 'https://benefits.example.com',
    });
  });

  it('X-5 APP_URL is where email links point: an origin, no path', () => {
    expect(loadConfig({ PORT: '4000' }).appUrl).toBe('http://127.0.0.1:4000');
    expect(() => loadConfig({ APP_URL: 'https://benefits.example.com/app' })).toThrow(/APP_URL/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
    });
  });

  it('X-5 SMTP_URL names the mail server; unset, mail stays in the outbox', () => {
    expect(loadConfig({}).smtpUrl).toBeUndefined();
    expect(loadConfig({ SMTP_URL: 'smtps://user:secret@mail.example:465' }).smtpUrl).toBe(
      'smtps://user:secret@mail.example:465',
    );
    expect(() => loadConfig({ SMTP_URL: 'mail.example:25' })).toThrow(/smtp:\/\/[\s\S]*SMTP_URL/);
  });

  it('refuses bad values with a message naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/Invalid server configuration[\s\S]*PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => loadConfig({ FULFILMENT_DELAY: 'soon' })).toThrow(
      /duration such as 30s[\s\S]*FULFILMENT_DELAY/,
    );
    for (const notAnOrigin of [
      'cdn.example',
      'https://cdn.example/',
      'https://cdn.example/remotes',
    ])
      expect(() => loadConfig({ REMOTE_ORIGINS: notAnOrigin })).toThrow(/REMOTE_ORIGINS/);
    expect(() => loadConfig({ KEY_ENCRYPTION_KEY: 'not base64!' })).toThrow(/KEY_ENCRYPTION_KEY/);
    expect(() => loadConfig({ KEY_ENCRYPTION_KEY: Buffer.alloc(16).toString('base64') })).toThrow(
      /32 bytes[\s\S]*KEY_ENCRYPTION_KEY/,
    );
  });
});
