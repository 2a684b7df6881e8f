// Lint rules of every web project (web/ and libs/web/*): the workspace rules plus Angular's.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import workspace from '../../eslint.config.mjs';

/** @param {{ tsconfigRootDir: string }} options the project folder (pass import.meta.dirname) */
export function webEslintConfig({ tsconfigRootDir }) {
  return [
    ...workspace,
    ...nx.configs['flat/angular'],
    ...nx.configs['flat/angular-template'],
    { ignores: ['eslint.config.mjs'] },
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir } },
      rules: {
        '@angular-eslint/component-selector': [
          'error',
          [
            { type: 'element', prefix: 'ch', style: 'kebab-case' },
            { type: 'attribute', prefix: 'ch', style: 'camelCase' },
          ],
        ],
        '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'ch', style: 'camelCase' }],
        '@angular-eslint/prefer-on-push-component-change-detection': 'error',
        '@angular-eslint/prefer-signals': 'error',
        '@typescript-eslint/no-non-null-assertion': 'off',
      },
    },
    ...nx.configs['flat/angular-template'].map((config) => ({ ...config, files: ['**/*.html'] })),
    {
      files: ['**/*.html'],
      rules: {
        '@angular-eslint/template/prefer-control-flow': 'error',
        '@angular-eslint/template/prefer-self-closing-tags': 'error',
      },
    },
  ];
}
