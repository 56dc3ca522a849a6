// The benefit modules, in the shell's navigation order: the one list every part reads (the
// server's module registry is typed against it; the remote manifest, static serving, the dev
// servers, the workspace scripts and the e2e follow it). Plain JavaScript with a const type, so the
// scripts Node runs as they are read it too. A module's id is its remote's folder, `apps/<id>`; its
// other spellings are derived from the id here, never written out.

export const benefitModules = /** @type {const} */ ([
  { id: 'software', navLabel: { 'en-US': 'Software', 'zh-CN': '软件' }, devPort: 4201 },
  {
    id: 'azure-cloud',
    navLabel: { 'en-US': 'Azure and cloud products', 'zh-CN': 'Azure 和云产品' },
    devPort: 4202,
  },
  {
    id: 'visual-studio',
    navLabel: { 'en-US': 'Visual Studio subscriptions', 'zh-CN': 'Visual Studio 订阅' },
    devPort: 4203,
  },
  {
    id: 'technical',
    navLabel: { 'en-US': 'Technical benefits', 'zh-CN': '技术权益' },
    devPort: 4204,
  },
  { id: 'gtm', navLabel: { 'en-US': 'Go-To-Market', 'zh-CN': '市场推广' }, devPort: 4205 },
]);

/** The shell's dev server; each remote's is its `devPort`. */
export const shellDevPort = 4200;

/** `visual-studio` → `visualStudio`: its tRPC router's key and its messages' namespace. */
export const routerKeyOf = (/** @type {string} */ id) =>
  id.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

/** `visual-studio` → `visual_studio`: its module-federation name. */
export const federationNameOf = (/** @type {string} */ id) => id.replaceAll('-', '_');

/** Where the server serves a remote's build, and its entry. */
export const remoteBaseOf = (/** @type {string} */ id) => `/remotes/${id}/`;
export const remoteEntryOf = (/** @type {string} */ id) => `${remoteBaseOf(id)}remoteEntry.js`;
