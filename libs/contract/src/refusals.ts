// Every reason a rule refuses a change, one enum assembled from each module's part. The server
// answers `details.reason` with one of these (and the part's English message); the UI translates
// each, and its catalogs are typed so a reason without an en-US or zh-CN message fails the check.
import { z } from 'zod';
import { apiTokenRefusals } from './api-tokens.js';
import { azureCloudRefusals } from './azure.js';
import { platformRefusals } from './common.js';
import { gtmRefusals } from './gtm.js';
import { identityRefusals } from './identity.js';
import { membershipRefusals } from './packages.js';
import { softwareRefusals } from './software.js';
import { technicalRefusals } from './technical.js';
import { visualStudioRefusals } from './visual-studio.js';

export const refusals = {
  ...platformRefusals,
  ...identityRefusals,
  ...apiTokenRefusals,
  ...membershipRefusals,
  ...softwareRefusals,
  ...visualStudioRefusals,
  ...azureCloudRefusals,
  ...gtmRefusals,
  ...technicalRefusals,
} as const;

export type RefusalReason = keyof typeof refusals;
export const RefusalReason = z.enum(Object.keys(refusals) as [RefusalReason, ...RefusalReason[]]);
