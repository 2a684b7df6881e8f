module.exports = {
  displayName: 'api',
  preset: '../jest.preset.cjs',
  rootDir: __dirname,
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 30000,
  coverageDirectory: '../coverage/api',
};
