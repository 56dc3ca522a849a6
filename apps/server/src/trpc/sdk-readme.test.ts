// The SDK's README is what other teams read first: its table of procedures follows the router.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { appRouter } from './router.js';

it('the SDK README names every procedure under its router', () => {
  const readme = readFileSync(
    path.join(import.meta.dirname, '../../../../libs/sdk/README.md'),
    'utf8',
  );
  const rows = new Map(
    [...readme.matchAll(/^\| ([^|]+) \| ([^|]+) \|$/gm)].flatMap(([, routers, procedures]) =>
      [...routers!.matchAll(/`(\w+)`/g)].map(([, router]) => [router!, procedures!] as const),
    ),
  );
  const missing = Object.keys(appRouter._def.procedures).filter((procedurePath) => {
    const [router, procedure] = procedurePath.split('.');
    return !rows.get(router!)?.includes(`\`${procedure}\``);
  });
  expect(missing).toEqual([]);
});

it('every call in the SDK README’s recipes names a procedure of the router, as a query or a mutation', () => {
  const readme = readFileSync(
    path.join(import.meta.dirname, '../../../../libs/sdk/README.md'),
    'utf8',
  );
  const procedures = appRouter._def.procedures as unknown as Record<
    string,
    { _def: { type: string } }
  >;
  const calls = [...readme.matchAll(/client\.(\w+)\.(\w+)\.(query|mutate)\(/g)];
  expect(calls.length).toBeGreaterThan(3);
  const wrong = calls
    .map(([, router, procedure, kind]) => ({ path: `${router}.${procedure}`, kind }))
    .filter(
      ({ path, kind }) => procedures[path]?._def.type !== (kind === 'query' ? 'query' : 'mutation'),
    );
  expect(wrong).toEqual([]);
});
