import { MigrationInterface, QueryRunner } from 'typeorm';

/** The functions as this migration made them; a later one that replaces them puts these back in its `down`. */
export const APPLY_SESSION_OUTCOME = `
      -- Adds (sign 1) or removes (sign -1) one session's recorded contribution to the program and organization rollups.
      CREATE FUNCTION apply_session_outcome(p_session uuid, p_sign integer) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO period_outcome_stat AS p (scope, scope_id, bucket, period, measure, organization_id, n, total, total_sq)
        SELECT sc.scope, sc.scope_id, b.bucket, b.period, st.measure, o.organization_id,
               p_sign * st.n, p_sign * st.total, p_sign * st.total_sq
          FROM session_outcome o
          JOIN session_outcome_stat st ON st.session_id = o.session_id
          CROSS JOIN LATERAL (VALUES ('organization', o.organization_id), ('program', o.program_id)) sc (scope, scope_id)
          CROSS JOIN LATERAL (VALUES ('week', date_trunc('week', o.held_on::timestamp)::date), ('month', date_trunc('month', o.held_on::timestamp)::date)) b (bucket, period)
         WHERE o.session_id = p_session
         ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (scope, scope_id, bucket, period, measure) DO UPDATE
          SET n = p.n + excluded.n, total = p.total + excluded.total, total_sq = p.total_sq + excluded.total_sq;

        WITH touched AS (
          INSERT INTO period_member AS m (scope, scope_id, bucket, period, member_id, organization_id, sessions)
          SELECT sc.scope, sc.scope_id, b.bucket, b.period, rated.member_id, o.organization_id, p_sign
            FROM session_outcome o
            CROSS JOIN LATERAL unnest(o.rated_members) rated (member_id)
            CROSS JOIN LATERAL (VALUES ('organization', o.organization_id), ('program', o.program_id)) sc (scope, scope_id)
            CROSS JOIN LATERAL (VALUES ('week', date_trunc('week', o.held_on::timestamp)::date), ('month', date_trunc('month', o.held_on::timestamp)::date)) b (bucket, period)
           WHERE o.session_id = p_session
           ORDER BY 1, 2, 3, 4, 5
          ON CONFLICT (scope, scope_id, bucket, period, member_id) DO UPDATE SET sessions = m.sessions + excluded.sessions
          RETURNING m.scope, m.scope_id, m.bucket, m.period, m.organization_id, m.sessions
        )
        INSERT INTO period_outcome AS p (scope, scope_id, bucket, period, organization_id, members)
        SELECT scope, scope_id, bucket, period, organization_id,
               count(*) FILTER (WHERE p_sign = 1 AND sessions = 1) - count(*) FILTER (WHERE p_sign = -1 AND sessions = 0)
          FROM touched GROUP BY 1, 2, 3, 4, 5
         ORDER BY 1, 2, 3, 4
        ON CONFLICT (scope, scope_id, bucket, period) DO UPDATE SET members = p.members + excluded.members;

        IF p_sign < 0 THEN
          -- Rows the session's removal emptied, found by their whole keys so that only the primary keys are probed.
          DELETE FROM period_member m
           USING session_outcome o
           CROSS JOIN LATERAL unnest(o.rated_members) rated (member_id)
           CROSS JOIN LATERAL (VALUES ('organization', o.organization_id), ('program', o.program_id)) sc (scope, scope_id)
           CROSS JOIN LATERAL (VALUES ('week', date_trunc('week', o.held_on::timestamp)::date), ('month', date_trunc('month', o.held_on::timestamp)::date)) b (bucket, period)
           WHERE o.session_id = p_session AND m.sessions = 0
             AND (m.scope, m.scope_id, m.bucket, m.period, m.member_id) = (sc.scope, sc.scope_id, b.bucket, b.period, rated.member_id);
          DELETE FROM period_outcome_stat p
           USING session_outcome o
           JOIN session_outcome_stat st ON st.session_id = o.session_id
           CROSS JOIN LATERAL (VALUES ('organization', o.organization_id), ('program', o.program_id)) sc (scope, scope_id)
           CROSS JOIN LATERAL (VALUES ('week', date_trunc('week', o.held_on::timestamp)::date), ('month', date_trunc('month', o.held_on::timestamp)::date)) b (bucket, period)
           WHERE o.session_id = p_session AND p.n = 0
             AND (p.scope, p.scope_id, p.bucket, p.period, p.measure) = (sc.scope, sc.scope_id, b.bucket, b.period, st.measure);
          DELETE FROM period_outcome p
           USING session_outcome o
           CROSS JOIN LATERAL (VALUES ('organization', o.organization_id), ('program', o.program_id)) sc (scope, scope_id)
           CROSS JOIN LATERAL (VALUES ('week', date_trunc('week', o.held_on::timestamp)::date), ('month', date_trunc('month', o.held_on::timestamp)::date)) b (bucket, period)
           WHERE o.session_id = p_session AND p.members = 0
             AND (p.scope, p.scope_id, p.bucket, p.period) = (sc.scope, sc.scope_id, b.bucket, b.period);
        END IF;
      END $$;
`;

