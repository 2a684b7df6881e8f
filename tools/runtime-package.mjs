#!/usr/bin/env node
// Completes the package.json that Nx generates beside the built API (only the packages it imports) with what the
// workspace's says about installing them: the approved install scripts and the supported Node versions. Without the
// approvals, `npm ci` under strict-allow-scripts refuses the image's install.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const [target] = process.argv.slice(2);
if (!target) {
  console.error('usage: node tools/runtime-package.mjs dist/api/package.json');
  process.exit(2);
}
const workspace = JSON.parse(readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8'));
const generated = JSON.parse(readFileSync(target, 'utf8'));
const { overrides: _buildOnly, ...runtime } = generated;
writeFileSync(target, JSON.stringify({ ...runtime, private: true, engines: workspace.engines, allowScripts: workspace.allowScripts }, null, 2) + '\n');
