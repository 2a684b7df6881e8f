import 'reflect-metadata';
import { assertServable, ConfigError, loadConfig, type AppConfig } from './config/app-config';
import { createApp } from './create-app';
import { DatabaseUnavailableError } from './database/prepare-database';
import { withMigratedDatabase } from './start-up/migrated-database';
import { servingLoginProblem } from './database/serving-login';
import { AuditResealRefused } from './modules/audit/legacy-chain-sealing';
import { DEMO_ACCOUNTS, seedDemoIfEmpty } from './data-tools/demo/demo-seed';

async function main(): Promise<void> {
  const config = loadConfig();
  assertServable(config);
  const seeded = await withMigratedDatabase(config, (db) => (config.demoMode ? seedDemoIfEmpty(db, config.demoPassword) : Promise.resolve(false)));
  const loginProblem = await servingLoginProblem(config);
  if (loginProblem && !config.demoMode) throw new StartupError(loginProblem);
  if (loginProblem) process.stderr.write(`\ncohesion: warning: ${loginProblem} Outside demo mode Cohesion would stop here.\n`);
  const app = await createApp(config);
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    throw (error as { code?: string }).code === 'EADDRINUSE'
      ? new StartupError(`port ${config.port} on ${config.host} is already in use (is Cohesion running already?). Stop that program or choose another PORT.`)
      : error;
  }
  printBanner(config, seeded);
}

function printBanner(config: AppConfig, seededNow: boolean): void {
  const host = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  const lines = [``, `  Cohesion is running at http://${host}:${config.port}`, `  API: http://${host}:${config.port}/api  (OpenAPI: /api/docs)`];
  if (config.demoMode) {
    lines.push(`  Demo mode${seededNow ? ' (demo data created just now)' : ''}. Sign in with any of:`);
    for (const account of DEMO_ACCOUNTS) lines.push(`    ${account.email.padEnd(26)} ${account.role}`);
    lines.push(`  Password: ${config.demoPassword === 'cohesion-demo' ? 'cohesion-demo' : '(COHESION_DEMO_PASSWORD)'}`);
  }
  lines.push(`  Stop with Ctrl-C.`, ``);
  process.stdout.write(lines.join('\n') + '\n');
}

/** A start-up failure whose message says what to do; printed without a stack trace. */
class StartupError extends Error {}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseUnavailableError || error instanceof StartupError || error instanceof AuditResealRefused) {
    process.stderr.write(`\ncohesion: ${error.message}\n\n`);
  } else {
    process.stderr.write(`\ncohesion: start-up failed: ${error instanceof Error ? error.stack : String(error)}\n\n`);
  }
  process.exit(1);
});