export const REFRESH_SESSION_OUTCOME = `
      -- Re-derives one session's contribution from its raw ratings and moves the rollups by the difference.
      CREATE FUNCTION refresh_session_outcome(p_session uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        touched_group uuid;
        touched_members uuid[];
      BEGIN
        SELECT group_id, rated_members INTO touched_group, touched_members FROM session_outcome WHERE session_id = p_session FOR UPDATE;
        IF FOUND THEN
          PERFORM apply_session_outcome(p_session, -1);
          DELETE FROM session_outcome WHERE session_id = p_session;
        END IF;

        INSERT INTO session_outcome (session_id, organization_id, group_id, program_id, held_on, rated_members)
        SELECT s.id, s.organization_id, s.group_id, g.program_id, s.held_on, array_agg(DISTINCT r.member_id)
          FROM group_session s
          JOIN therapy_group g ON g.id = s.group_id
          JOIN rating r ON r.session_id = s.id
         WHERE s.id = p_session
         GROUP BY s.id, s.organization_id, s.group_id, g.program_id, s.held_on;

        IF FOUND THEN
          INSERT INTO session_outcome_stat (session_id, measure, organization_id, group_id, held_on, members, n, total, total_sq)
          SELECT st.session_id, st.measure, o.organization_id, o.group_id, o.held_on, cardinality(o.rated_members), st.n, st.total, st.total_sq
            FROM (SELECT session_id, measure, count(*) AS n, sum(6 * score) AS total, sum(36 * score * score) AS total_sq
                    FROM rating WHERE session_id = p_session GROUP BY session_id, measure
                  UNION ALL
                  SELECT session_id, 'benefit_index', count(*), sum(sixths), sum(sixths * sixths)
                    FROM (SELECT session_id, 6 * sum(score) / count(*) AS sixths
                            FROM rating WHERE session_id = p_session GROUP BY session_id, member_id) member_session
                   GROUP BY session_id) st
            JOIN session_outcome o ON o.session_id = st.session_id;
          PERFORM apply_session_outcome(p_session, 1);
          IF touched_group IS NOT NULL AND touched_group <> (SELECT group_id FROM session_outcome WHERE session_id = p_session) THEN
            PERFORM refresh_member_first_rating(touched_group, touched_members, p_session);
          END IF;
          SELECT group_id, array(SELECT DISTINCT unnest(touched_members || rated_members)) INTO touched_group, touched_members
            FROM session_outcome WHERE session_id = p_session;
        END IF;

        IF touched_group IS NOT NULL THEN
          PERFORM refresh_member_first_rating(touched_group, touched_members, p_session);
        END IF;
      END $$;
`;

