import { findIdentifiers } from './find-identifiers';
import { findingAt } from './testing/finding-at';

describe('findIdentifiers: phone', () => {
  it('finds a North American number with its exact span', () => {
    const text = 'Call (555) 123-4567 after group.';
    expect(findIdentifiers(text)).toEqual([{ kind: 'phone', start: 5, end: 19, text: '(555) 123-4567' }]);
  });

  it.each([
    '555-123-4567',
    '555.123.4567',
    '555 123 4567',
    '+1 555 123 4567',
    '+1 (555) 123-4567',
    '1-800-555-0199',
    '5551234567',
    '555-1234',
    '(555) 123-4567 ext. 204',
    '+44 20 7946 0958',
    '+44 7700 900123',
    '07700 900123',
    '020 7946 0958',
    '0161 496 0000',
    '+33 1 23 45 67 89',
    '+61 2 9876 5432',
    '+49 30 1234567',
    '0044 20 7946 0958',
    '+44 (0)20 7946 0958',
  ])('finds %s', (number) => {
    const text = `Her number is ${number}, she said.`;
    expect(findIdentifiers(text)).toEqual([findingAt(text, 'phone', number)]);
  });

  it.each([
    'Mood was rated 7/10 at check-in.',
    'Group started at 10:30 and ended at 12:00.',
    'She has been sober since 2019.',
    'Session lasted 90 minutes.',
    'PHQ-9 score of 14, GAD-7 of 9.',
    'Sertraline 50 mg and 100 mg were compared.',
    'Funding runs 2025-2026.',
    'Scores ranged from 10-15 on the scale.',
    '3 of 8 members attended session 12.',
    'Call 988 for the Suicide and Crisis Lifeline.',
  ])('ignores "%s"', (text) => {
    expect(findIdentifiers(text)).toEqual([]);
  });
});
