#!/usr/bin/env node
// `npm start`: PostgreSQL (embedded unless DATABASE_URL is set), a build of what is stale, then the API serving the
// dashboard. The API itself migrates the database and, in demo mode, seeds it.
import { API_NODE_FLAGS, API_SCRIPT, build, runToExit, startDatabase } from './launch.mjs';

const env = { ...process.env };
// On a laptop the banner matters more than framework start-up logs; LOG_LEVEL=info brings them back.
env.LOG_LEVEL ??= 'warn';
build(env);
const postgres = await startDatabase(env);
runToExit(API_SCRIPT, [], env, postgres, API_NODE_FLAGS);
