// Writes libs/ui/src/theme.ts: Fluent's webLightTheme as a literal. Run it after a Fluent UI
// upgrade (theme.test.tsx fails until then): node libs/ui/scripts/write-theme.mjs
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { webLightTheme } = require('@fluentui/react-components');
const { version } = require('@fluentui/react-components/package.json');

const source = `// Written by libs/ui/scripts/write-theme.mjs from @fluentui/react-components ${version}; do not edit.
// Fluent's webLightTheme as a literal: the 459 values FluentProvider writes as CSS variables, without
// the colour palettes and ramp code that compute them (~10 kB gzipped off the first screen).
// theme.test.tsx checks that it is still Fluent's.
import type { Theme } from '@fluentui/react-components';

export const webLightTheme: Theme = ${JSON.stringify(webLightTheme, null, 2)};
`;
writeFileSync(join(import.meta.dirname, '../src/theme.ts'), source);
