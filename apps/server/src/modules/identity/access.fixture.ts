import { demoApiTokens, demoUsers, seedId } from '../../db/seed-ids.js';
import { unknownId, type ModuleAccess } from '../../test/access.js';

const fabrikamUser = seedId('user', 2, 2);

export const access: ModuleAccess = {
  'auth.signIn': {
    guard: 'public',
    sweep: { scoped: { email: demoUsers.fabrikamAdmin.email, password: 'not the password' } },
  },
  // Their own sign-out.
  'auth.signOut': { guard: 'session', sweep: { scoped: undefined } },
  'auth.me': { guard: 'public', sweep: { scoped: undefined } },
  // Every signed-in user reads the directory: assignment pickers need it.
  'directory.list': { guard: 'session', sweep: { scoped: { search: 'fabrikam.com' } } },
  'directory.add': {
    guard: 'directory.manage',
    // An email already in the directory: refused after the guard.
    matrix: { email: demoUsers.employee.email, displayName: 'Twin' },
    sweep: { scoped: { email: 'new.hire@contoso.example', displayName: 'New Hire' } },
  },
  'directory.updateRoles': {
    guard: 'directory.manage',
    matrix: { userId: unknownId, roles: [] },
    sweep: { foreign: { userId: fabrikamUser, roles: ['global_admin'] } },
  },
  'directory.remove': {
    guard: 'directory.manage',
    matrix: { userId: unknownId },
    sweep: { foreign: { userId: fabrikamUser } },
  },
  // the Global admin's; a token caller is refused (a token creates no tokens).
  'apiTokens.list': { guard: 'tokens.manage', sweep: { scoped: undefined } },
  'apiTokens.create': {
    guard: 'tokens.manage',
    // An expiry in the past: refused after the guard.
    matrix: { name: 'Matrix', expiresOn: '2020-01-01', permissions: ['benefits.read'] },
    sweep: { scoped: { name: 'Sweep', expiresOn: '2020-01-01', permissions: ['benefits.read'] } },
  },
  'apiTokens.revoke': {
    guard: 'tokens.manage',
    matrix: { id: unknownId },
    sweep: { foreign: { id: demoApiTokens.fabrikamRevoked } },
  },
};
