import { findIdentifiers } from './find-identifiers';
import { findingAt, kindsAndTexts } from './testing/finding-at';

describe('findIdentifiers: date', () => {
  it('finds a numeric date with its exact span', () => {
    const text = 'Court date is 03/14/1985.';
    expect(findIdentifiers(text)).toEqual([{ kind: 'date', start: 14, end: 24, text: '03/14/1985' }]);
  });

  it.each([
    '14.03.1985',
    '1985-03-14',
    '3-14-85',
    'March 14, 1985',
    'Mar. 14',
    '14 March',
    '14 March 1985',
    'March 14th',
    '14th of March',
    'Sept. 3rd, 2021',
    '2021/07/09',
    '14-Mar-1985',
    'March the 14th',
  ])('finds %s', (date) => {
    const text = `He relapsed on ${date} after an argument.`;
    expect(findIdentifiers(text)).toEqual([findingAt(text, 'date', date)]);
  });

  it('finds short dates only after a birth cue', () => {
    expect(kindsAndTexts('DOB 3/14/85 and born on 14/3; rated 7/10.')).toEqual([
      ['date', '3/14/85'],
      ['date', '14/3'],
    ]);
  });

  it('finds month/day after a preposition of time, but not scores or fractions', () => {
    expect(kindsAndTexts('Relapsed on 2/14 and sober since 3/1.')).toEqual([
      ['date', '2/14'],
      ['date', '3/1'],
    ]);
    expect(kindsAndTexts('Cravings fell by 2/10; homework done on 3/4 of days; rated 7/10.')).toEqual([]);
  });

  it('finds "in" + month + day only when it reads as a date', () => {
    expect(kindsAndTexts('Discharged in March 14th, 2020.')).toEqual([['date', 'March 14th, 2020']]);
    expect(kindsAndTexts('In March 3 members left the group.')).toEqual([]);
  });

  it.each([
    'She has been sober since 2019.',
    'The group will pause in March.',
    'Attendance improved in March 2023.',
    'Mood was rated 7/10 and 3/8 members completed homework.',
    'Group ran 6:30-8:00 pm.',
    'Dosage went from 12.5 to 25 mg.',
    'Funded through 2025-2026.',
    'Session 12 of 16 on Tuesday.',
  ])('ignores "%s"', (text) => {
    expect(findIdentifiers(text)).toEqual([]);
  });
});
