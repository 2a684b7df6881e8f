export * from './lib/problem';
export * from './lib/auth';
export * from './lib/groups';
export * from './lib/sessions';
export * from './lib/deidentification';
export * from './lib/pagination';
