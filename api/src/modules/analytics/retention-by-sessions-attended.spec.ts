import type { AttendanceSummary, ProgramRetention } from '@cohesion/contracts';
import { aRatedSession } from '../../../test/analytics-fixtures';
import { aClinicWorld, type ClinicWorld } from '../../../test/clinical-fixtures';
import { pdfText } from '../../../test/pdf-text';
import { useTestApp } from '../../../test/test-context';

const RANGE = 'from=2026-01-01&to=2026-03-31';

/**
 * Issue 15, defect 4. Five members joined on 2026-01-05; six weekly sessions from 2026-01-06. Member a was present at
 * the first two and absent at the next four, then dropped out (2026-02-12); b–e attended all six (b late once) and
 * are still enrolled. In sessions attended, a leaves after 2 of 5 at risk: S(2) = S(4) = 0.8. Counting attendance rows
 * (6 for a) gave S(4) = 1.0.
 */
describe('retention by sessions attended', () => {
  const context = useTestApp();
  let world: ClinicWorld;

  beforeAll(async () => {
    world = await aClinicWorld(context.db, 5);
    const lead = await context.signedIn(world.lead);
    const [a, b, c, d, e] = world.memberIds;
    const dates = ['2026-01-06', '2026-01-13', '2026-01-20', '2026-01-27', '2026-02-03', '2026-02-10'];
    for (const [i, heldOn] of dates.entries()) {
      await aRatedSession(
        lead,
        world.groupId,
        heldOn,
        { [a]: i < 2 ? 'present' : 'absent', [b]: i === 3 ? 'late' : 'present', [c]: 'present', [d]: 'present', [e]: 'present' },
        {},
      );
    }
    await context.db.query(`UPDATE enrollment SET left_on = '2026-02-12', exit_reason = 'dropped_out' WHERE member_id = $1`, [a]);
  });

  it('answers S(4) = 0.8 in the attendance summary', async () => {
    const response = await (await context.as(world.lead)).get(`/api/analytics/attendance?scope=group&id=${world.groupId}&${RANGE}`);
    expect(response.status).toBe(200);
    expect(response.json<AttendanceSummary>().retention).toEqual([
      { session: 4, retained: 0.8, atRisk: 4 },
      { session: 8, retained: null, atRisk: 0 },
      { session: 12, retained: null, atRisk: 0 },
    ]);
  });

  it('draws the director’s curve in sessions attended', async () => {
    const response = await (await context.as(world.director)).get(`/api/analytics/retention/programs?${RANGE}`);
    const [program] = response.json<ProgramRetention[]>();
    expect(program.curve.slice(0, 7)).toEqual([
      { session: 1, retained: 1, atRisk: 5 },
      { session: 2, retained: 0.8, atRisk: 5 },
      { session: 3, retained: 0.8, atRisk: 4 },
      { session: 4, retained: 0.8, atRisk: 4 },
      { session: 5, retained: 0.8, atRisk: 4 },
      { session: 6, retained: 0.8, atRisk: 4 },
      { session: 7, retained: null, atRisk: 0 },
    ]);
  });

  it('says "sessions attended" in the supervision pack', async () => {
    const response = await (await context.as(world.lead)).get(`/api/reports/supervision.pdf?scope=group&id=${world.groupId}&${RANGE}`);
    expect(response.status).toBe(200);
    const { text } = await pdfText(response.rawPayload);
    expect(text).toContain('after 4 sessions attended 80.0%');
  });
});
