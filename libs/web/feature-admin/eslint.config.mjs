import { webEslintConfig } from '../eslint.web.mjs';

export default webEslintConfig({ tsconfigRootDir: import.meta.dirname });
