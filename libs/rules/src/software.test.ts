import { Role } from '@pbc/contract';
import { describe, expect, it } from 'vitest';
import { checkKeyReveal, checkMakActivation, chooseDownload } from './software.js';

const migrated = { pmcMigrated: true };

describe('software rules', () => {
  it('ROLE-4 SW-2 only a Global admin or an MPN partner admin gets keys', () => {
    const allowed = Role.options.filter((role) => checkKeyReveal([role], migrated).allowed);
    expect(allowed).toEqual(['global_admin', 'mpn_partner_admin']);
    expect(checkKeyReveal(['admin_agent', 'user_management_admin'], migrated)).toEqual({
      allowed: false,
      reason: 'MISSING_ROLE',
      permission: 'benefits.activate',
      anyOf: ['global_admin', 'mpn_partner_admin'],
    });
    expect(checkKeyReveal([], migrated)).toMatchObject({ allowed: false, reason: 'MISSING_ROLE' });
  });

  it('MEM-1 SW-2 a company still in Partner Membership Center gets no keys here', () => {
    expect(checkKeyReveal(['global_admin'], { pmcMigrated: false })).toEqual({
      allowed: false,
      reason: 'PMC_NOT_MIGRATED',
    });
  });

  it('SW-4 a MAK key counts down its activations and grants none once they are used', () => {
    expect(checkMakActivation({ activationsUsed: 12, activationsAllowed: 50 })).toEqual({
      allowed: true,
      remaining: 38,
    });
    expect(checkMakActivation({ activationsUsed: 49, activationsAllowed: 50 })).toEqual({
      allowed: true,
      remaining: 1,
    });
    for (const used of [50, 51])
      expect(checkMakActivation({ activationsUsed: used, activationsAllowed: 50 })).toEqual({
        allowed: false,
        reason: 'MAK_ACTIVATIONS_EXHAUSTED',
        remaining: 0,
      });
  });

  describe('SW-3 the download list follows the chosen language and OS', () => {
    const offered = { languages: ['en-US', 'zh-CN', 'de-DE'], oses: ['x64', 'x86'] } as const;

    it('SW-3 uses the choice asked for', () => {
      expect(chooseDownload(offered, { language: 'zh-CN', os: 'x86' }, null)).toEqual({
        language: 'zh-CN',
        os: 'x86',
      });
    });

    it('SW-3 falls back to the remembered choice, then to the product first', () => {
      const remembered = { language: 'de-DE', os: 'x86' } as const;
      expect(chooseDownload(offered, {}, remembered)).toEqual(remembered);
      expect(chooseDownload(offered, { os: 'x64' }, remembered)).toEqual({
        language: 'de-DE',
        os: 'x64',
      });
      expect(chooseDownload(offered, {}, null)).toEqual({ language: 'en-US', os: 'x64' });
    });

    it('SW-3 never answers a language or OS the product does not offer', () => {
      expect(
        chooseDownload(
          offered,
          { language: 'ja-JP', os: 'arm64' },
          { language: 'fr-FR', os: 'arm64' },
        ),
      ).toEqual({ language: 'en-US', os: 'x64' });
      expect(chooseDownload({ languages: [], oses: [] }, { language: 'en-US' }, null)).toEqual({
        language: null,
        os: null,
      });
    });
  });
});
