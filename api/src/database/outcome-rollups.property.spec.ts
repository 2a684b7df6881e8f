import fc from 'fast-check';
import type { DataSource, EntityManager } from 'typeorm';
import { asOrganization } from '../../test/as-organization';
import { anEnrolledMember } from '../../test/clinical-fixtures';
import { aGroup, aProgram, aStaffMember, anOrganization } from '../../test/fixtures';
import { openTestDatabase } from '../../test/test-app';

const RUNS = 40;
const MEASURES = ['belonging', 'learning', 'accountability'] as const;

type Operation =
  | { kind: 'rate'; session: number; member: number; measure: number; score: number }
  | { kind: 'rateWholeSession'; session: number; scores: number[] }
  | { kind: 'rescore'; session: number; delta: number }
  | { kind: 'unrate'; session: number; member: number }
  | { kind: 'skipMeasure'; session: number; member: number; measure: number }
  | { kind: 'clearSession'; session: number }
  | { kind: 'moveSession'; session: number; day: number }
  | { kind: 'moveGroup'; group: number; program: number };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant('rate' as const), session: fc.nat(7), member: fc.nat(5), measure: fc.nat(2), score: fc.integer({ min: 0, max: 10 }) }),
  fc.record({
    kind: fc.constant('rateWholeSession' as const),
    session: fc.nat(7),
    scores: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 18, maxLength: 18 }),
  }),
  fc.record({ kind: fc.constant('rescore' as const), session: fc.nat(7), delta: fc.integer({ min: -3, max: 3 }) }),
  fc.record({ kind: fc.constant('unrate' as const), session: fc.nat(7), member: fc.nat(5) }),
  fc.record({ kind: fc.constant('skipMeasure' as const), session: fc.nat(7), member: fc.nat(5), measure: fc.nat(2) }),
  fc.record({ kind: fc.constant('clearSession' as const), session: fc.nat(7) }),
  fc.record({ kind: fc.constant('moveSession' as const), session: fc.nat(7), day: fc.integer({ min: 0, max: 90 }) }),
  fc.record({ kind: fc.constant('moveGroup' as const), group: fc.nat(1), program: fc.nat(1) }),
);

interface World {
  organizationId: string;
  programIds: string[];
  groupIds: string[];
  /** Per group, its members. */
  memberIds: string[][];
  /** Sessions 0–3 in group 0, 4–7 in group 1. */
  sessionIds: string[];
}

/**
 * The rollups kept by triggers, write by write, always equal a rebuild from the raw ratings: whatever ratings are
 * added, changed or removed (a member's whole session or one measure they then skipped), and whichever sessions or
 * groups move between weeks, months and programs. Each series' distinct members equal a count from the raw ratings.
 */
