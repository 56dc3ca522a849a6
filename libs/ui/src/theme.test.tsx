import { webLightTheme as fluentTheme } from '@fluentui/react-components';
import { expect, it } from 'vitest';
import { webLightTheme } from './theme.js';

it("the literal theme is Fluent's webLightTheme (after a Fluent upgrade: node libs/ui/scripts/write-theme.mjs)", () => {
  expect(webLightTheme).toEqual(fluentTheme);
});
