import { MigrationInterface, QueryRunner } from 'typeorm';
import { APPLY_SESSION_OUTCOME, REBUILD_OUTCOME_ROLLUPS, REFRESH_SESSION_OUTCOME } from './1764300000000-outcome-rollups';

/** The bucket and scope keys a session contributes to (as in the outcome rollups migration). */
const SESSION_KEYS = `
  CROSS JOIN LATERAL (VALUES ('organization', o.organization_id), ('program', o.program_id)) sc (scope, scope_id)
  CROSS JOIN LATERAL (VALUES ('week', date_trunc('week', o.held_on::timestamp)::date), ('month', date_trunc('month', o.held_on::timestamp)::date)) b (bucket, period)`;

/** A period member's sessions per series, as rows: the benefit index counts sessions with any rating. */
const SESSIONS_PER_SERIES = `(VALUES ('benefit_index', m.sessions), ('belonging', m.belonging_sessions), ('learning', m.learning_sessions),
  ('accountability', m.accountability_sessions))`;

/**
 * Per session and series, from the ratings `where` selects: n, Σx and Σx² in sixths, and who was rated; `members` is n,
 * since a member rates a measure once a session (and has one benefit index).
 */
const insertSessionStats = (where: string) => `
  INSERT INTO session_outcome_stat (session_id, measure, organization_id, group_id, held_on, members, rated_members, n, total, total_sq)
  SELECT st.session_id, st.measure, o.organization_id, o.group_id, o.held_on, st.n, st.rated_members, st.n, st.total, st.total_sq
    FROM (SELECT session_id, measure, count(*) AS n, sum(6 * score) AS total, sum(36 * score * score) AS total_sq,
                 array_agg(member_id ORDER BY member_id) AS rated_members
            FROM rating WHERE ${where} GROUP BY session_id, measure
          UNION ALL
          SELECT session_id, 'benefit_index', count(*), sum(sixths), sum(sixths * sixths), array_agg(member_id ORDER BY member_id)
            FROM (SELECT session_id, member_id, 6 * sum(score) / count(*) AS sixths
                    FROM rating WHERE ${where} GROUP BY session_id, member_id) member_session
           GROUP BY session_id) st
    JOIN session_outcome o ON o.session_id = st.session_id;`;

/**
 * Distinct members per measure (issue 15): `members` of a measure counts the members who rated that measure, not
 * everyone rated in the bucket. Without new rollup rows:
 * - `session_outcome_stat` keeps, per session and series, who was rated (`rated_members`); its `members` is n (one
 *   rating per member, measure and session).
 * - `period_member` counts each member's sessions per measure beside their sessions with any rating.
 * - `period_outcome_stat.members` counts the members of the period with at least one session in that series, moved
 *   as members' counts go from 0 to 1 and back, and covered by the primary key so that trends stay index-only.
 * The existing rollups are rebuilt one organization at a time, each under its own `cohesion.organization_id`: row-level
 * security is forced, so a rebuild without it would see and change nothing.
 */
export class MembersPerMeasure1765154000000 implements MigrationInterface {
  name = 'MembersPerMeasure1765154000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE session_outcome_stat ADD COLUMN rated_members uuid[] NOT NULL DEFAULT '{}';
      ALTER TABLE period_member
        ADD COLUMN belonging_sessions integer NOT NULL DEFAULT 0,
        ADD COLUMN learning_sessions integer NOT NULL DEFAULT 0,
        ADD COLUMN accountability_sessions integer NOT NULL DEFAULT 0;
      ALTER TABLE period_outcome_stat ADD COLUMN members integer NOT NULL DEFAULT 0;
      ALTER TABLE period_outcome_stat DROP CONSTRAINT period_outcome_stat_pkey,
        ADD PRIMARY KEY (scope, scope_id, bucket, period, measure) INCLUDE (organization_id, n, total, total_sq, members);

      -- Adds (sign 1) or removes (sign -1) one session's recorded contribution to the program and organization rollups.
      CREATE OR REPLACE FUNCTION apply_session_outcome(p_session uuid, p_sign integer) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO period_outcome_stat AS p (scope, scope_id, bucket, period, measure, organization_id, n, total, total_sq)
        SELECT sc.scope, sc.scope_id, b.bucket, b.period, st.measure, o.organization_id,
               p_sign * st.n, p_sign * st.total, p_sign * st.total_sq
          FROM session_outcome o
          JOIN session_outcome_stat st ON st.session_id = o.session_id
          ${SESSION_KEYS}
         WHERE o.session_id = p_session
         ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (scope, scope_id, bucket, period, measure) DO UPDATE
          SET n = p.n + excluded.n, total = p.total + excluded.total, total_sq = p.total_sq + excluded.total_sq;