describe('outcome rollups kept by triggers', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = await openTestDatabase();
  });

  afterAll(() => db.destroy());

  async function aWorld(): Promise<World> {
    const organizationId = await anOrganization(db, 'Rollups');
    const author = await aStaffMember(db, organizationId, 'facilitator');
    const programIds = [await aProgram(db, organizationId), await aProgram(db, organizationId)];
    const groupIds = [await aGroup(db, organizationId, programIds[0]), await aGroup(db, organizationId, programIds[1])];
    const memberIds: string[][] = [];
    for (const groupId of groupIds) {
      const members = [];
      for (let i = 0; i < 6; i++) members.push(await anEnrolledMember(db, organizationId, groupId, '2026-01-01'));
      memberIds.push(members);
    }
    // A member in both groups, so that distinct members across a program or the organization are really distinct.
    await db.query(`INSERT INTO enrollment (organization_id, group_id, member_id, joined_on) VALUES ($1, $2, $3, '2026-01-01')`, [
      organizationId,
      groupIds[1],
      memberIds[0][0],
    ]);
    memberIds[1][5] = memberIds[0][0];
    const sessionIds: string[] = [];
    for (let i = 0; i < 8; i++) {
      const [row] = await db.query(
        `INSERT INTO group_session (organization_id, group_id, held_on, duration_minutes, created_by) VALUES ($1, $2, $3::date + $4::int, 90, $5) RETURNING id`,
        [organizationId, groupIds[Math.floor(i / 4)], '2026-01-26', (i % 4) * 9, author.id],
      );
      sessionIds.push(row.id);
    }
    return { organizationId, programIds, groupIds, memberIds, sessionIds };
  }

  async function apply(tx: EntityManager, world: World, op: Operation): Promise<void> {
    const sessionId = world.sessionIds[('session' in op ? op.session : 0) % 8];
    const members = world.memberIds[Math.floor((('session' in op ? op.session : 0) % 8) / 4)];
    switch (op.kind) {
      case 'rate':
        await tx.query(
          `INSERT INTO rating (session_id, member_id, measure, organization_id, score) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (session_id, member_id, measure) DO UPDATE SET score = excluded.score`,
          [sessionId, members[op.member], MEASURES[op.measure], world.organizationId, op.score],
        );
        return;
      case 'rateWholeSession':
        await tx.query(`DELETE FROM rating WHERE session_id = $1`, [sessionId]);
        await tx.query(
          `INSERT INTO rating (session_id, member_id, measure, organization_id, score)
           SELECT $1, m.id, ms.key, $2, ($3::int[])[(m.i - 1) * 3 + ms.position]
             FROM unnest($4::uuid[]) WITH ORDINALITY m (id, i), measure ms`,
          [sessionId, world.organizationId, op.scores, members],
        );
        return;
      case 'rescore':
        await tx.query(`UPDATE rating SET score = least(10, greatest(0, score + $2)) WHERE session_id = $1`, [sessionId, op.delta]);
        return;
      case 'unrate':
        await tx.query(`DELETE FROM rating WHERE session_id = $1 AND member_id = $2`, [sessionId, members[op.member]]);
        return;
      case 'skipMeasure':
        await tx.query(`DELETE FROM rating WHERE session_id = $1 AND member_id = $2 AND measure = $3`, [sessionId, members[op.member], MEASURES[op.measure]]);
        return;
      case 'clearSession':
        await tx.query(`DELETE FROM rating WHERE session_id = $1`, [sessionId]);
        return;
      case 'moveSession':
        await tx.query(`UPDATE group_session SET held_on = '2026-01-01'::date + $2::int WHERE id = $1`, [sessionId, op.day]);
        return;
      case 'moveGroup':
        await tx.query(`UPDATE therapy_group SET program_id = $2 WHERE id = $1`, [world.groupIds[op.group], world.programIds[op.program]]);
        return;
    }
  }

  async function rollups(organizationId: string): Promise<Record<string, unknown[]>> {
    const select = async (sql: string) => db.query(sql, [organizationId]);
    return {
      sessions:
        await select(`SELECT session_id, group_id, program_id, held_on::text, (SELECT array_agg(m ORDER BY m) FROM unnest(rated_members) m)::text AS members
                                FROM session_outcome WHERE organization_id = $1 ORDER BY session_id`),
      sessionStats: await select(`SELECT session_id, measure, group_id, held_on::text, members, rated_members::text, n, total, total_sq
                                    FROM session_outcome_stat WHERE organization_id = $1 ORDER BY 1, 2`),
      periodStats: await select(`SELECT scope, scope_id, bucket, period::text, measure, members, n, total, total_sq
                                   FROM period_outcome_stat WHERE organization_id = $1 ORDER BY 1, 2, 3, 4, 5`),
      periods: await select(`SELECT scope, scope_id, bucket, period::text, members FROM period_outcome WHERE organization_id = $1 ORDER BY 1, 2, 3, 4`),
      periodMembers:
        await select(`SELECT scope, scope_id, bucket, period::text, member_id, sessions, belonging_sessions, learning_sessions, accountability_sessions
                                     FROM period_member WHERE organization_id = $1 ORDER BY 1, 2, 3, 4, 5`),
      firstRatings: await select(
        `SELECT group_id, member_id, measure, session_id, score_sixths FROM member_first_rating WHERE organization_id = $1 ORDER BY 1, 2, 3`,
      ),
    };
  }

  const firstSessionNorms = (organizationId: string) =>
    db.query(`SELECT measure, n::int, total::int, total_sq::int FROM first_session_norm WHERE organization_id = $1 AND n > 0 ORDER BY 1`, [organizationId]);
  const firstSessionNormsFromRows = (organizationId: string) =>
    db.query(
      `SELECT measure, count(*)::int AS n, sum(score_sixths)::int AS total, sum(score_sixths * score_sixths)::int AS total_sq
                FROM member_first_rating WHERE organization_id = $1 GROUP BY 1 ORDER BY 1`,
      [organizationId],
    );

  /** Distinct members per scope, bucket, period and series, counted straight from the raw ratings. */
  const membersFromRatings = (organizationId: string) =>
    db.query(
      `SELECT sc.scope, sc.scope_id, b.bucket, b.period::text, series.measure, count(DISTINCT r.member_id)::int AS members
         FROM rating r JOIN group_session s ON s.id = r.session_id JOIN therapy_group g ON g.id = s.group_id
        CROSS JOIN LATERAL (VALUES ('organization', s.organization_id), ('program', g.program_id)) sc (scope, scope_id)
        CROSS JOIN LATERAL (VALUES ('week', date_trunc('week', s.held_on::timestamp)::date), ('month', date_trunc('month', s.held_on::timestamp)::date)) b (bucket, period)
        CROSS JOIN LATERAL (VALUES (r.measure), ('benefit_index')) series (measure)
        WHERE r.organization_id = $1
        GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
      [organizationId],
    );
  const membersOfRollups = (organizationId: string) =>
    db.query(`SELECT scope, scope_id, bucket, period::text, measure, members FROM period_outcome_stat WHERE organization_id = $1 ORDER BY 1, 2, 3, 4, 5`, [
      organizationId,
    ]);

  it('equal a rebuild from raw ratings after any sequence of writes, members counted per measure', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 25 }), async (operations) => {
        const world = await aWorld();
        for (const op of operations) await asOrganization(db, world.organizationId, (tx) => apply(tx, world, op));
        const incremental = await rollups(world.organizationId);
        expect(await membersOfRollups(world.organizationId)).toEqual(await membersFromRatings(world.organizationId));
        expect(await firstSessionNorms(world.organizationId)).toEqual(await firstSessionNormsFromRows(world.organizationId));
        await asOrganization(db, world.organizationId, (tx) => tx.query(`SELECT rebuild_outcome_rollups($1)`, [world.organizationId]));
        expect(incremental).toEqual(await rollups(world.organizationId));
        expect(await firstSessionNorms(world.organizationId)).toEqual(await firstSessionNormsFromRows(world.organizationId));
      }),
      { numRuns: RUNS },
    );
  });

  it('counts a member rated in two groups of one program once in the program and the organization', async () => {
    const world = await aWorld();
    await db.query(`UPDATE therapy_group SET program_id = $1 WHERE id = $2`, [world.programIds[0], world.groupIds[1]]);
    await db.query(`UPDATE group_session SET held_on = '2026-01-26' WHERE id = ANY ($1)`, [[world.sessionIds[0], world.sessionIds[4]]]);
    const shared = world.memberIds[0][0];
    for (const sessionId of [world.sessionIds[0], world.sessionIds[4]]) {
      await db.query(`INSERT INTO rating (session_id, member_id, measure, organization_id, score) VALUES ($1, $2, 'belonging', $3, 6)`, [
        sessionId,
        shared,
        world.organizationId,
      ]);
    }
    const rows = await db.query(
      `SELECT st.scope, st.n, p.members, st.total FROM period_outcome_stat st JOIN period_outcome p USING (scope, scope_id, bucket, period)
        WHERE st.organization_id = $1 AND st.bucket = 'week' AND st.measure = 'belonging' ORDER BY st.scope`,
      [world.organizationId],
    );
    expect(rows).toEqual([
      { scope: 'organization', n: 2, members: 1, total: '72' },
      { scope: 'program', n: 2, members: 1, total: '72' },
    ]);
  });
});
