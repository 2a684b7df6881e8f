import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reliable-change norm s1 (SD of members' first-session scores in the organization) as sufficient statistics,
 * kept by a statement trigger on `member_first_rating`: every alert request used to aggregate that whole table
 * (90 ms at 3 million ratings). The trigger takes an advisory lock per organization before it adds a missing row, so
 * it needs no unique index (the synthetic load rebuilds the rollups while their keys are off).
 */
export class FirstSessionNorms1764400000000 implements MigrationInterface {
  name = 'FirstSessionNorms1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE first_session_norm (
        organization_id uuid NOT NULL REFERENCES organization (id),
        measure text NOT NULL,
        n bigint NOT NULL,
        total bigint NOT NULL,
        total_sq bigint NOT NULL,
        PRIMARY KEY (organization_id, measure)
      );

      -- member_first_rating rows are replaced (deleted and inserted), never updated.
      CREATE FUNCTION apply_first_session_norm_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        direction integer := CASE TG_OP WHEN 'DELETE' THEN -1 ELSE 1 END;
        change jsonb;
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT jsonb_agg(c) INTO change FROM (SELECT organization_id, measure, count(*) AS n, sum(score_sixths) AS total, sum(score_sixths::bigint * score_sixths) AS total_sq
                                             FROM new_rows GROUP BY 1, 2) c;
        ELSE
          SELECT jsonb_agg(c) INTO change FROM (SELECT organization_id, measure, count(*) AS n, sum(score_sixths) AS total, sum(score_sixths::bigint * score_sixths) AS total_sq
                                             FROM old_rows GROUP BY 1, 2) c;
        END IF;
        IF change IS NULL THEN
          RETURN NULL;
        END IF;
        PERFORM pg_advisory_xact_lock(hashtext('first_session_norm'), hashtext(organization_id))
           FROM (SELECT DISTINCT r ->> 'organization_id' AS organization_id FROM jsonb_array_elements(change) r ORDER BY 1) touched;
        WITH delta AS (
          SELECT (r ->> 'organization_id')::uuid AS organization_id, r ->> 'measure' AS measure,
                 direction * (r ->> 'n')::bigint AS n, direction * (r ->> 'total')::bigint AS total,
                 direction * (r ->> 'total_sq')::bigint AS total_sq
            FROM jsonb_array_elements(change) r
        ), updated AS (
          UPDATE first_session_norm f SET n = f.n + d.n, total = f.total + d.total, total_sq = f.total_sq + d.total_sq
            FROM delta d WHERE (f.organization_id, f.measure) = (d.organization_id, d.measure)
          RETURNING f.organization_id, f.measure
        )
        INSERT INTO first_session_norm (organization_id, measure, n, total, total_sq)
        SELECT d.* FROM delta d WHERE NOT EXISTS (SELECT 1 FROM updated u WHERE (u.organization_id, u.measure) = (d.organization_id, d.measure));
        RETURN NULL;
      END $$;

      CREATE TRIGGER member_first_rating_norm_after_insert AFTER INSERT ON member_first_rating REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION apply_first_session_norm_change();
      CREATE TRIGGER member_first_rating_norm_after_delete AFTER DELETE ON member_first_rating REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION apply_first_session_norm_change();

      INSERT INTO first_session_norm (organization_id, measure, n, total, total_sq)
      SELECT organization_id, measure, count(*), sum(score_sixths), sum(score_sixths::bigint * score_sixths)
        FROM member_first_rating GROUP BY 1, 2;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER member_first_rating_norm_after_insert ON member_first_rating;
      DROP TRIGGER member_first_rating_norm_after_delete ON member_first_rating;
      DROP FUNCTION apply_first_session_norm_change();
      DROP TABLE first_session_norm;
    `);
  }
}
