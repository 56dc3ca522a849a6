export * from './common.js';
export * from './membership.js';
export * from './benefits.js';
export * from './remotes.js';
