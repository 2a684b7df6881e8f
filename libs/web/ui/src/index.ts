export * from './lib/format/format-date';
export * from './lib/format/role-label';
export * from './lib/button/button';
export * from './lib/group-card/group-card';
export * from './lib/group-card/group-card-skeleton';
export * from './lib/trend-chart/trend-chart';
export * from './lib/sparkline/sparkline';
export * from './lib/format/clinic-date';
