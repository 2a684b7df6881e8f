import { findIdentifiers } from './find-identifiers';
import { findingAt } from './testing/finding-at';

describe('findIdentifiers: age_over_89', () => {
  it('finds an age with its exact span', () => {
    const text = 'Her grandmother is 92 years old.';
    expect(findIdentifiers(text)).toEqual([{ kind: 'age_over_89', start: 19, end: 31, text: '92 years old' }]);
  });

  it.each([
    'aged 95',
    'a 91-year-old',
    'age: 90',
    'age 103',
    '94 y/o',
    '96 yo',
    '90 years of age',
    'turned 91',
    'ninety-two years old',
    'in her late 90s',
    'in his nineties',
  ])('finds %s', (age) => {
    const text = `He cares for a relative, ${age}, at home.`;
    const value = age.startsWith('a ') ? age.slice(2) : age;
    expect(findIdentifiers(text)).toEqual([findingAt(text, 'age_over_89', value)]);
  });

  it('finds an age stated after a pronoun', () => {
    const text = 'He visits his mother, who is 93, every Sunday; she turned 95 last year.';
    expect(findIdentifiers(text)).toEqual([findingAt(text, 'age_over_89', 'who is 93'), findingAt(text, 'age_over_89', 'turned 95')]);
  });

  it.each([
    'She is 90% sure she will attend.',
    'He was 95 pounds at his lowest.',
    'A member described their 89-year-old grandfather.',
    'Her 88 year old father moved in.',
    'Session lasted 90 minutes.',
    'A 90-day residential program was discussed.',
    'There were 90 years of combined sobriety in the room.',
    'Members aged 60 and older met separately.',
    'Homework completion was 95% this week.',
    'One member turned 40 this week.',
  ])('ignores "%s"', (text) => {
    expect(findIdentifiers(text)).toEqual([]);
  });
});
