import { expect, it } from 'vitest';
import { defineBenefitModule, toBenefitModule } from './index.js';

const module = defineBenefitModule({ id: 'software', Page: () => null });

it('accepts a remote whose default export is a BenefitModule', () => {
  expect(toBenefitModule({ default: module })).toBe(module);
});

it('refuses anything else with a clear message', () => {
  expect(() => toBenefitModule({ Page: () => null })).toThrow(/BenefitModule/);
  expect(() => toBenefitModule(null)).toThrow(/BenefitModule/);
});
