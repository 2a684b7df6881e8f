import { MigrationInterface, QueryRunner } from 'typeorm';

const ROLLUP_TABLES = ['session_outcome_stat', 'period_outcome_stat', 'period_outcome'];

/**
 * A counter per organization that moves whenever any of its outcome rollups changes, in the same transaction: a
 * trend computed at version v stays right while the organization is at v, so the API can keep its answer. Statement
 * triggers on the rollup tables themselves catch every path that changes them (ratings saved or replaced, sessions
 * moved or deleted, groups moved between programs, rebuilds).
 */
export class OutcomeRollupVersion1764500000000 implements MigrationInterface {
  name = 'OutcomeRollupVersion1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outcome_rollup_version (
        organization_id uuid PRIMARY KEY REFERENCES organization (id),
        version bigint NOT NULL
      );

      -- Like first_session_norm: an advisory lock per organization, then update or add, so that no unique index is
      -- needed while the synthetic load has the keys off.
      CREATE FUNCTION bump_outcome_rollup_version() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        touched uuid[];
      BEGIN
        IF TG_OP = 'DELETE' THEN
          SELECT array_agg(DISTINCT organization_id ORDER BY organization_id) INTO touched FROM old_rows;
        ELSE
          SELECT array_agg(DISTINCT organization_id ORDER BY organization_id) INTO touched FROM new_rows;
        END IF;
        IF touched IS NULL THEN
          RETURN NULL;
        END IF;
        PERFORM pg_advisory_xact_lock(hashtext('outcome_rollup_version'), hashtext(organization_id::text))
           FROM unnest(touched) organization_id;
        WITH updated AS (
          UPDATE outcome_rollup_version v SET version = v.version + 1 WHERE v.organization_id = ANY (touched)
          RETURNING v.organization_id
        )
        INSERT INTO outcome_rollup_version (organization_id, version)
        SELECT t, 1 FROM unnest(touched) t WHERE t NOT IN (SELECT organization_id FROM updated);
        RETURN NULL;
      END $$;
    `);
    for (const table of ROLLUP_TABLES) {
      await db.query(`
        CREATE TRIGGER ${table}_version_after_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows
          FOR EACH STATEMENT EXECUTE FUNCTION bump_outcome_rollup_version();
        CREATE TRIGGER ${table}_version_after_update AFTER UPDATE ON ${table} REFERENCING NEW TABLE AS new_rows
          FOR EACH STATEMENT EXECUTE FUNCTION bump_outcome_rollup_version();
        CREATE TRIGGER ${table}_version_after_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows
          FOR EACH STATEMENT EXECUTE FUNCTION bump_outcome_rollup_version();
      `);
    }
    await db.query(`INSERT INTO outcome_rollup_version (organization_id, version) SELECT id, 1 FROM organization`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ROLLUP_TABLES) {
      await db.query(`
        DROP TRIGGER ${table}_version_after_insert ON ${table};
        DROP TRIGGER ${table}_version_after_update ON ${table};
        DROP TRIGGER ${table}_version_after_delete ON ${table};
      `);
    }
    await db.query(`DROP FUNCTION bump_outcome_rollup_version(); DROP TABLE outcome_rollup_version;`);
  }
}
