import { findIdentifiers } from './find-identifiers';
import { kindsAndTexts } from './testing/finding-at';

const names = (text: string) =>
  kindsAndTexts(text)
    .filter(([kind]) => kind === 'name')
    .map(([, value]) => value);

describe('findIdentifiers: name', () => {
  it('finds a lexicon first name with its surname and exact span', () => {
    expect(findIdentifiers('Yesterday Jessica Alvarez shared her story.')).toEqual([{ kind: 'name', start: 10, end: 25, text: 'Jessica Alvarez' }]);
  });

  it('finds names after titles, without the title', () => {
    expect(names('Dr. Patel and Mrs. Okafor met Prof Lindqvist and Chaplain Thomas.')).toEqual(['Patel', 'Okafor', 'Lindqvist', 'Thomas']);
  });

  it('finds names after relationship cues, including ambiguous ones', () => {
    expect(names('My sister Maria came. Her husband, John, left. His son Will and her daughter Grace stayed.')).toEqual(['Maria', 'John', 'Will', 'Grace']);
  });

  it('finds names after "named" and "called"', () => {
    expect(names('She met a man named Oluwaseun and a friend called Niamh.')).toEqual(['Oluwaseun', 'Niamh']);
  });

  it('finds unknown names as the subject or object of a social verb', () => {
    expect(names('Ingrid said she was tired. Members encouraged Thanh to return.')).toEqual(['Ingrid', 'Thanh']);
  });

  it('finds an ambiguous first name when a surname follows', () => {
    expect(names('Will Turner and Hope Martinez attended.')).toEqual(['Will Turner', 'Hope Martinez']);
  });

  it('handles apostrophes, hyphens, accents and middle initials', () => {
    expect(names("Sean O'Brien, Mary-Jane Smith, José and John Q. Public were mentioned.")).toEqual([
      "Sean O'Brien",
      'Mary-Jane Smith',
      'José',
      'John Q. Public',
    ]);
  });

  it.each([
    'Will revisit the plan next week.',
    'Hope was identified as a protective factor.',
    'Grace and self-forgiveness were central themes.',
    'Mark progress on the worksheet.',
    'May consider adding a check-in.',
    'The group will pause in June and resume in August.',
    'Tuesday sessions continue through April.',
    'Members attended a group called Recovery Circle.',
    'A group called Hope House was recommended.',
    'Dr. appointment conflicts caused two absences.',
    'Reviewed with the Nurse Practitioner after group.',
    'Members discussed Christian faith and the Serenity Prayer.',
    'St. Patrick’s Day parties are high risk.',
    'Crystal meth use was discussed.',
    'Her mom and his dad were supportive.',
    'Members who rely on Uber or Lyft asked about vouchers.',
    'Staff reported that the heating was fixed.',
  ])('ignores "%s"', (text) => {
    expect(findIdentifiers(text)).toEqual([]);
  });
});
