/**
 * Random requests per write-route property test. fast-check draws a new seed every run, so the bodies tried add up
 * across runs; COHESION_PROPERTY_RUNS=1000 npm test -- -p api goes deeper before a release.
 */
export const PROPERTY_RUNS = Number(process.env['COHESION_PROPERTY_RUNS'] ?? 400);
