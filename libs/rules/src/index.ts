export * from './dates.js';
export * from './directory.js';
export * from './membership.js';
export * from './permissions.js';
export * from './software.js';
export * from './visual-studio.js';
export * from './azure.js';
export * from './technical.js';
