// Identity: companies (the tenants), their directory, roles (ROLE-1…ROLE-8), sign-in, sessions
// and API tokens.
import { defineServerModule } from '../define.js';
import { apiTokensRouter } from './api-tokens-router.js';
import { authRouter } from './auth-router.js';
import { directoryRouter } from './directory-router.js';
import * as schema from './schema.js';
import { seedIdentity } from './seed.js';

export const identityModule = defineServerModule({
  id: 'identity',
  routers: { auth: authRouter, directory: directoryRouter, apiTokens: apiTokensRouter },
  schema,
  seed: seedIdentity,
});
