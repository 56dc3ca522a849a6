// The directory's list (the Users page): its search finds a part of a name or an email whatever
// the case, takes `%` and `_` as the characters they are, combines with the kind filter, keeps
// name order and stops at the limit; on both databases (its queries are prepared per handle).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { seed } from '../../db/seed.js';
import { CONTOSO_ID } from '../../db/seed-ids.js';
import { testDatabases } from '../../test/databases.js';
import { listDirectory } from './directory.js';
import { users } from './schema.js';

describe.each(testDatabases())('directory list on $kind', ({ open }) => {
  let database: Database;
  let dispose: () => Promise<void>;
  const list = (input: { search?: string; kind?: 'member' | 'guest'; limit?: number }) =>
    listDirectory(database.db, CONTOSO_ID, { limit: 200, ...input });
  const names = async (input: Parameters<typeof list>[0]) =>
    (await list(input)).map((user) => user.displayName);

  beforeAll(async () => {
    ({ database, dispose } = await open());
    await seed(database.db);
    await database.db.insert(users).values([
      { companyId: CONTOSO_ID, email: 'zed.q@dirtest.example', displayName: 'Zed Quill' },
      { companyId: CONTOSO_ID, email: 'amy.q@dirtest.example', displayName: 'Amy Quill' },
      { companyId: CONTOSO_ID, email: 'pct@dirtest.example', displayName: 'Percent 100% Quill' },
      { companyId: CONTOSO_ID, email: 'under_score@dirtest.example', displayName: 'Under Score' },
      {
        companyId: CONTOSO_ID,
        email: 'guest.q@partner.example',
        displayName: 'Gus Quill',
        kind: 'guest',
      },
    ]);
  });
  afterAll(() => dispose());

  it('finds a part of a display name or of an email, whatever its case, in name order', async () => {
    expect(await names({ search: 'QUILL' })).toEqual([
      'Amy Quill',
      'Gus Quill',
      'Percent 100% Quill',
      'Zed Quill',
    ]);
    expect(await names({ search: '@partner.EXAMPLE' })).toEqual(['Gus Quill']);
  });

  it('takes % and _ in a search as themselves, not as patterns', async () => {
    expect(await names({ search: '100%' })).toEqual(['Percent 100% Quill']);
    expect(await names({ search: '%' })).toEqual(['Percent 100% Quill']);
    expect(await names({ search: 'under_' })).toEqual(['Under Score']);
    expect(await names({ search: 'q_ill' })).toEqual([]);
  });

  it('filters by kind, alone and with a search', async () => {
    const guests = await list({ kind: 'guest' });
    expect(guests.length).toBeGreaterThan(0);
    expect(guests.every((user) => user.kind === 'guest')).toBe(true);
    expect(guests.map((user) => user.displayName)).toContain('Gus Quill');
    expect(await names({ kind: 'member', search: 'quill' })).toEqual([
      'Amy Quill',
      'Percent 100% Quill',
      'Zed Quill',
    ]);
    expect(await names({ kind: 'guest', search: 'quill' })).toEqual(['Gus Quill']);
  });

  it('answers at most `limit` users, the first in name order', async () => {
    const all = await list({});
    const sorted = [...all.map((user) => user.displayName)].sort((a, b) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    expect(all.map((user) => user.displayName)).toEqual(sorted);
    expect(await names({ limit: 2 })).toEqual(sorted.slice(0, 2));
    expect(await names({ search: 'quill', limit: 1 })).toEqual(['Amy Quill']);
  });
});
