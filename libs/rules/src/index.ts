export * from './decision.js';
export * from './roles.js';