        WITH rated AS (
          -- Each member rated in the session, with 1 for each measure they rated.
          SELECT r.member_id, count(*) FILTER (WHERE st.measure = 'belonging')::int AS belonging,
                 count(*) FILTER (WHERE st.measure = 'learning')::int AS learning, count(*) FILTER (WHERE st.measure = 'accountability')::int AS accountability
            FROM session_outcome_stat st CROSS JOIN LATERAL unnest(st.rated_members) r (member_id)
           WHERE st.session_id = p_session AND st.measure <> 'benefit_index'
           GROUP BY r.member_id
        ), touched AS (
          INSERT INTO period_member AS m (scope, scope_id, bucket, period, member_id, organization_id, sessions, belonging_sessions, learning_sessions, accountability_sessions)
          SELECT sc.scope, sc.scope_id, b.bucket, b.period, rated.member_id, o.organization_id, p_sign,
                 p_sign * rated.belonging, p_sign * rated.learning, p_sign * rated.accountability
            FROM session_outcome o
            CROSS JOIN rated
            ${SESSION_KEYS}
           WHERE o.session_id = p_session
           ORDER BY 1, 2, 3, 4, 5
          ON CONFLICT (scope, scope_id, bucket, period, member_id) DO UPDATE
            SET sessions = m.sessions + excluded.sessions, belonging_sessions = m.belonging_sessions + excluded.belonging_sessions,
                learning_sessions = m.learning_sessions + excluded.learning_sessions,
                accountability_sessions = m.accountability_sessions + excluded.accountability_sessions
          RETURNING m.scope, m.scope_id, m.bucket, m.period, m.member_id, m.organization_id, m.sessions, m.belonging_sessions,
                    m.learning_sessions, m.accountability_sessions
        ), moved AS (
          -- Per key and series, members whose count this session took from 0 to 1 (or back to 0).
          SELECT m.scope, m.scope_id, m.bucket, m.period, m.organization_id, series.measure,
                 count(*) FILTER (WHERE series.rated = 1 AND p_sign = 1 AND series.sessions = 1)
                   - count(*) FILTER (WHERE series.rated = 1 AND p_sign = -1 AND series.sessions = 0) AS members
            FROM touched m
            JOIN rated r ON r.member_id = m.member_id
            CROSS JOIN LATERAL (VALUES ('benefit_index', 1, m.sessions), ('belonging', r.belonging, m.belonging_sessions),
              ('learning', r.learning, m.learning_sessions), ('accountability', r.accountability, m.accountability_sessions)) series (measure, rated, sessions)
           GROUP BY 1, 2, 3, 4, 5, 6
        ), outcome AS (
          INSERT INTO period_outcome AS p (scope, scope_id, bucket, period, organization_id, members)
          SELECT scope, scope_id, bucket, period, organization_id, members FROM moved WHERE measure = 'benefit_index'
           ORDER BY 1, 2, 3, 4
          ON CONFLICT (scope, scope_id, bucket, period) DO UPDATE SET members = p.members + excluded.members
        )
        UPDATE period_outcome_stat p SET members = p.members + moved.members
          FROM moved
         WHERE moved.members <> 0
           AND (p.scope, p.scope_id, p.bucket, p.period, p.measure) = (moved.scope, moved.scope_id, moved.bucket, moved.period, moved.measure);

        IF p_sign < 0 THEN
          -- Rows the session's removal emptied, found by their whole keys so that only the primary keys are probed.
          DELETE FROM period_member m
           USING session_outcome o
           CROSS JOIN LATERAL unnest(o.rated_members) rated (member_id)
           ${SESSION_KEYS}
           WHERE o.session_id = p_session AND m.sessions = 0
             AND (m.scope, m.scope_id, m.bucket, m.period, m.member_id) = (sc.scope, sc.scope_id, b.bucket, b.period, rated.member_id);
          DELETE FROM period_outcome_stat p
           USING session_outcome o
           JOIN session_outcome_stat st ON st.session_id = o.session_id
           ${SESSION_KEYS}
           WHERE o.session_id = p_session AND p.n = 0
             AND (p.scope, p.scope_id, p.bucket, p.period, p.measure) = (sc.scope, sc.scope_id, b.bucket, b.period, st.measure);
          DELETE FROM period_outcome p
           USING session_outcome o
           ${SESSION_KEYS}
           WHERE o.session_id = p_session AND p.members = 0
             AND (p.scope, p.scope_id, p.bucket, p.period) = (sc.scope, sc.scope_id, b.bucket, b.period);
        END IF;
      END $$;
    `);
    await db.query(`
      -- Re-derives one session's contribution from its raw ratings and moves the rollups by the difference.
      CREATE OR REPLACE FUNCTION refresh_session_outcome(p_session uuid) RETURNS void LANGUAGE plpgsql AS $$
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
          ${insertSessionStats('session_id = p_session')}
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
    `);
    await db.query(`
      -- Recomputes every rollup of one organization from its raw ratings.
      CREATE OR REPLACE FUNCTION rebuild_outcome_rollups(p_organization uuid) RETURNS void LANGUAGE plpgsql AS $$
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

