export * from './lib/measures';
export * from './lib/roles';
export * from './lib/clinical-vocabulary';
export * from './lib/member-code';
export * from './lib/canonical-json';
export * from './lib/csv';
export * from './lib/dates';
export * from './lib/session-rules';
