module.exports = {
  displayName: 'analytics',
  preset: '../../../jest.preset.cjs',
  rootDir: __dirname,
  coverageDirectory: '../../../coverage/libs/shared/analytics',
};
