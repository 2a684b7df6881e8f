import type { DataSource } from 'typeorm';
import { withDatabase } from '../../database/prepare-database';
import { withMigratedDatabase } from '../../start-up/migrated-database';
import { sessionContentHash } from '../../modules/sessions/note-content-hash';
import { seedDemoIfEmpty } from './demo-seed';
import { useScratchDatabase } from '../../../test/scratch-database';

/** The demo organization tells its story on a database of its own (the seed only runs on an empty database). */
describe('demo seed', () => {
  const config = useScratchDatabase('demo');
  /** What the seed wrote, read past row-level security, which binds the owner that seeds. */
  const inspect = (work: (db: DataSource) => Promise<void>) => withDatabase({ ...config, databaseOwnerUrl: config.superuserUrl }, work);

  it('seeds once: one organization, 2 programs, 4 groups of 7–10 members, 16 signed weekly sessions each', async () => {
    const today = new Date('2026-11-26T12:00:00Z');
    const first = await withMigratedDatabase(config, (db) => seedDemoIfEmpty(db, 'cohesion-demo', today));
    const second = await withMigratedDatabase(config, (db) => seedDemoIfEmpty(db, 'cohesion-demo', today));
    expect([first, second]).toEqual([true, false]);

    await inspect(async (db) => {
      const [counts] = await db.query(`SELECT (SELECT count(*)::int FROM organization) AS organizations,
        (SELECT count(*)::int FROM program) AS programs, (SELECT count(*)::int FROM therapy_group) AS groups,
        (SELECT count(*)::int FROM staff_user) AS staff`);
      expect(counts).toEqual({ organizations: 1, programs: 2, groups: 4, staff: 5 });

      const perGroup = await db.query(`SELECT g.name,
          (SELECT count(*)::int FROM enrollment e WHERE e.group_id = g.id) AS members,
          (SELECT count(*)::int FROM group_session s WHERE s.group_id = g.id AND s.status = 'signed') AS signed,
          (SELECT count(DISTINCT extract(isodow FROM s.held_on))::int FROM group_session s WHERE s.group_id = g.id) AS weekdays,
          (SELECT max(s.held_on) < '2026-11-26' FROM group_session s WHERE s.group_id = g.id) AS in_past
        FROM therapy_group g`);
      for (const group of perGroup) {
        expect(group.members).toBeGreaterThanOrEqual(7);
        expect(group.members).toBeLessThanOrEqual(10);
        expect(group).toMatchObject({ signed: 16, weekdays: 1, in_past: true });
      }

      const emails = (await db.query(`SELECT email FROM staff_user ORDER BY email`)).map((r: { email: string }) => r.email);
      expect(emails).toEqual(['admin@cohesion.test', 'ana@cohesion.test', 'ben@cohesion.test', 'director@cohesion.test', 'supervisor@cohesion.test']);
    });
  });

  it('tells its story: an improving group, a stalled one, and members whose ratings fall', async () => {
    await inspect(async (db) => {
      const trend = async (group: string) => {
        const [row] = await db.query(
          `WITH ranked AS (SELECT s.id, row_number() OVER (ORDER BY s.held_on) AS n FROM group_session s JOIN therapy_group g ON g.id = s.group_id WHERE g.name = $1)
           SELECT avg(r.score) FILTER (WHERE ranked.n <= 4) AS first, avg(r.score) FILTER (WHERE ranked.n > 12) AS last
             FROM ranked JOIN rating r ON r.session_id = ranked.id`,
          [group],
        );
        return Number(row.last) - Number(row.first);
      };
      expect(await trend('Tuesday Recovery Circle')).toBeGreaterThan(1.5);
      expect(Math.abs(await trend('Thursday Grief Group'))).toBeLessThan(0.7);

      const falling = await db.query(
        `WITH per_session AS (
           SELECT r.member_id, s.held_on, avg(r.score) AS score FROM rating r JOIN group_session s ON s.id = r.session_id GROUP BY 1, 2),
         numbered AS (
           SELECT *, row_number() OVER (PARTITION BY member_id ORDER BY held_on) AS n, count(*) OVER (PARTITION BY member_id) AS total FROM per_session)
         SELECT member_id, avg(score) FILTER (WHERE n <= 2) - avg(score) FILTER (WHERE n > total - 2) AS drop FROM numbered GROUP BY member_id
         HAVING avg(score) FILTER (WHERE n <= 2) - avg(score) FILTER (WHERE n > total - 2) >= 2.5`,
      );
      expect(falling).toHaveLength(2);
    });
  });

  it('stores for every signed session the hash of its canonical content', async () => {
    await inspect(async (db) => {
      const [session] = await db.query(
        `SELECT id, group_id, to_char(held_on, 'YYYY-MM-DD') AS held_on, duration_minutes, content_hash FROM group_session ORDER BY held_on DESC LIMIT 1`,
      );
      const [note] = await db.query(
        `SELECT themes, process, interventions, risk_level, risk_follow_up, plan, feedback_discussed FROM note WHERE session_id = $1`,
        [session.id],
      );
      const attendance = await db.query(`SELECT member_id AS "memberId", status FROM attendance WHERE session_id = $1`, [session.id]);
      const ratings = await db.query(`SELECT member_id AS "memberId", measure, score, source FROM rating WHERE session_id = $1`, [session.id]);
      const observations = await db.query(`SELECT member_id AS "memberId", text FROM member_observation WHERE session_id = $1`, [session.id]);
      const recomputed = sessionContentHash({
        sessionId: session.id,
        groupId: session.group_id,
        heldOn: session.held_on,
        durationMinutes: session.duration_minutes,
        note: {
          themes: note.themes,
          process: note.process,
          interventions: note.interventions,
          riskLevel: note.risk_level,
          riskFollowUp: note.risk_follow_up,
          plan: note.plan,
          feedbackDiscussed: note.feedback_discussed,
        },
        attendance,
        ratings,
        observations,
      });
      expect(recomputed).toBe(session.content_hash);
    });
  });
});
