// The pure rules of the sport, free of database and framework code.
export * from './types';
export * from './marks';
export * from './wind';
export * from './ordering';
export * from './seasons';
export * from './names';
export * from './rounds';
export * from './identity';
export * from './input-rules';
export * from './result-agreement';
export * from './combined-events';
