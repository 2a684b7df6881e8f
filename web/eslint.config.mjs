import { webEslintConfig } from '../libs/web/eslint.web.mjs';

export default webEslintConfig({ tsconfigRootDir: import.meta.dirname });
