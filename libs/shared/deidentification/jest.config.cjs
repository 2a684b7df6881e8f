module.exports = {
  displayName: 'deidentification',
  preset: '../../../jest.preset.cjs',
  rootDir: __dirname,
  coverageDirectory: '../../../coverage/libs/shared/deidentification',
};
