// The one place the server reads its environment.
import path from 'node:path';
import { z } from 'zod';
import { parseDuration } from './jobs/fulfilment.js';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** Unset and empty variables both mean "use the default". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
const absolutePath = z.string().transform((p) => path.resolve(p));
const commaSeparated = (list: string) =>
  list
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
const isOrigin = (text: string) => URL.canParse(text) && new URL(text).origin === text;

const Env = z.object({
  PORT: optional(z.coerce.number().int().min(0).max(65535)).default(3000),
  HOST: optional(z.string()).default('127.0.0.1'),
  /** Where the embedded PGlite database lives (`<DATA_DIR>/pglite`). */
  DATA_DIR: optional(absolutePath).default(path.join(repoRoot, '.data')),
  /** `postgres://…` selects PostgreSQL instead of the embedded PGlite. */
  DATABASE_URL: optional(
    z.string().regex(/^postgres(ql)?:\/\//, 'Use a postgres:// or postgresql:// URL'),
  ),
  /** Folder holding `apps/<project>/dist` builds: the shell and the remotes. */
  STATIC_ROOT: optional(absolutePath).default(repoRoot),
  /** The manifest served as /remotes.json; point it elsewhere to redeploy a remote without a rebuild. */
  REMOTES_MANIFEST: optional(absolutePath),
  /** Sign-out after this long without a request. */
  SESSION_IDLE_MINUTES: optional(z.coerce.number().int().min(1)).default(60),
  /** Sign-out this long after sign-in, however active. */
  SESSION_ABSOLUTE_HOURS: optional(z.coerce.number().int().min(1)).default(12),
  /** Behind a reverse proxy: trust X-Forwarded-Proto/-For for HTTPS and the client address. */
  TRUST_PROXY: optional(z.enum(['true', 'false', '1', '0'])).default('false'),
  /** Comma-separated origins, besides the server's own, whose browsers may send mutations. */
  ALLOWED_ORIGINS: optional(z.string()).default(''),
  /** Comma-separated origins, besides the server's own, that `remotes.json` entries may load from. */
  REMOTE_ORIGINS: optional(
    z
      .string()
      .transform((list) => commaSeparated(list))
      .refine(
        (origins) => origins.every(isOrigin),
        'Use origins such as https://cdn.example (scheme, host and port, no path)',
      ),
  ).default([]),
  /** Base64 of 32 random bytes: encrypts product keys at rest. Unset: `<DATA_DIR>/key-encryption.key`. */
  KEY_ENCRYPTION_KEY: optional(
    z
      .base64('Use base64, for example the output of `openssl rand -base64 32`')
      .transform((key) => Buffer.from(key, 'base64'))
      .refine((key) => key.length === 32, 'Use 32 bytes (44 base64 characters)'),
  ),
  /**
   * how long another party takes for work that "takes days" (reviewing a cancellation…),
   * as `30s`, `5m`, `2h` or `3d`: the default fulfilment completes each step after it.
   */
  FULFILMENT_DELAY: optional(
    z.string().transform((text, ctx) => {
      const ms = parseDuration(text);
      if (ms === null) {
        ctx.addIssue({ code: 'custom', message: 'Use a duration such as 30s, 5m, 2h or 3d' });
        return z.NEVER;
      }
      return ms;
    }),
  ).default(30_000),
  /** the mail server, `smtp://user:pass@host:587` or `smtps://…:465`; unset: mail stays in the outbox. */
  SMTP_URL: optional(
    z
      .string()
      .regex(
        /^smtps?:\/\//,
        'Use an smtp:// or smtps:// URL, for example smtp://user:pass@mail.example:587',
      ),
  ),
  /** the address people open the product at, for the links in its email; unset: http://HOST:PORT. */
  APP_URL: optional(
    z.string().refine(isOrigin, 'Use an origin such as https://benefits.example.com (no path)'),
  ),
  /** Browser tests only: `POST /__test/clock` moves the server's clock (refused in production). */
  PBC_TEST_CLOCK: optional(z.enum(['true', 'false', '1', '0'])).default('false'),
  NODE_ENV: optional(z.string()),
  LOG_LEVEL: optional(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  ).default('info'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  staticRoot: string;
  /** Unset: the module registry's manifest. */
  remotesManifest: string | undefined;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  trustProxy: boolean;
  allowedOrigins: string[];
  /** Origins `remotes.json` entries may load from besides the server's own. */
  remoteOrigins: string[];
  sessions: SessionSettings;
  /** Undefined: use the development key in the data folder. */
  keyEncryptionKey: Buffer | undefined;
  /** PBC_TEST_CLOCK: a clock that `POST /__test/clock` moves. */
  testClock: boolean;
  /** FULFILMENT_DELAY in milliseconds. */
  fulfilmentDelayMs: number;
  /** SMTP_URL; undefined: messages are kept in the outbox, unsent. */
  smtpUrl: string | undefined;
  /** APP_URL: where the links in email point. */
  appUrl: string;
}

export interface SessionSettings {
  idleMinutes: number;
  absoluteHours: number;
}

export const defaultSessionSettings: SessionSettings = { idleMinutes: 60, absoluteHours: 12 };

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success)
    throw new Error(`Invalid server configuration:\n${z.prettifyError(parsed.error)}`);
  const e = parsed.data;
  const testClock = e.PBC_TEST_CLOCK === 'true' || e.PBC_TEST_CLOCK === '1';
  if (testClock && e.NODE_ENV === 'production')
    throw new Error('Invalid server configuration: PBC_TEST_CLOCK is for tests, never production');
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    staticRoot: e.STATIC_ROOT,
    remotesManifest: e.REMOTES_MANIFEST,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY === 'true' || e.TRUST_PROXY === '1',
    allowedOrigins: commaSeparated(e.ALLOWED_ORIGINS),
    remoteOrigins: e.REMOTE_ORIGINS,
    sessions: { idleMinutes: e.SESSION_IDLE_MINUTES, absoluteHours: e.SESSION_ABSOLUTE_HOURS },
    keyEncryptionKey: e.KEY_ENCRYPTION_KEY,
    testClock,
    fulfilmentDelayMs: e.FULFILMENT_DELAY,
    smtpUrl: e.SMTP_URL,
    appUrl: e.APP_URL ?? `http://${e.HOST}:${e.PORT}`,
  };
}
