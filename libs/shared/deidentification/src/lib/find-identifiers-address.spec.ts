import { findIdentifiers } from './find-identifiers';
import { findingAt, kindsAndTexts } from './testing/finding-at';

describe('findIdentifiers: address', () => {
  it('finds a street address with its unit', () => {
    const text = 'She moved to 123 Main Street, Apt 4B last month.';
    expect(findIdentifiers(text)).toEqual([{ kind: 'address', start: 13, end: 36, text: '123 Main Street, Apt 4B' }]);
  });

  it.each([
    '42 Oak Ave.',
    '1200 N. Maple Avenue',
    '7 Harbor View Dr.',
    '221B Baker Street',
    '18 West Linden Court',
    '45 elm street',
    '300 5th Ave',
    '9 Kingsley Close',
    'PO Box 123',
    'P.O. Box 4471',
    'Apt 12C',
    'apartment 3',
    'Suite 300',
  ])('finds %s', (address) => {
    const text = `He is staying at ${address} for now.`;
    expect(findIdentifiers(text)).toEqual([findingAt(text, 'address', address)]);
  });

  it('finds a city with its state', () => {
    expect(kindsAndTexts('He grew up in Dayton, OH and moved away.')).toEqual([['address', 'Dayton, OH']]);
  });

  it.each([
    '3 of 8 members attended.',
    'She walked 2 blocks down the road to the bus.',
    'Members agreed on 1 safe place to go when upset.',
    'Session 12 Recovery Circle members reviewed step work.',
    'Two members drive to group together.',
    'Her affect was flat 2 weeks ago.',
    'Members from Georgia, Florida and Texas joined remotely.',
    'Group moved to Room 4 in the east wing.',
  ])('ignores "%s"', (text) => {
    expect(findIdentifiers(text)).toEqual([]);
  });
});
