export * from './common.js';
export * from './membership.js';
export * from './benefits.js';
export * from './remotes.js';
export * from './identity.js';
export * from './audit.js';
export * from './packages.js';
export * from './azure.js';