export const REBUILD_OUTCOME_ROLLUPS = `
      -- Recomputes every rollup of one organization from its raw ratings.
      CREATE FUNCTION rebuild_outcome_rollups(p_organization uuid) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM period_member WHERE organization_id = p_organization;
        DELETE FROM period_outcome_stat WHERE organization_id = p_organization;
        DELETE FROM period_outcome WHERE organization_id = p_organization;
        DELETE FROM member_first_rating WHERE organization_id = p_organization;
        DELETE FROM session_outcome_stat WHERE organization_id = p_organization;
        DELETE FROM session_outcome WHERE organization_id = p_organization;

        INSERT INTO session_outcome (session_id, organization_id, group_id, program_id, held_on, rated_members)
        SELECT s.id, s.organization_id, s.group_id, g.program_id, s.held_on, rated.members
          FROM (SELECT session_id, array_agg(DISTINCT member_id) AS members FROM rating
                 WHERE organization_id = p_organization GROUP BY session_id) rated
          JOIN group_session s ON s.id = rated.session_id
          JOIN therapy_group g ON g.id = s.group_id;

        INSERT INTO session_outcome_stat (session_id, measure, organization_id, group_id, held_on, members, n, total, total_sq)
        SELECT st.session_id, st.measure, o.organization_id, o.group_id, o.held_on, cardinality(o.rated_members), st.n, st.total, st.total_sq
          FROM (SELECT session_id, measure, count(*) AS n, sum(6 * score) AS total, sum(36 * score * score) AS total_sq
                  FROM rating WHERE organization_id = p_organization GROUP BY session_id, measure
                UNION ALL
                SELECT session_id, 'benefit_index', count(*), sum(sixths), sum(sixths * sixths)
                  FROM (SELECT session_id, 6 * sum(score) / count(*) AS sixths
                          FROM rating WHERE organization_id = p_organization GROUP BY session_id, member_id) member_session
                 GROUP BY session_id) st
          JOIN session_outcome o ON o.session_id = st.session_id;

        INSERT INTO period_member (scope, scope_id, bucket, period, member_id, organization_id, sessions)
        SELECT sc.scope, sc.scope_id, b.bucket, b.period, rated.member_id, p_organization, count(*)
          FROM session_outcome o
          CROSS JOIN LATERAL unnest(o.rated_members) rated (member_id)
          CROSS JOIN LATERAL (VALUES ('organization', o.organization_id), ('program', o.program_id)) sc (scope, scope_id)
          CROSS JOIN LATERAL (VALUES ('week', date_trunc('week', o.held_on::timestamp)::date), ('month', date_trunc('month', o.held_on::timestamp)::date)) b (bucket, period)
         WHERE o.organization_id = p_organization
         GROUP BY 1, 2, 3, 4, 5;

        INSERT INTO period_outcome (scope, scope_id, bucket, period, organization_id, members)
        SELECT scope, scope_id, bucket, period, p_organization, count(*) FROM period_member
         WHERE organization_id = p_organization GROUP BY 1, 2, 3, 4;

        INSERT INTO period_outcome_stat (scope, scope_id, bucket, period, measure, organization_id, n, total, total_sq)
        SELECT sc.scope, sc.scope_id, b.bucket, b.period, st.measure, p_organization, sum(st.n), sum(st.total), sum(st.total_sq)
          FROM session_outcome o
          JOIN session_outcome_stat st ON st.session_id = o.session_id
          CROSS JOIN LATERAL (VALUES ('organization', o.organization_id), ('program', o.program_id)) sc (scope, scope_id)
          CROSS JOIN LATERAL (VALUES ('week', date_trunc('week', o.held_on::timestamp)::date), ('month', date_trunc('month', o.held_on::timestamp)::date)) b (bucket, period)
         WHERE o.organization_id = p_organization
         GROUP BY 1, 2, 3, 4, 5;

        INSERT INTO member_first_rating (group_id, member_id, measure, organization_id, session_id, score_sixths)
        SELECT first.group_id, first.member_id, st.measure, p_organization, first.session_id, st.sixths
          FROM (SELECT DISTINCT ON (o.group_id, rated.member_id) o.group_id, rated.member_id, o.session_id
                  FROM session_outcome o
                  JOIN group_session s ON s.id = o.session_id
                  CROSS JOIN LATERAL unnest(o.rated_members) rated (member_id)
                 WHERE o.organization_id = p_organization
                 ORDER BY o.group_id, rated.member_id, s.held_on, s.created_at, s.id) first
          CROSS JOIN LATERAL (
            SELECT r.measure, 6 * r.score AS sixths FROM rating r WHERE r.session_id = first.session_id AND r.member_id = first.member_id
            UNION ALL
            SELECT 'benefit_index', 6 * sum(r.score) / count(*) FROM rating r WHERE r.session_id = first.session_id AND r.member_id = first.member_id
          ) st;
      END $$;
`;

