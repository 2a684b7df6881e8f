module.exports = {
  displayName: 'api',
  preset: '../jest.preset.cjs',
  rootDir: __dirname,
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  // Two workers share 2 cores with the browser tests in `npm test`: a test that waits longer than this is stuck.
  testTimeout: 60000,
  // Most of an API suite's time is spent waiting on PostgreSQL: two workers overlap the waits on 2 cores.
  maxWorkers: 2,
  coverageDirectory: '../coverage/api',
};
