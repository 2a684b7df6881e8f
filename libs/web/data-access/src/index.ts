export * from './lib/problem/problem-message';
export * from './lib/auth/auth-store';
export * from './lib/groups/groups-store';
export * from './lib/groups/groups-api';
export * from './lib/analytics/analytics-api';
export * from './lib/sessions/sessions-api';
export * from './lib/programs/programs-api';
export * from './lib/admin/admin-api';