/**
 * Outcome rollups that are never stale: PostgreSQL keeps them in the transaction that writes the ratings.
 *
 * - `session_outcome` / `session_outcome_stat`: per session, who was rated and, per measure and for the benefit
 *   index, the sufficient statistics n, Σx and Σx². Group and facilitator trends read these.
 * - `period_outcome_stat`, with `period_outcome` holding distinct members (counted exactly through `period_member`):
 *   the same statistics per program and per organization, by ISO week (its Monday) and calendar month (its first
 *   day). Program and organization trends read these.
 * - `member_first_rating`: each member's scores in their first rated session of a group, for the reliable-change
 *   norm s1 (SD of first-session scores in the organization).
 * - `alert` and `alert_acknowledgement`: alerts as first shown, and who acted on them how (both append-only).
 *
 * Scores are stored in sixths so that the benefit index (the mean of one to three measures) stays a whole number
 * and all sums stay exact; a fourth measure needs a unit of twelfths.
 *
 * A statement-level trigger on `rating` (and on a session's date or a group's program) re-derives the touched
 * sessions' contributions and applies the difference upward. `rebuild_outcome_rollups` recomputes an organization
 * from the raw ratings, set-based: used by the synthetic generator and by the test that proves both agree.
 */
export class OutcomeRollups1764300000000 implements MigrationInterface {
  name = 'OutcomeRollups1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX rating_member;
      CREATE INDEX rating_member_history ON rating (member_id, session_id) INCLUDE (measure, score);
      CREATE INDEX attendance_member_history ON attendance (member_id, session_id) INCLUDE (status);
      DROP INDEX group_session_group_held_on;
      CREATE INDEX group_session_group_held_on ON group_session (group_id, held_on, created_at) INCLUDE (id, duration_minutes);

      CREATE TABLE session_outcome (
        session_id uuid PRIMARY KEY,
        organization_id uuid NOT NULL,
        group_id uuid NOT NULL,
        program_id uuid NOT NULL,
        held_on date NOT NULL,
        rated_members uuid[] NOT NULL,
        FOREIGN KEY (organization_id, session_id) REFERENCES group_session (organization_id, id)
      );
      CREATE INDEX session_outcome_group ON session_outcome (group_id, held_on);

      CREATE TABLE session_outcome_stat (
        session_id uuid NOT NULL REFERENCES session_outcome (session_id) ON DELETE CASCADE,
        measure text NOT NULL,
        organization_id uuid NOT NULL,
        group_id uuid NOT NULL,
        held_on date NOT NULL,
        -- Distinct members rated in the session (any measure).
        members integer NOT NULL,
        n integer NOT NULL,
        total bigint NOT NULL,
        total_sq bigint NOT NULL,
        PRIMARY KEY (session_id, measure)
      );
      -- A group's trend is one index-only range scan.
      CREATE INDEX session_outcome_stat_group ON session_outcome_stat (group_id, held_on, session_id, measure) INCLUDE (members, n, total, total_sq);

      CREATE TABLE period_outcome_stat (
        scope text NOT NULL CONSTRAINT period_outcome_stat_scope CHECK (scope IN ('organization', 'program')),
        scope_id uuid NOT NULL,
        bucket text NOT NULL CONSTRAINT period_outcome_stat_bucket CHECK (bucket IN ('week', 'month')),
        period date NOT NULL,
        measure text NOT NULL,
        organization_id uuid NOT NULL REFERENCES organization (id),
        n integer NOT NULL,
        total bigint NOT NULL,
        total_sq bigint NOT NULL,
        -- Covering, so that a trend is an index-only range scan.
        PRIMARY KEY (scope, scope_id, bucket, period, measure) INCLUDE (organization_id, n, total, total_sq)
      );

      CREATE TABLE period_outcome (
        scope text NOT NULL,
        scope_id uuid NOT NULL,
        bucket text NOT NULL,
        period date NOT NULL,
        organization_id uuid NOT NULL,
        members integer NOT NULL,
        PRIMARY KEY (scope, scope_id, bucket, period) INCLUDE (organization_id, members)
      );

