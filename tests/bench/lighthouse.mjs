// Lighthouse scores of a page, from Google's own auditing tool (npm `lighthouse`) driving the system Chromium with its
// desktop preset. It is installed on first use under node_modules/.cache rather than as a dependency of the project:
// about 200 packages and 185 MB that only this benchmark needs, kept out of every `npm ci`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from '../../tools/launch.mjs';

const VERSION = '12.8.2';
const prefix = resolve(root, `node_modules/.cache/lighthouse-${VERSION}`);
const modulePath = (path) => pathToFileURL(resolve(prefix, 'node_modules', path)).href;

async function loadLighthouse() {
  if (!existsSync(resolve(prefix, 'node_modules/lighthouse/core/index.js'))) {
    console.log(`bench:web: installing lighthouse@${VERSION} under node_modules/.cache (once)…`);
    // npm installs into an existing prefix only; a fresh clone has no node_modules/.cache yet.
    mkdirSync(prefix, { recursive: true });
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, `lighthouse@${VERSION}`], { stdio: 'inherit' });
  }
  const { default: lighthouse } = await import(modulePath('lighthouse/core/index.js'));
  const { default: desktopConfig } = await import(modulePath('lighthouse/core/config/desktop-config.js'));
  const chromeLauncher = await import(modulePath('chrome-launcher/dist/index.js'));
  return { lighthouse, desktopConfig, chromeLauncher };
}

/**
 * Runs Lighthouse `runs` times on `url` (signed in through `cookieHeader`) and returns the median performance and
 * accessibility scores (0–100) with the metrics of the median run.
 */
export async function lighthouseScores(url, { cookieHeader, chromePath, runs = 3 }) {
  const { lighthouse, desktopConfig, chromeLauncher } = await loadLighthouse();
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const results = [];
    for (let run = 0; run < runs; run++) {
      const { lhr } = await lighthouse(
        url,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
          extraHeaders: { Cookie: cookieHeader },
        },
        desktopConfig,
      );
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
      const metric = (id) => lhr.audits[id]?.numericValue ?? NaN;
      results.push({
        performance: Math.round(lhr.categories.performance.score * 100),
        accessibility: Math.round(lhr.categories.accessibility.score * 100),
        finalUrl: lhr.finalDisplayedUrl,
        fcp: metric('first-contentful-paint'),
        lcp: metric('largest-contentful-paint'),
        tbt: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
      });
    }
    results.sort((a, b) => a.performance - b.performance);
    const median = results[Math.floor(results.length / 2)];
    return { ...median, accessibility: results.map((r) => r.accessibility).sort((a, b) => a - b)[Math.floor(results.length / 2)], runs: results };
  } finally {
    await chrome.kill();
  }
}
