// Workspace lint rules. Every project's eslint.config.mjs spreads this first, then adds its own parser options.
import nx from '@nx/eslint-plugin';

/** The module boundaries of STYLE.md, enforced as errors. */
export const depConstraints = [
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:tests', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:testing', 'type:domain', 'type:contracts'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:contracts', 'type:domain'] },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:contracts', 'type:domain'] },
  // A feature never imports another feature.
  { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:data-access', 'type:ui', 'type:contracts', 'type:domain'] },
  ...['type:domain', 'type:contracts'].map((sourceTag) => ({
    sourceTag,
    bannedExternalImports: ['@angular/*', '@nestjs/*', 'typeorm', 'rxjs', 'class-validator', 'class-transformer'],
  })),
];

/** tools/ holds the launchers and the PostgreSQL helpers (not an Nx project); test setups load them from there. */
const TOOLS = ['^(\\.\\./)+tools/[\\w-]+\\.cjs$'];

/** Tests may also use the builders of type:testing libraries; production code may not. */
const testDepConstraints = depConstraints.map((constraint) =>
  constraint.onlyDependOnLibsWithTags ? { ...constraint, onlyDependOnLibsWithTags: [...constraint.onlyDependOnLibsWithTags, 'type:testing'] } : constraint,
);

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/coverage', '**/node_modules', '**/.nx', '**/tmp', '**/*.cjs'] },
  {
    files: ['**/*.ts', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', { enforceBuildableLibDependency: true, allow: TOOLS, depConstraints }],
    },
  },
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.test.ts', 'tests/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['it', 'describe', 'test'].flatMap((object) => [
          { object, property: 'only', message: 'Focused tests hide the rest of the suite.' },
          { object, property: 'skip', message: 'CI runs every test.' },
        ]),
      ],
      'no-restricted-globals': ['error', 'fit', 'fdescribe', 'xit', 'xdescribe', 'xtest'],
      '@nx/enforce-module-boundaries': ['error', { enforceBuildableLibDependency: true, allow: TOOLS, depConstraints: testDepConstraints }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
];
