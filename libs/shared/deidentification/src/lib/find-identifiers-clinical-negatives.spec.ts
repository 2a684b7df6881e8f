import { findIdentifiers } from './find-identifiers';

describe('findIdentifiers: ordinary clinical prose', () => {
  it.each([
    'Mood rated 7/10 at check-in; cravings 3/10.',
    '3 of 8 members attended session 12 in week 4.',
    'Group ran from 6:00 pm to 7:30 pm with a 10-minute break (90 minutes).',
    'Attendance was 75% and homework completion 60%.',
    'Sertraline 50 mg daily; buprenorphine 16 mg; lithium 300 mg twice daily.',
    'PHQ-9 score of 14 and GAD-7 score of 11 were reviewed privately.',
    'She has been sober since 2019 and moved in 2021.',
    'In March the group will start a new module.',
    'Member M-7K3Q9D arrived late; M-4ZX8TQ left early.',
    'BP 132/84, HR 88, temp 98.6 from a recent physical.',
    'Reviewed the 988 Suicide and Crisis Lifeline and the 24/7 warm line.',
    'Step 4 inventory was discussed; next session is session 13.',
    'Members from the Recovery Circle cohort joined on Tuesday.',
    'Will follow up on the safety plan next week.',
    'No SI/HI reported; risk assessed as low.',
  ])('finds nothing in "%s"', (text) => {
    expect(findIdentifiers(text)).toEqual([]);
  });
});
