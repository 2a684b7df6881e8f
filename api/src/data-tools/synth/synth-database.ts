import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { APPEND_ONLY_TABLES } from '../../database/migrations/1764600000000-audit-trail';
import { CHECK_IN_TABLES } from '../../database/migrations/1765310000000-check-ins';
import { dropKeysForLoad } from './deferred-keys';
import { SynthError } from './synth-options';

/**
 * Empties the database for a synthetic organization: refuses when it holds a real organization, otherwise drops and
 * recreates schema `public` (migrations then build it again). The check and the drop are one transaction, with the
 * organization table locked, so a real organization cannot appear in between.
 */
export async function resetUnlessReal(db: DataSource): Promise<void> {
  await db.transaction(async (tx) => {
    const [{ found }] = await tx.query(`SELECT to_regclass('public.organization') IS NOT NULL AS found`);
    if (found) {
      await tx.query(`LOCK TABLE organization IN ACCESS EXCLUSIVE MODE`);
      const [{ real }] = await tx.query(`SELECT count(*)::int AS real FROM organization WHERE origin = 'real'`);
      if (real > 0) {
        throw new SynthError(
          `this database holds ${real} real organization${real === 1 ? '' : 's'}; synth replaces only demo or synthetic data. ` +
            'Point DATABASE_URL at another database.',
        );
      }
    }
    await tx.query(`DROP SCHEMA IF EXISTS public CASCADE`);
    await tx.query(`CREATE SCHEMA public`);
  });
}

/** Runs `work` in a transaction on `client`. */
export async function inTransaction<T>(client: PoolClient, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/**
 * What puts back what `beginBulkLoad` set aside: the loaded tables' triggers and forced row-level security once the
 * rows are in, their keys before the rollups are rebuilt, the other tables' keys after.
 */
export interface BulkLoad {
  endLoad: () => Promise<void>;
  restoreLoaded: () => Promise<void>;
  restoreOthers: () => Promise<void>;
}

/**
 * Readies `tables` for a bulk load in the current transaction: truncated (so COPY may write frozen, all-visible rows
 * that need no vacuum), their user triggers (signed-note locks, rollup maintenance) off, row-level security not forced
 * on their owner (COPY FROM refuses a table whose policies bind the one copying; the truncation's lock keeps everyone
 * else out until the commit), and the keys, indexes and foreign keys of every table dropped (the other tables are empty
 * or tiny, and the rollup rebuild fills them faster without).
 */
export async function beginBulkLoad(client: PoolClient, tables: readonly string[]): Promise<BulkLoad> {
  await client.query(`SET LOCAL statement_timeout = 0; SET LOCAL synchronous_commit = off;
    SET LOCAL work_mem = '256MB'; SET LOCAL maintenance_work_mem = '512MB'`);
  // The schema was created moments ago (resetUnlessReal), so the append-only tables the CASCADE reaches are empty;
  // their TRUNCATE guard steps aside for this one statement.
  const truncateGuards = (state: 'ENABLE' | 'DISABLE') =>
    client.query([...APPEND_ONLY_TABLES, ...CHECK_IN_TABLES].map((t) => `ALTER TABLE ${t} ${state} TRIGGER ${t}_no_truncate;`).join('\n'));
  await truncateGuards('DISABLE');
  await client.query(`TRUNCATE ${tables.join(', ')} CASCADE`);
  await truncateGuards('ENABLE');
  await client.query(tables.map((t) => `ALTER TABLE ${t} DISABLE TRIGGER USER;`).join('\n'));
  const { rows: forced } = await client.query<{ name: string }>(
    `SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relname = ANY ($1) AND relforcerowsecurity`,
    [tables],
  );
  const forceRowLevelSecurity = (state: 'FORCE' | 'NO FORCE') =>
    client.query(forced.map((t) => `ALTER TABLE ${t.name} ${state} ROW LEVEL SECURITY;`).join('\n'));
  await forceRowLevelSecurity('NO FORCE');
  // The other tables first: they take the foreign keys between them and the loaded tables, back after the rebuild.
  const restoreOthers = await dropKeysForLoad(client, await otherTables(client, tables));
  const restoreLoaded = await dropKeysForLoad(client, tables);
  const endLoad = async () => {
    await client.query(tables.map((t) => `ALTER TABLE ${t} ENABLE TRIGGER USER;`).join('\n'));
    await forceRowLevelSecurity('FORCE');
  };
  return { endLoad, restoreLoaded, restoreOthers };
}

/** Planner statistics for the loaded tables, before their foreign keys are validated and the rollups rebuilt. */
export async function analyzeTables(client: PoolClient, tables: readonly string[]): Promise<void> {
  await client.query(`ANALYZE ${tables.join(', ')}`);
}

/** Recomputes every outcome rollup of the organization from its raw ratings (the function the migrations define). */
export async function rebuildOutcomeRollups(client: PoolClient, organizationId: string): Promise<void> {
  await client.query(`SELECT rebuild_outcome_rollups($1)`, [organizationId]);
}

/**
 * Visibility maps and planner statistics for the tables the load did not write (the rollups, above all); COPY FREEZE
 * left the loaded ones all-visible, and they were analyzed before the rollups were rebuilt.
 */
export async function vacuumAnalyzeOthers(client: PoolClient, loaded: readonly string[]): Promise<void> {
  for (const name of await otherTables(client, loaded)) await client.query(`VACUUM (ANALYZE) ${name}`);
}

async function otherTables(client: PoolClient, loaded: readonly string[]): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT format('%I', tablename) AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> ALL ($1::text[])`,
    [loaded],
  );
  return rows.map((r) => r.name);
}