      CREATE TABLE period_member (
        scope text NOT NULL,
        scope_id uuid NOT NULL,
        bucket text NOT NULL,
        period date NOT NULL,
        member_id uuid NOT NULL,
        organization_id uuid NOT NULL,
        sessions integer NOT NULL,
        PRIMARY KEY (scope, scope_id, bucket, period, member_id)
      );

      CREATE TABLE member_first_rating (
        group_id uuid NOT NULL,
        member_id uuid NOT NULL,
        measure text NOT NULL,
        organization_id uuid NOT NULL,
        session_id uuid NOT NULL,
        score_sixths integer NOT NULL,
        PRIMARY KEY (group_id, member_id, measure)
      );
      CREATE INDEX member_first_rating_organization ON member_first_rating (organization_id, measure) INCLUDE (score_sixths);

      -- An alert as first shown (its id is derived from its natural key), and what was done about it.
      CREATE TABLE alert (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL,
        group_id uuid NOT NULL,
        member_id uuid,
        kind text NOT NULL CONSTRAINT alert_kind CHECK (kind IN ('low', 'declining', 'behind_group', 'disengaging', 'climate_drop')),
        measure text,
        session_id uuid NOT NULL,
        detail text NOT NULL,
        first_seen_by uuid NOT NULL,
        first_seen_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organization_id, group_id) REFERENCES therapy_group (organization_id, id),
        FOREIGN KEY (organization_id, member_id) REFERENCES member (organization_id, id),
        FOREIGN KEY (organization_id, session_id) REFERENCES group_session (organization_id, id),
        FOREIGN KEY (organization_id, first_seen_by) REFERENCES staff_user (organization_id, id)
      );
      CREATE INDEX alert_group ON alert (group_id);

      CREATE TABLE alert_acknowledgement (
        alert_id uuid PRIMARY KEY REFERENCES alert (id),
        organization_id uuid NOT NULL,
        action text NOT NULL CONSTRAINT alert_acknowledgement_action CHECK (length(action) BETWEEN 1 AND 2000),
        acknowledged_by uuid NOT NULL,
        acknowledged_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (organization_id, acknowledged_by) REFERENCES staff_user (organization_id, id)
      );
      CREATE FUNCTION refuse_change_to_append_only_table() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'integrity_constraint_violation';
      END $$;
      CREATE TRIGGER alert_append_only BEFORE UPDATE OR DELETE ON alert
        FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only_table();
      CREATE TRIGGER alert_acknowledgement_append_only BEFORE UPDATE OR DELETE ON alert_acknowledgement
        FOR EACH ROW EXECUTE FUNCTION refuse_change_to_append_only_table();

