import type { FastifyInstance } from 'fastify';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { registryManifest } from './remotes.js';
import type { Db } from './db/database.js';
import { DEMO_PASSWORD, demoUsers } from './db/seed-ids.js';
import { openSeededPglite } from './test/databases.js';

/** A static root with fake builds: the shell and the software remote; the other remotes are not built. */
function fakeStaticRoot(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'pbc-static-'));
  const write = (file: string, content: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  };
  write('apps/shell/dist/index.html', '<!doctype html><title>shell</title>');
  write('apps/shell/dist/assets/index-abc123.js', 'console.log("shell")');
  write('apps/software/dist/remoteEntry.js', 'export const get = () => {};');
  write('apps/software/dist/assets/chunk-def456.js', 'export const chunk = 1;');
  // What the build's precompress step writes beside a file (stand-ins, not real encodings).
  write('apps/shell/dist/assets/index-abc123.js.br', 'brotli bytes');
  write('apps/shell/dist/assets/index-abc123.js.gz', 'gzip bytes');
  write('apps/shell/src/secret.ts', 'not served');
  return root;
}

describe('HTTP app', () => {
  let app: FastifyInstance;
  let dispose: () => Promise<void>;
  let staticRoot: string;
  let cookie = '';

  beforeAll(async () => {
    const opened = await openSeededPglite();
    dispose = opened.dispose;
    staticRoot = fakeStaticRoot();
    app = await buildApp({
      db: opened.database.db,
      staticRoot,
      logLevel: 'silent',
    });
    const signIn = await app.inject({
      method: 'POST',
      url: '/trpc/auth.signIn',
      payload: { email: demoUsers.globalAdmin.email, password: DEMO_PASSWORD },
    });
    cookie = signIn.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  });
  afterAll(async () => {
    await app.close();
    await dispose();
    rmSync(staticRoot, { recursive: true, force: true });
  });

  const get = (url: string, accept = 'application/json') =>
    app.inject({ method: 'GET', url, headers: { accept, cookie } });

  describe('health and headers', () => {
    it('GET /healthz answers ok when the database answers', async () => {
      const res = await get('/healthz');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ status: 'ok' });
    });

    it('GET /healthz answers 503 when the database does not', async () => {
      const broken = {
        execute: () => Promise.reject(new Error('connection refused')),
      } as unknown as Db;
      const down = await buildApp({
        db: broken,
        logLevel: 'silent',
      });
      const res = await down.inject({ method: 'GET', url: '/healthz' });
      await down.close();
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ status: 'unavailable' });
      expect(res.body).not.toContain('connection refused');
    });

    it('sends the content security policy and other security headers', async () => {
      const res = await get('/healthz');
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("img-src 'self' data:");
      expect(csp).toContain("connect-src 'self'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    });
  });

  describe('tRPC over HTTP', () => {
    it('answers a procedure with the demo company rows', async () => {
      const res = await get('/trpc/software.list');
      expect(res.statusCode).toBe(200);
      // MEM-8: Gold's six products, Silver's two, and SQL Server Standard with Data Analytics.
      expect(res.json().result.data.items).toHaveLength(9);
    });

    it('answers batched calls', async () => {
      const res = await get('/trpc/software.list,gtm.list?batch=1&input={}');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toHaveLength(2);
    });

    it('sends an answer whole, with its length (not in chunks), its status and its headers', async () => {
      for (const [url, status] of [
        ['/trpc/software.list', 200],
        ['/trpc/nope.nothing', 404],
      ] as const) {
        const res = await get(url);
        expect(res.statusCode).toBe(status);
        expect(res.headers['content-type']).toMatch(/^application\/json/);
        expect(res.headers['transfer-encoding']).toBeUndefined();
        expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.body));
        expect(res.headers['cache-control']).toBe('no-store');
      }
    });

    it('answers an unknown procedure with 404 and a clear message', async () => {
      const res = await get('/trpc/nope.nothing');
      expect(res.statusCode).toBe(404);
      expect(res.json().error).toMatchObject({
        message: 'No procedure found on path "nope.nothing"',
        data: { code: 'NOT_FOUND', httpStatus: 404 },
      });
    });

    it('answers input that is not JSON with 400', async () => {
      const res = await get('/trpc/software.list?input=notjson');
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toMatch(/^The input is not valid JSON/);
      expect(res.json().error.data.code).toBe('BAD_REQUEST');
    });

    it('answers invalid input with 400 and field errors (X-3)', async () => {
      const res = await get(`/trpc/software.list?input=${encodeURIComponent('{"limit":-1}')}`);
      expect(res.statusCode).toBe(400);
      const { error } = res.json();
      expect(error.message).toBe('Invalid input');
      expect(error.data).toMatchObject({
        code: 'BAD_REQUEST',
        appCode: 'VALIDATION',
        formErrors: [],
      });
      expect(error.data.fieldErrors.limit).toEqual([expect.stringMatching(/>=1/)]);
      // The same problem as a code with its limit, for the UI to word in the user's language.
      expect(error.data.fieldIssues).toEqual({
        limit: [{ code: 'too_small', origin: 'number', minimum: 1 }],
      });
    });

    it('X-3 ROLE-6 a refusal about one field names it with its reason in fieldIssues', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/trpc/directory.add',
        headers: { cookie },
        payload: { email: demoUsers.employee.email, displayName: 'Twin' },
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.data).toMatchObject({
        appCode: 'CONFLICT',
        details: { reason: 'EMAIL_IN_DIRECTORY' },
        fieldIssues: { email: [{ code: 'refused', reason: 'EMAIL_IN_DIRECTORY' }] },
      });
    });

    it('answers a query sent as a mutation with 405, never a 500', async () => {
      const res = await app.inject({ method: 'POST', url: '/trpc/software.list', payload: {} });
      expect(res.statusCode).toBe(405);
    });

    it('never sends a stack trace', async () => {
      for (const url of [
        '/trpc/nope.nothing',
        '/trpc/software.list?input=notjson',
        '/trpc/software.list?input={"limit":-1}',
      ]) {
        const res = await get(url);
        expect(res.body).not.toMatch(/stack|at .*\.ts:\d+/);
      }
    });
  });

  describe('remotes.json', () => {
    it('serves the module registry’s manifest, never cached', async () => {
      const res = await get('/remotes.json');
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      const { remotes } = res.json();
      expect(remotes.map((r: { name: string; route: string }) => [r.name, r.route])).toEqual([
        ['software', 'software'],
        ['azure_cloud', 'azure-cloud'],
        ['visual_studio', 'visual-studio'],
        ['technical', 'technical'],
        ['gtm', 'gtm'],
      ]);
      expect(remotes[1]).toMatchObject({
        entry: '/remotes/azure-cloud/remoteEntry.js',
        navLabel: { 'en-US': 'Azure and cloud products', 'zh-CN': 'Azure 和云产品' },
      });
    });

    it('serves another manifest file given instead, re-read on every request', async () => {
      const file = path.join(staticRoot, 'remotes.alt.json');
      const manifest = registryManifest();
      writeFileSync(file, JSON.stringify(manifest));
      const alt = await buildApp({
        db: {} as Db,
        remotesManifest: file,
        remoteOrigins: ['https://cdn.example'],
        logLevel: 'silent',
      });
      manifest.remotes[0]!.entry = 'https://cdn.example/software/v2/remoteEntry.js';
      writeFileSync(file, JSON.stringify(manifest));
      const res = await alt.inject({ method: 'GET', url: '/remotes.json' });
      await alt.close();
      expect(res.json().remotes[0].entry).toBe('https://cdn.example/software/v2/remoteEntry.js');
    });

    it('loads remotes from REMOTE_ORIGINS only: another origin or a script URL is refused at start; an allowed one is in the CSP', async () => {
      const file = path.join(staticRoot, 'remotes.cdn.json');
      const manifest = registryManifest();
      for (const entry of ['https://cdn.example/software/remoteEntry.js', 'javascript:alert(1)']) {
        manifest.remotes[0]!.entry = entry;
        writeFileSync(file, JSON.stringify(manifest));
        await expect(
          buildApp({ db: {} as Db, remotesManifest: file, logLevel: 'silent' }),
        ).rejects.toThrow(`Remote manifest ${file} is unusable`);
      }
      manifest.remotes[0]!.entry = 'https://cdn.example/software/remoteEntry.js';
      writeFileSync(file, JSON.stringify(manifest));
      const cdn = await buildApp({
        db: {} as Db,
        remotesManifest: file,
        remoteOrigins: ['https://cdn.example'],
        logLevel: 'silent',
      });
      const res = await cdn.inject({ method: 'GET', url: '/remotes.json' });
      await cdn.close();
      expect(res.json().remotes[0].entry).toBe('https://cdn.example/software/remoteEntry.js');
      expect(res.headers['content-security-policy']).toContain(
        "script-src 'self' https://cdn.example",
      );
    });

    it('refuses to start with an invalid manifest, naming the file', async () => {
      const file = path.join(staticRoot, 'remotes.bad.json');
      writeFileSync(file, JSON.stringify({ remotes: [{ name: 'Bad Name' }] }));
      await expect(
        buildApp({ db: {} as Db, remotesManifest: file, logLevel: 'silent' }),
      ).rejects.toThrow(`Remote manifest ${file} is unusable`);
    });
  });

  describe('static files', () => {
    it('serves the shell at /', async () => {
      const res = await get('/', 'text/html');
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<title>shell</title>');
      expect(res.headers['cache-control']).toBe('no-cache');
    });

    it('serves shell assets, hashed ones cached for good', async () => {
      const res = await get('/assets/index-abc123.js', '*/*');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/javascript/);
      expect(res.headers['cache-control']).toContain('immutable');
    });

    it('sends the precompressed file a browser accepts (brotli first), the file itself otherwise', async () => {
      const asked = (acceptEncoding?: string) =>
        app.inject({
          method: 'GET',
          url: '/assets/index-abc123.js',
          headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
        });
      const brotli = await asked('gzip, deflate, br');
      expect(brotli.headers['content-encoding']).toBe('br');
      expect(brotli.body).toBe('brotli bytes');
      expect(brotli.headers['content-type']).toMatch(/javascript/);
      expect(brotli.headers['cache-control']).toContain('immutable');
      const gzip = await asked('gzip');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(gzip.body).toBe('gzip bytes');
      const plain = await asked();
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body).toBe('console.log("shell")');
    });

    it("revalidates a remote's remoteEntry.js (its name stays across builds) and caches its hashed files for good", async () => {
      const entry = await get('/remotes/software/remoteEntry.js', '*/*');
      expect(entry.headers['cache-control']).toBe('no-cache');
      const chunk = await get('/remotes/software/assets/chunk-def456.js', '*/*');
      expect(chunk.statusCode).toBe(200);
      expect(chunk.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    });

    it('falls back to the shell page for client-side routes that accept HTML', async () => {
      const res = await get('/benefits/software', 'text/html,application/xhtml+xml');
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<title>shell</title>');
    });

    it('does not fall back for files, API paths or non-HTML requests', async () => {
      expect((await get('/assets/missing.js', '*/*')).statusCode).toBe(404);
      expect((await get('/benefits/software', 'application/json')).statusCode).toBe(404);
      expect((await get('/trpc/a/b', 'text/html')).statusCode).toBe(404);
      expect((await get('/healthz/x', 'text/html')).statusCode).toBe(404);
      expect((await get('/remotes/software/missing.js', 'text/html')).statusCode).toBe(404);
    });

    it('serves a remote build with CORS for any origin', async () => {
      const res = await get('/remotes/software/remoteEntry.js', '*/*');
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('export const get');
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    });

    it('answers a remote that is not built with a clear 404', async () => {
      const res = await get('/remotes/gtm/remoteEntry.js', '*/*');
      expect(res.statusCode).toBe(404);
      expect(res.json().message).toContain('is apps/gtm/dist built?');
    });

    it('answers an unknown remote with 404 and serves nothing outside dist folders', async () => {
      expect((await get('/remotes/shell/index.html', '*/*')).statusCode).toBe(404);
      expect((await get('/remotes/software/../../shell/src/secret.ts', '*/*')).body).not.toContain(
        'not served',
      );
      expect((await get('/../src/secret.ts', '*/*')).body).not.toContain('not served');
    });

    it('answers the shell page with a clear 404 when the shell is not built', async () => {
      const empty = mkdtempSync(path.join(tmpdir(), 'pbc-empty-'));
      const bare = await buildApp({
        db: {} as Db,
        staticRoot: empty,
        logLevel: 'silent',
      });
      const res = await bare.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } });
      await bare.close();
      rmSync(empty, { recursive: true });
      expect(res.statusCode).toBe(404);
      expect(res.json().message).toContain('The shell is not built');
    });

    it('serves no static files without a static root', async () => {
      const apiOnly = await buildApp({
        db: {} as Db,
        logLevel: 'silent',
      });
      const res = await apiOnly.inject({
        method: 'GET',
        url: '/',
        headers: { accept: 'text/html' },
      });
      await apiOnly.close();
      expect(res.statusCode).toBe(404);
    });
  });
});
