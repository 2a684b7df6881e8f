#!/usr/bin/env node
// `npm run create-admin`, `npm run synth` …: the API's command line (dist/api/cli.js) against DATABASE_URL and
// DATABASE_OWNER_URL, or else the embedded PostgreSQL of `npm start` (same data folder, database and secret key), built
// first when stale.
import { build, runToExit, startDatabase } from './launch.mjs';

const env = { ...process.env };
build(env, ['api'], 'dist/api/cli.js');
const postgres = await startDatabase(env);
runToExit('dist/api/cli.js', process.argv.slice(2), env, postgres);