${APPLY_SESSION_OUTCOME}
${REFRESH_SESSION_OUTCOME}
      -- Re-derives the first rated session in the group of the members a change to p_session may have touched.
      CREATE FUNCTION refresh_member_first_rating(p_group uuid, p_members uuid[], p_session uuid) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        -- A member whose first session is another one, held before p_session, keeps it.
        p_members := ARRAY(
          SELECT m FROM unnest(p_members) m
           WHERE NOT EXISTS (
             SELECT 1 FROM member_first_rating f
               JOIN group_session fs ON fs.id = f.session_id
               JOIN group_session s ON s.id = p_session
              WHERE f.group_id = p_group AND f.member_id = m AND f.measure = 'benefit_index' AND f.session_id <> p_session
                AND (fs.held_on, fs.created_at, fs.id) < (s.held_on, s.created_at, s.id)));
        IF cardinality(p_members) = 0 THEN
          RETURN;
        END IF;
        DELETE FROM member_first_rating WHERE group_id = p_group AND member_id = ANY (p_members);
        INSERT INTO member_first_rating (group_id, member_id, measure, organization_id, session_id, score_sixths)
        SELECT first.group_id, first.member_id, r.measure, first.organization_id, first.session_id, 6 * r.score
          FROM (SELECT DISTINCT ON (r.member_id) s.group_id, r.member_id, s.organization_id, s.id AS session_id
                  FROM rating r JOIN group_session s ON s.id = r.session_id
                 WHERE r.member_id = ANY (p_members) AND s.group_id = p_group
                 ORDER BY r.member_id, s.held_on, s.created_at, s.id) first
          JOIN rating r ON r.session_id = first.session_id AND r.member_id = first.member_id
        UNION ALL
        SELECT first.group_id, first.member_id, 'benefit_index', first.organization_id, first.session_id,
               (SELECT 6 * sum(r.score) / count(*) FROM rating r WHERE r.session_id = first.session_id AND r.member_id = first.member_id)
          FROM (SELECT DISTINCT ON (r.member_id) s.group_id, r.member_id, s.organization_id, s.id AS session_id
                  FROM rating r JOIN group_session s ON s.id = r.session_id
                 WHERE r.member_id = ANY (p_members) AND s.group_id = p_group
                 ORDER BY r.member_id, s.held_on, s.created_at, s.id) first;
      END $$;

      CREATE FUNCTION refresh_outcomes_after_rating_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM refresh_session_outcome(session_id) FROM (SELECT DISTINCT session_id FROM new_rows ORDER BY 1) touched;
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM refresh_session_outcome(session_id) FROM (SELECT DISTINCT session_id FROM old_rows ORDER BY 1) touched;
        ELSE
          PERFORM refresh_session_outcome(session_id)
             FROM (SELECT session_id FROM new_rows UNION SELECT session_id FROM old_rows ORDER BY 1) touched;
        END IF;
        RETURN NULL;
      END $$;

      CREATE TRIGGER rating_outcomes_after_insert AFTER INSERT ON rating REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION refresh_outcomes_after_rating_change();
      CREATE TRIGGER rating_outcomes_after_update AFTER UPDATE ON rating REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION refresh_outcomes_after_rating_change();
      CREATE TRIGGER rating_outcomes_after_delete AFTER DELETE ON rating REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION refresh_outcomes_after_rating_change();

      CREATE FUNCTION refresh_outcomes_after_session_move() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'therapy_group' THEN
          PERFORM refresh_session_outcome(session_id) FROM session_outcome WHERE group_id = NEW.id;
        ELSE
          PERFORM refresh_session_outcome(NEW.id);
        END IF;
        RETURN NULL;
      END $$;

      CREATE TRIGGER group_session_outcomes_after_move AFTER UPDATE OF held_on, group_id ON group_session
        FOR EACH ROW WHEN ((OLD.held_on, OLD.group_id) IS DISTINCT FROM (NEW.held_on, NEW.group_id))
        EXECUTE FUNCTION refresh_outcomes_after_session_move();
      CREATE TRIGGER therapy_group_outcomes_after_move AFTER UPDATE OF program_id ON therapy_group
        FOR EACH ROW WHEN (OLD.program_id IS DISTINCT FROM NEW.program_id)
        EXECUTE FUNCTION refresh_outcomes_after_session_move();

${REBUILD_OUTCOME_ROLLUPS}    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TRIGGER therapy_group_outcomes_after_move ON therapy_group;
      DROP TRIGGER group_session_outcomes_after_move ON group_session;
      DROP TRIGGER rating_outcomes_after_insert ON rating;
      DROP TRIGGER rating_outcomes_after_update ON rating;
      DROP TRIGGER rating_outcomes_after_delete ON rating;
      DROP TABLE alert_acknowledgement, alert, member_first_rating, period_member, period_outcome, period_outcome_stat, session_outcome_stat, session_outcome;
      DROP FUNCTION rebuild_outcome_rollups(uuid), refresh_outcomes_after_session_move(), refresh_outcomes_after_rating_change(),
        refresh_member_first_rating(uuid, uuid[], uuid), refresh_session_outcome(uuid), apply_session_outcome(uuid, integer),
        refuse_change_to_append_only_table();
      DROP INDEX attendance_member_history, rating_member_history, group_session_group_held_on;
      CREATE INDEX rating_member ON rating (member_id);
      CREATE INDEX group_session_group_held_on ON group_session (group_id, held_on);
    `);
  }
}
