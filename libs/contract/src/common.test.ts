import { describe, expect, it } from 'vitest';
import { ListInput, Money } from './common.js';
import { RemoteManifest } from './remotes.js';

describe('contract', () => {
  it('X-3 money is integer minor units with an ISO currency, and says which field is wrong', () => {
    expect(Money.parse({ amountMinor: 600000, currency: 'USD' })).toEqual({
      amountMinor: 600000,
      currency: 'USD',
    });
    const result = Money.safeParse({ amountMinor: 10.5, currency: 'usd' });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(['amountMinor', 'currency']);
  });

  it('list input defaults its page size and refuses out-of-range limits', () => {
    expect(ListInput.parse(undefined)).toEqual({ limit: 100 });
    expect(ListInput.safeParse({ limit: 0 }).success).toBe(false);
    expect(ListInput.safeParse({ limit: 501 }).success).toBe(false);
  });

  it('remote manifest entries need a federation name, an entry URL and a route', () => {
    const entry = {
      name: 'software',
      entry: '/remotes/software/remoteEntry.js',
      route: 'software',
      navLabel: { 'en-US': 'Software', 'zh-CN': '软件' },
      requiredRoles: [],
    };
    expect(RemoteManifest.parse({ remotes: [entry] }).remotes[0]?.name).toBe('software');
    expect(RemoteManifest.safeParse({ remotes: [{ ...entry, name: 'Soft Ware' }] }).success).toBe(
      false,
    );
  });
});
