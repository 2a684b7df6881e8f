// One database per test run: on DATABASE_URL's server when set, else on an embedded PostgreSQL started for the run.
// Runs never collide: each creates and drops its own uniquely named database. Its owner and the login the API serves
// through are the tests' own (TEST_LOGINS), made once per server.
const { randomBytes } = require('node:crypto');
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { databaseUrl, dropDatabase, ensureDatabase, ensureLogins, startEmbeddedPostgres, TEST_LOGINS } = require('./postgres.cjs');

/** Starts (if needed) a server and creates a fresh database; returns its URLs and a function that drops it. */
async function createTestDatabase(label) {
  let embedded;
  let dataDir;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    dataDir = mkdtempSync(join(tmpdir(), 'cohesion-pg-'));
    embedded = await startEmbeddedPostgres({ dataDir: join(dataDir, 'data') });
    adminUrl = embedded.adminUrl;
  }
  const name = `cohesion_test_${label}_${randomBytes(4).toString('hex')}`;
  await ensureLogins(adminUrl, TEST_LOGINS);
  await ensureDatabase(adminUrl, name, { owner: TEST_LOGINS.owner.role });
  return {
    url: databaseUrl(adminUrl, name, TEST_LOGINS.runtime),
    ownerUrl: databaseUrl(adminUrl, name, TEST_LOGINS.owner),
    superuserUrl: databaseUrl(adminUrl, name),
    adminUrl,
    async drop() {
      try {
        await dropDatabase(adminUrl, name);
      } finally {
        await embedded?.stop();
        if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

module.exports = { createTestDatabase };
