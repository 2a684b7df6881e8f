export * from './lib/problem/problem-message';
export * from './lib/auth/auth-store';
export * from './lib/groups/groups-store';