        ${insertSessionStats('organization_id = p_organization')}

        INSERT INTO period_member (scope, scope_id, bucket, period, member_id, organization_id, sessions, belonging_sessions, learning_sessions, accountability_sessions)
        SELECT sc.scope, sc.scope_id, b.bucket, b.period, rated.member_id, p_organization, count(DISTINCT o.session_id),
               count(*) FILTER (WHERE st.measure = 'belonging'), count(*) FILTER (WHERE st.measure = 'learning'),
               count(*) FILTER (WHERE st.measure = 'accountability')
          FROM session_outcome o
          JOIN session_outcome_stat st ON st.session_id = o.session_id AND st.measure <> 'benefit_index'
          CROSS JOIN LATERAL unnest(st.rated_members) rated (member_id)
          ${SESSION_KEYS}
         WHERE o.organization_id = p_organization
         GROUP BY 1, 2, 3, 4, 5;

        INSERT INTO period_outcome (scope, scope_id, bucket, period, organization_id, members)
        SELECT scope, scope_id, bucket, period, p_organization, count(*) FROM period_member
         WHERE organization_id = p_organization GROUP BY 1, 2, 3, 4;

        INSERT INTO period_outcome_stat (scope, scope_id, bucket, period, measure, organization_id, n, total, total_sq, members)
        SELECT stat.*, coalesce(counted.members, 0)
          FROM (SELECT sc.scope, sc.scope_id, b.bucket, b.period, st.measure, p_organization, sum(st.n), sum(st.total), sum(st.total_sq)
                  FROM session_outcome o
                  JOIN session_outcome_stat st ON st.session_id = o.session_id
                  ${SESSION_KEYS}
                 WHERE o.organization_id = p_organization
                 GROUP BY 1, 2, 3, 4, 5) stat (scope, scope_id, bucket, period, measure)
          LEFT JOIN (SELECT m.scope, m.scope_id, m.bucket, m.period, series.measure, count(*) FILTER (WHERE series.sessions > 0) AS members
                       FROM period_member m CROSS JOIN LATERAL ${SESSIONS_PER_SERIES} series (measure, sessions)
                      WHERE m.organization_id = p_organization
                      GROUP BY 1, 2, 3, 4, 5) counted USING (scope, scope_id, bucket, period, measure);

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
    `);
    await rebuildEveryOrganization(db);
    await db.query(`ALTER TABLE session_outcome_stat ALTER COLUMN rated_members DROP DEFAULT`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ${APPLY_SESSION_OUTCOME.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION')}
      ${REFRESH_SESSION_OUTCOME.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION')}
      ${REBUILD_OUTCOME_ROLLUPS.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION')}
      ALTER TABLE period_outcome_stat DROP CONSTRAINT period_outcome_stat_pkey,
        ADD PRIMARY KEY (scope, scope_id, bucket, period, measure) INCLUDE (organization_id, n, total, total_sq);
      ALTER TABLE period_outcome_stat DROP COLUMN members;
      ALTER TABLE period_member DROP COLUMN belonging_sessions, DROP COLUMN learning_sessions, DROP COLUMN accountability_sessions;
      ALTER TABLE session_outcome_stat DROP COLUMN rated_members;
    `);
    await rebuildEveryOrganization(db);
  }
}

/** Every organization's rollups from its raw ratings, each inside its own organization (row-level security is forced). */
async function rebuildEveryOrganization(db: QueryRunner): Promise<void> {
  const organizations: { id: string }[] = await db.query(`SELECT id FROM organization ORDER BY id`);
  for (const { id } of organizations) {
    await db.query(`SELECT set_config('cohesion.organization_id', $1, true)`, [id]);
    await db.query(`SELECT rebuild_outcome_rollups($1)`, [id]);
  }
  await db.query(`SELECT set_config('cohesion.organization_id', '', true)`);
}
