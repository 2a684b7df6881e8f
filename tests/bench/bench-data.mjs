// What the benchmark asks about, read from the database: the synthetic organization and ids inside it; the raw-scan
// baseline; and the removal of the sessions the benchmark itself recorded.
import pg from 'pg';

/** The benchmark's own connection, for its reads and clean-up: the owner's login (the API serves through DATABASE_URL's). */
export function benchDatabaseClient(env) {
  return new pg.Client({ connectionString: env.DATABASE_OWNER_URL || env.DATABASE_URL });
}

/**
 * The synthetic organization's ids and facts, or null when the database holds none. From then on `db` works for that
 * organization: row-level security binds the owner too.
 */
export async function findBenchData(db) {
  const org = await db
    .query(`SELECT id, to_char((now() AT TIME ZONE time_zone)::date, 'YYYY-MM-DD') AS today FROM organization WHERE origin = 'synthetic' LIMIT 1`)
    .then(
      ({ rows }) => rows[0] ?? null,
      (error) => {
        if (error.code === '42P01') return null; // not even migrated
        throw error;
      },
    );
  if (!org) return null;
  await db.query(`SELECT set_config('cohesion.organization_id', $1, false)`, [org.id]);
  const one = async (sql, params) => (await db.query(sql, params)).rows[0];
  const { count: ratings } = await one(`SELECT count(*)::int AS count FROM rating WHERE organization_id = $1`, [org.id]);
  const ana = await one(`SELECT id FROM staff_user WHERE email = 'ana@cohesion.test' AND organization_id = $1`, [org.id]);
  // Ana's open group whose seats are all taken today: where she records the benchmark's sessions.
  const writeGroup = await one(
    `SELECT g.id, array_agg(e.member_id ORDER BY e.member_id) AS members
       FROM therapy_group g
       JOIN group_facilitator f ON f.group_id = g.id AND f.role = 'lead' AND f.user_id = $1
       JOIN enrollment e ON e.group_id = g.id AND e.joined_on <= $2::date AND (e.left_on IS NULL OR e.left_on > $2::date)
      WHERE g.kind = 'open'
      GROUP BY g.id HAVING count(*) = 10 ORDER BY g.name LIMIT 1`,
    [ana.id, org.today],
  );
  if (!writeGroup) throw new Error('ana@cohesion.test leads no open group with 10 members enrolled today: run `npm run synth` again.');
  const member = await one(
    `SELECT r.member_id AS id FROM rating r JOIN group_session s ON s.id = r.session_id
      WHERE s.group_id = $1 GROUP BY r.member_id ORDER BY count(*) DESC, r.member_id LIMIT 1`,
    [writeGroup.id],
  );
  const program = await one(
    `SELECT p.id FROM program p JOIN therapy_group g ON g.program_id = p.id WHERE p.organization_id = $1
      GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1`,
    [org.id],
  );
  const { rows: groups } = await db.query(`SELECT id FROM therapy_group WHERE organization_id = $1 ORDER BY id`, [org.id]);
  // The supervision pack's subject: a facilitator of exactly two groups (as the target says).
  const packFacilitator = await one(
    `SELECT f.user_id AS id FROM group_facilitator f WHERE f.organization_id = $1 GROUP BY f.user_id HAVING count(*) = 2 ORDER BY f.user_id LIMIT 1`,
    [org.id],
  );
  return {
    organizationId: org.id,
    today: org.today,
    ratings,
    anaId: ana.id,
    writeGroup: { id: writeGroup.id, memberIds: writeGroup.members },
    trajectoryMemberId: member.id,
    programId: program.id,
    groupIds: groups.map((g) => g.id),
    packFacilitatorId: packFacilitator?.id ?? ana.id,
  };
}

/**
 * The best answer to the organization trend by week straight from the raw ratings: one parallel scan of rating joined
 * to its sessions, float aggregates. (Without distinct members or the benefit index, which would only slow it.)
 * Returns PostgreSQL's execution time of each of `runs` runs after one warm-up, in ms, and the parallel workers used.
 */
export async function timeRawOrganizationTrend(db, organizationId, from, to, runs) {
  const sql = `EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON)
    SELECT date_trunc('week', s.held_on)::date AS period, r.measure,
           count(*) AS n, avg(r.score::float8) AS mean, stddev_samp(r.score::float8) AS sd
      FROM rating r JOIN group_session s ON s.id = r.session_id
     WHERE r.organization_id = $1 AND s.held_on BETWEEN $2 AND $3
     GROUP BY 1, 2`;
  const times = [];
  let workers = 0;
  for (let i = 0; i <= runs; i++) {
    const {
      rows: [
        {
          'QUERY PLAN': [plan],
        },
      ],
    } = await db.query(sql, [organizationId, from, to]);
    if (i > 0) times.push(plan['Execution Time']);
    workers = Math.max(workers, maxWorkersLaunched(plan.Plan));
  }
  return { times, workers };
}

function maxWorkersLaunched(node) {
  return Math.max(node['Workers Launched'] ?? 0, ...(node.Plans ?? []).map(maxWorkersLaunched));
}

/** Removes the draft sessions the benchmark recorded (their rollups follow through the triggers). */
export async function deleteSessions(db, sessionIds) {
  if (!sessionIds.length) return;
  await db.query('BEGIN');
  try {
    for (const table of ['idempotency_key', 'identifier_override', 'rating', 'member_observation', 'attendance', 'note', 'session_facilitator']) {
      await db.query(`DELETE FROM ${table} WHERE session_id = ANY ($1::uuid[])`, [sessionIds]);
    }
    await db.query(`DELETE FROM group_session WHERE id = ANY ($1::uuid[]) AND status = 'draft'`, [sessionIds]);
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
}
