#!/usr/bin/env node
// Completes the package.json that Nx generates beside the built API (only the packages it imports) with what the
// workspace's says about installing them: the approved install scripts and the supported Node versions (without the
// approvals, `npm ci` under strict-allow-scripts refuses the image's install), and the packages the API reads files of
// at run time, which no import names (the PDF font), with the lock file brought up to date for them.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Packages whose files the API loads by path (pdf-fonts.ts), so that Nx's import scan cannot see them. */
const LOADED_BY_PATH = ['dejavu-fonts-ttf'];

const [target] = process.argv.slice(2);
if (!target) {
  console.error('usage: node tools/runtime-package.mjs dist/api/package.json');
  process.exit(2);
}
const workspace = JSON.parse(readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8'));
const generated = JSON.parse(readFileSync(target, 'utf8'));
const { overrides: _buildOnly, ...runtime } = generated;
const dependencies = { ...runtime.dependencies };
for (const name of LOADED_BY_PATH) dependencies[name] = workspace.dependencies[name];
writeFileSync(
  target,
  JSON.stringify({ ...runtime, dependencies, private: true, engines: workspace.engines, allowScripts: workspace.allowScripts }, null, 2) + '\n',
);
execFileSync('npm', ['install', '--package-lock-only', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], {
  cwd: dirname(resolve(target)),
  stdio: 'inherit',
});
