// Identity: companies (the tenants), their directory, roles (ROLE-1…ROLE-8), sign-in and sessions.
import { defineServerModule } from '../define.js';
import { authRouter } from './auth-router.js';
import { directoryRouter } from './directory-router.js';
import * as schema from './schema.js';
import { seedIdentity } from './seed.js';

export const identityModule = defineServerModule({
  id: 'identity',
  routers: { auth: authRouter, directory: directoryRouter },
  schema,
  seed: seedIdentity,
});
