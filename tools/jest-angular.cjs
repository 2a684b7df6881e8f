// Jest settings of every Angular project (web/ and libs/web/*): jest-preset-angular, jsdom, zoneless.
const { join, relative } = require('node:path');

/** @param {string} projectDir the project's folder (pass __dirname) @param {string} displayName */
module.exports = function angularJestConfig(projectDir, displayName) {
  return {
    displayName,
    preset: 'jest-preset-angular',
    rootDir: projectDir,
    testEnvironment: 'jsdom',
    setupFilesAfterEnv: [join(__dirname, 'jest-fixed-clock.cjs'), '<rootDir>/src/test-setup.ts'],
    transform: {
      '^.+\\.(ts|mjs|js|html)$': ['jest-preset-angular', { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' }],
    },
    transformIgnorePatterns: ['node_modules/(?!.*\\.mjs$)'],
    moduleNameMapper: require('./jest-path-mapper.cjs'),
    coverageDirectory: join(__dirname, '..', 'coverage', relative(join(__dirname, '..'), projectDir)),
  };
};
