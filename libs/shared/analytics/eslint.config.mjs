import workspace from '../../../eslint.config.mjs';

export default [
  ...workspace,
  { ignores: ['eslint.config.mjs'] },
  { files: ['**/*.ts'], languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
];
