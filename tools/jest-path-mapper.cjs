// Maps the TypeScript path aliases of tsconfig.base.json to Jest's moduleNameMapper, so there is one list of aliases.
const path = require('node:path');
const { compilerOptions } = require('../tsconfig.base.json');

module.exports = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias.replace(/[/\\^$*+?.()|[\]{}-]/g, '\\$&')}$`, path.join(__dirname, '..', target)]),
);
