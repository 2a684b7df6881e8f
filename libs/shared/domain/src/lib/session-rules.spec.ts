import { sessionContentProblems, signingProblems } from './session-rules';

const enrolled = new Set(['a', 'b', 'c']);
/** Dana records; Sam co-facilitates the group; Lee does not. */
const group = { facilitatorIds: new Set(['dana', 'sam']), recordedBy: 'dana' };

describe('sessionContentProblems', () => {
  it('accepts a complete, consistent session', () => {
    expect(
      sessionContentProblems(
        {
          heldOn: '2026-11-24',
          coFacilitatorIds: ['sam'],
          attendance: [
            { memberId: 'a', status: 'present' },
            { memberId: 'b', status: 'late' },
            { memberId: 'c', status: 'excused' },
          ],
          ratings: [
            { memberId: 'a', measure: 'belonging' },
            { memberId: 'b', measure: 'belonging' },
            { memberId: 'a', measure: 'learning' },
          ],
          memberObservations: [{ memberId: 'c' }],
        },
        enrolled,
        '2026-11-24',
        group,
      ),
    ).toEqual([]);
  });

  it('names each problem with its field', () => {
    const problems = sessionContentProblems(
      {
        heldOn: '2026-11-25',
        coFacilitatorIds: ['dana', 'lee'],
        attendance: [
          { memberId: 'a', status: 'absent' },
          { memberId: 'x', status: 'present' },
          { memberId: 'a', status: 'present' },
        ],
        ratings: [
          { memberId: 'b', measure: 'learning' },
          { memberId: 'x', measure: 'learning' },
          { memberId: 'x', measure: 'learning' },
        ],
        memberObservations: [{ memberId: 'c' }],
      },
      enrolled,
      '2026-11-24',
      group,
    );
    expect(problems.map((p) => p.field)).toEqual([
      'heldOn',
      'coFacilitatorIds[0]',
      'coFacilitatorIds[1]',
      'attendance[1].memberId',
      'attendance[2].memberId',
      'ratings[0].memberId',
      'ratings[2]',
      'note.memberObservations[0].memberId',
    ]);
  });

  it('refuses a rating for a member marked absent', () => {
    const problems = sessionContentProblems(
      {
        heldOn: '2026-11-20',
        coFacilitatorIds: [],
        attendance: [{ memberId: 'a', status: 'absent' }],
        ratings: [{ memberId: 'a', measure: 'belonging' }],
        memberObservations: [],
      },
      enrolled,
      '2026-11-24',
      group,
    );
    expect(problems).toEqual([{ field: 'ratings[0].memberId', message: 'member a was absent and cannot be rated' }]);
  });
});

describe('signingProblems', () => {
  it('needs attendance for every enrolled member', () => {
    expect(signingProblems({ attendedMemberIds: new Set(['a']), risk: { level: 'none', followUp: null } }, enrolled)).toEqual([
      { field: 'attendance', message: 'attendance is missing for 2 enrolled members' },
    ]);
  });

  it('needs a follow-up for a risk concern, and nothing else when complete', () => {
    expect(signingProblems({ attendedMemberIds: enrolled, risk: { level: 'concern', followUp: '  ' } }, enrolled)).toEqual([
      { field: 'note.risk.followUp', message: 'a risk concern needs the follow-up taken' },
    ]);
    expect(signingProblems({ attendedMemberIds: enrolled, risk: { level: 'concern', followUp: 'Called after group.' } }, enrolled)).toEqual([]);
  });
});
