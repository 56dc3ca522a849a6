export * from './directory.js';
export * from './membership.js';
export * from './permissions.js';
export * from './azure.js';
