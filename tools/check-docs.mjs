// The repository's documentation stands on its own: every Markdown link resolves to a file of the repository (no
// address outside it), and the README stays a two-minute read. Run by `npm run lint`.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

const README_LIMIT_BYTES = 8 * 1024;
const pages = [
  'README.md',
  'SECURITY.md',
  'CONTRIBUTING.md',
  ...readdirSync('docs', { recursive: true })
    .filter((file) => file.endsWith('.md'))
    .map((file) => join('docs', file)),
];
const problems = [];
for (const page of pages) {
  for (const [, target] of readFileSync(page, 'utf8').matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) problems.push(`${page}: links outside the repository: ${target}`);
    else {
      const path = target.split('#')[0];
      if (path && !existsSync(join(dirname(page), path))) problems.push(`${page}: no such file: ${target}`);
    }
  }
}
const readmeBytes = statSync('README.md').size;
if (readmeBytes > README_LIMIT_BYTES) problems.push(`README.md is ${readmeBytes} bytes; keep it under ${README_LIMIT_BYTES} and move detail into docs/`);
for (const problem of problems) console.error(problem);
if (problems.length) process.exit(1);
console.log(`Documentation: ${pages.length} pages, every link inside the repository; README ${readmeBytes} bytes.`);
